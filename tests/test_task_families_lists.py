"""Task pattern families of assignee lists and action boundaries, each on constructed sentences with
several variants: one task for each named body of a list ("Bộ A, Bộ B và Ủy ban nhân dân ... <action>"),
lists that stay whole (titles, bare party committees, collective nouns), and a term sentence right after
a task that gives its deadline ("Thời gian áp dụng đến ngày ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- lists of named bodies


@pytest.mark.parametrize("text, assignees, action", [
    ("Thủ tướng Chính phủ yêu cầu Bộ Tài chính, Bộ Công an và Ngân hàng Nhà nước Việt Nam phối hợp "
     "chặt chẽ, triển khai ngay việc rà soát đối tượng nhận hỗ trợ.",
     ["Bộ Tài chính", "Bộ Công an", "Ngân hàng Nhà nước Việt Nam"],
     "phối hợp chặt chẽ, triển khai ngay việc rà soát đối tượng nhận hỗ trợ"),
    ("Phó Thủ tướng giao Bộ Văn hóa, Thể thao và Du lịch, Đài Truyền hình Việt Nam thực hiện công tác "
     "thông tin tuyên truyền về chính sách mới.",
     ["Bộ Văn hóa, Thể thao và Du lịch", "Đài Truyền hình Việt Nam"],
     "thực hiện công tác thông tin tuyên truyền về chính sách mới"),
    ("UBND thành phố đề nghị Sở Xây dựng, Sở Tài chính và các đơn vị liên quan khẩn trương hoàn thiện "
     "hồ sơ dự án.",
     ["Sở Xây dựng", "Sở Tài chính", "các đơn vị liên quan"],
     "khẩn trương hoàn thiện hồ sơ dự án"),
    # the front and its member organizations, named by their heads though no body span covers them
    ("Thủ tướng yêu cầu Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Hội Cựu Chiến binh, Hội Phụ nữ, "
     "Đoàn Thanh niên tiếp tục tham gia hỗ trợ chính quyền địa phương.",
     ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Hội Cựu Chiến binh", "Hội Phụ nữ", "Đoàn Thanh niên"],
     "tiếp tục tham gia hỗ trợ chính quyền địa phương"),
    ("Tỉnh ủy yêu cầu Ủy ban Mặt trận Tổ quốc tỉnh, Hội Nông dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh "
     "tuyên truyền sâu rộng đến hội viên.",
     ["Ủy ban Mặt trận Tổ quốc tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"],
     "tuyên truyền sâu rộng đến hội viên"),
])
def test_named_bodies_one_task_each(run, text, assignees, action):
    got = pairs(run(text))
    for a in assignees:
        assert (a, action) in got
    assert len(got) == len(assignees)


@pytest.mark.parametrize("text, assignee", [
    ("Tổng Bí thư yêu cầu Tỉnh ủy, Thành ủy xây dựng kế hoạch hành động cụ thể.", "Tỉnh ủy, Thành ủy"),
    ("Thủ tướng yêu cầu các bộ, ngành, địa phương khẩn trương rà soát các dự án tồn đọng.",
     "các bộ, ngành, địa phương"),
    ("Thủ tướng yêu cầu Bộ Y tế, hội viên và người dân thực hiện nghiêm quy định phòng dịch.",
     "Bộ Y tế, hội viên và người dân"),
])
def test_lists_kept_whole(run, text, assignee):
    assert {t.assignee for t in run(text)} == {assignee}


# --------------------------------------------------------------------------- term sentence


@pytest.mark.parametrize("text, deadline", [
    ("UBND tỉnh đề nghị Sở Tài chính tiếp tục áp dụng bảng giá đất hiện hành. "
     "Thời gian áp dụng đến ngày 31 tháng 12 năm 2025.", "2025-12-31"),
    ("UBND tỉnh giao Sở Xây dựng tổ chức kiểm tra các công trình xây dựng trái phép. "
     "Thời gian thực hiện trước ngày 15/9/2025.", "2025-09-15"),
])
def test_term_sentence_gives_deadline(run, text, deadline):
    tasks = run(text)
    assert tasks and all(t.deadline == deadline for t in tasks)


def test_term_sentence_after_no_task(run):
    assert run("Bảng giá đất được ban hành năm 2020. Thời gian áp dụng đến ngày 31/12/2025.") == []


@pytest.mark.parametrize("text", [
    "Sở Tài chính đề nghị UBND các xã rà soát dự toán năm 2025. "
    "Sở Nội vụ cũng đề nghị thành lập tổ công tác về việc này trong các xã ven biển. "
    "Thời hạn hoàn thành đến ngày 30/11/2025.",
    "UBND tỉnh giao Sở Công Thương rà soát các cửa hàng xăng dầu trên quốc lộ. "
    "Sau đó, ông Trần Văn Hậu đề nghị thành lập đoàn kiểm tra liên ngành. "
    "Thời gian thực hiện trước ngày 15/9/2025.",
])
def test_term_sentence_after_an_unread_directive_is_not_the_task_deadline(run, text):
    """A sentence between the task's and the term's holding a cue no rule read (a directive of its own)
    takes the term away from the task."""
    tasks = run(text)
    assert tasks and all(t.deadline is None for t in tasks)


@pytest.mark.parametrize("text, deadline", [
    ("UBND tỉnh yêu cầu Sở Nội vụ xây dựng đề án sắp xếp các đơn vị sự nghiệp. "
     "Đề án phải được trình HĐND tỉnh xem xét. Thời gian thực hiện: trong tháng 7/2025.", "2025-07"),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các công trình trái phép. "
     "Thứ nhất, tập trung kiểm tra các dự án ven sông Lam. Thời gian thực hiện trước ngày 15/9/2025.",
     "2025-09-15"),
    ("UBND tỉnh giao Sở Công Thương rà soát các cửa hàng xăng dầu. "
     "Việc này nhằm bảo đảm nguồn cung trong dịp Tết. Thời hạn hoàn thành trước ngày 20/12/2025.",
     "2025-12-20"),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các công trình trái phép. "
     "Đồng thời, ông Trần Văn Hậu cho biết nhiều xã vẫn chậm nộp báo cáo. "
     "Thời hạn hoàn thành trước ngày 15/9/2025.", "2025-09-15"),
])
def test_term_sentence_after_a_sentence_without_a_cue_is_the_task_deadline(run, text, deadline):
    """A sentence between without a cue of its own (the task's elaboration, a report) leaves the term to
    the task."""
    tasks = run(text)
    assert tasks and tasks[0].deadline == deadline


# --------------------------------------------------------------------------- "nhất là" elaborations stay


@pytest.mark.parametrize("text, assignee, action", [
    ("Ông đề nghị nhà trường nghiên cứu, mở thêm các ngành đào tạo về kỹ thuật, công nghệ, nhất là các "
     "lĩnh vực mới nổi gắn với cuộc cách mạng công nghiệp lần thứ tư.", "nhà trường",
     "nghiên cứu, mở thêm các ngành đào tạo về kỹ thuật, công nghệ, nhất là các lĩnh vực mới nổi gắn với "
     "cuộc cách mạng công nghiệp lần thứ tư"),
    ("Thủ tướng yêu cầu Ngân hàng Nhà nước Việt Nam chỉ đạo các đơn vị có liên quan và các ngân hàng thương "
     "mại, đặc biệt là các ngân hàng ở vùng sâu, vùng xa, bảo đảm hệ thống thanh toán thông suốt.",
     "Ngân hàng Nhà nước Việt Nam",
     "chỉ đạo các đơn vị có liên quan và các ngân hàng thương mại, đặc biệt là các ngân hàng ở vùng sâu, "
     "vùng xa, bảo đảm hệ thống thanh toán thông suốt"),
])
def test_especially_elaboration_stays_in_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# --------------------------------------------------------------------------- negated cues


@pytest.mark.parametrize("text", [
    "Mặc dù được nhờ giúp đỡ nhưng ông Hải không chỉ đạo cấp dưới làm sai quy định.",
    "Bộ Nội vụ khẳng định đến thời điểm này bộ chưa đề nghị Chính phủ sáp nhập bất cứ đơn vị hành chính nào.",
    "Ông Nguyễn Văn A cho biết UBND tỉnh chưa từng yêu cầu doanh nghiệp dừng thi công.",
    "Sở Y tế khẳng định không hề giao Bệnh viện Đa khoa tỉnh mua sắm thiết bị này.",
])
def test_negated_cue_is_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng không chỉ yêu cầu Bộ Y tế kiểm tra mà còn chỉ đạo xử lý nghiêm sai phạm.",
     "Bộ Y tế", "kiểm tra mà còn chỉ đạo xử lý nghiêm sai phạm"),
    ("Bộ trưởng yêu cầu các đơn vị không để xảy ra sai sót trong công tác tuyển sinh.",
     "các đơn vị", "không để xảy ra sai sót trong công tác tuyển sinh"),
])
def test_negation_elsewhere_keeps_the_cue(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# --------------------------------------------------------------------------- one bare verb


@pytest.mark.parametrize("text", [
    "Thủ tướng giao nhiệm vụ cho các bộ. Ban Thanh tra tổng hợp",  # a credit line after a directive
    "Thủ tướng đề nghị doanh nghiệp hai bên cùng giải quyết.",
])
def test_one_bare_verb_is_no_task(run, text):
    assert all(len(t.action.split()) >= 3 for t in run(text))


def test_bare_verb_with_its_deadline_stays(run):
    assert ("Bộ Xây dựng", "khởi công") in pairs(run("Thủ tướng yêu cầu Bộ Xây dựng khởi công trong năm 2025."))


def test_three_syllable_action_stays(run):
    assert ("Bộ Tài chính", "báo cáo ngay") in pairs(run("Thủ tướng yêu cầu Bộ Tài chính báo cáo ngay."))
