"""Task pattern families without a cue, each on constructed sentences with several variants: a
subject's duty ("có trách nhiệm", "chịu trách nhiệm"), a law's delegation ("quy định chi tiết"),
offices named "phòng X", and a quote opened after a reporting verb."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- duties


@pytest.mark.parametrize("text, assignee, action", [
    ("Sở Y tế có trách nhiệm hướng dẫn các bệnh viện triển khai thực hiện.",
     "Sở Y tế", "hướng dẫn các bệnh viện triển khai thực hiện"),
    ("Theo quyết định, Sở Tài chính có trách nhiệm hướng dẫn các địa phương thực hiện.",
     "Sở Tài chính", "hướng dẫn các địa phương thực hiện"),
    ("Ủy ban nhân dân các huyện có trách nhiệm rà soát danh sách hộ nghèo trên địa bàn.",
     "Ủy ban nhân dân các huyện", "rà soát danh sách hộ nghèo trên địa bàn"),
    ("Chánh Văn phòng, Giám đốc Sở Nội vụ và ông Nguyễn Văn An chịu trách nhiệm thi hành Quyết định này.",
     "Chánh Văn phòng, Giám đốc Sở Nội vụ và ông Nguyễn Văn An", "chịu trách nhiệm thi hành Quyết định này"),
    ("Giám đốc Sở Xây dựng chịu trách nhiệm tổ chức kiểm tra chất lượng công trình.",
     "Giám đốc Sở Xây dựng", "chịu trách nhiệm tổ chức kiểm tra chất lượng công trình"),
])
def test_a_subjects_duty_is_a_task(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn A phải chịu trách nhiệm về những sai phạm này.",
    "Giám đốc Sở chịu trách nhiệm trước pháp luật về quyết định của mình.",
    "Tại buổi làm việc, ông Nguyễn Văn A chịu trách nhiệm về những sai phạm.",
    "Theo báo cáo, Sở Tài chính đã hướng dẫn các địa phương thực hiện.",
])
def test_accountability_and_reports_are_no_duty(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- delegation


@pytest.mark.parametrize("text, assignee, action", [
    ("Dự thảo luật giao Chính phủ quy định chi tiết điều kiện kinh doanh dịch vụ này.",
     "Chính phủ", "quy định chi tiết điều kiện kinh doanh dịch vụ này"),
    ("Về trình tự cụ thể sẽ do Chính phủ quy định chi tiết bảo đảm tính chặt chẽ, không mang tính tùy nghi.",
     "Chính phủ", "quy định chi tiết bảo đảm tính chặt chẽ, không mang tính tùy nghi"),
    ("Các điều kiện còn lại do Bộ Tài chính quy định cụ thể.",
     "Bộ Tài chính", "quy định cụ thể"),
    ("Ủy ban nhân dân cấp tỉnh quy định chi tiết mức hỗ trợ cho từng đối tượng.",
     "Ủy ban nhân dân cấp tỉnh", "quy định chi tiết mức hỗ trợ cho từng đối tượng"),
])
def test_a_laws_delegation_is_a_task(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_delegation_with_a_cue_ends_the_assignee_before_the_verb(run):
    tasks = run("Bộ trưởng cho biết dự thảo Luật giao Chính phủ và Bộ Tài chính quy định chi tiết các nội dung "
                "kỹ thuật nghiệp vụ.")
    assert [t.assignee for t in tasks] == ["Chính phủ", "Bộ Tài chính"]
    assert all(t.action.startswith("quy định chi tiết các nội dung") for t in tasks)


@pytest.mark.parametrize("text", [
    "Chính phủ đã quy định chi tiết về vấn đề này tại Nghị định 100.",
    "Nghị định này quy định chi tiết một số điều của Luật Đất đai.",
    "Mức phạt do UBND tỉnh quy định.",
    "Kinh phí do ngân sách nhà nước bảo đảm.",
])
def test_reports_and_documents_are_no_delegation(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- "phòng X"


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND huyện yêu cầu phòng Tài nguyên và Môi trường kiểm tra, xử lý vi phạm.",
     "phòng Tài nguyên và Môi trường", "kiểm tra, xử lý vi phạm"),
    ("Phòng Kinh tế được giao đẩy nhanh tiến độ thẩm định và trình phê duyệt 2 dự án.",
     "Phòng Kinh tế", "đẩy nhanh tiến độ thẩm định và trình phê duyệt 2 dự án"),
    ("Chủ tịch UBND thị xã Ninh Hòa giao phòng Kinh tế rà soát các công trình xây dựng trái phép.",
     "phòng Kinh tế", "rà soát các công trình xây dựng trái phép"),
])
def test_an_office_named_phong_is_an_agent(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Bộ Tài chính đang phòng ngừa rủi ro.",
    "Các địa phương cần chủ động phòng, chống dịch bệnh.",
])
def test_phong_as_a_verb_is_no_agent(run, text):
    assert not any(t.assignee.lower().startswith("phòng") for t in run(text))


# --------------------------------------------------------------------------- quote after a reporting verb


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ('Thủ tướng nói: "Các bộ, ngành phải khẩn trương hoàn thiện hồ sơ trước ngày 30/6".',
     "Các bộ, ngành", "khẩn trương hoàn thiện hồ sơ", "2025-06-30"),
    ("Bộ trưởng Nguyễn Văn A phát biểu: “Các địa phương cần chủ động rà soát, báo cáo kết quả trước ngày 15/7”.",
     "Các địa phương", "chủ động rà soát, báo cáo kết quả", "2025-07-15"),
    ("Chủ tịch UBND tỉnh phát biểu: “Năm nay tỉnh đạt nhiều kết quả, các sở, ngành phải tiếp tục cải cách "
     "thủ tục hành chính”.", "các sở, ngành", "tiếp tục cải cách thủ tục hành chính", None),
])
def test_a_quote_after_a_reporting_verb_directs(run, text, assignee, action, deadline):
    assert [(t.assignee, t.action, t.deadline) for t in run(text)] == [(assignee, action, deadline)]


def test_a_quoted_report_is_no_task(run):
    assert run('Ông Nguyễn Văn B cho biết: "Chúng tôi đã hoàn thành việc rà soát".') == []


# --------------------------------------------------------------------------- generic nouns for a named body


@pytest.mark.parametrize("text, assignee", [
    ("Trưởng ban Tuyên giáo Trung ương đến thăm Trường Đại học VinUni. Ông đề nghị nhà trường tiếp tục quan tâm "
     "xây dựng đội ngũ giảng viên.", "Trường Đại học VinUni"),
    ("Bộ trưởng làm việc với Học viện Nông nghiệp Việt Nam và đề nghị nhà trường mở thêm các ngành đào tạo mới.",
     "Học viện Nông nghiệp Việt Nam"),
    ("Đoàn kiểm tra làm việc với Công ty TNHH Lọc hóa dầu Nghi Sơn. Sở Tài nguyên và Môi trường yêu cầu công ty "
     "dừng ngay việc xả thải.", "Công ty TNHH Lọc hóa dầu Nghi Sơn"),
])
def test_a_generic_noun_stands_for_the_body_named_before(run, text, assignee):
    assert [t.assignee for t in run(text)] == [assignee]


@pytest.mark.parametrize("text, assignee", [
    ("Ông Nguyễn Văn A đề nghị nhà trường tiếp tục quan tâm xây dựng đội ngũ giảng viên.", "nhà trường"),
    ("Đoàn kiểm tra làm việc với Công ty TNHH Lọc hóa dầu Nghi Sơn. Sở Tài nguyên và Môi trường yêu cầu các "
     "công ty trong khu công nghiệp dừng ngay việc xả thải.", "các công ty trong khu công nghiệp"),
])
def test_without_a_named_body_or_with_a_determiner_the_noun_stays(run, text, assignee):
    assert [t.assignee for t in run(text)] == [assignee]


# --------------------------------------------------------------------------- verbs of consideration, "tạo nên"


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng đề nghị Tập đoàn Hòa Phát tính đến việc chuyển giao công nghệ cho các doanh nghiệp trong nước.",
     "Tập đoàn Hòa Phát", "tính đến việc chuyển giao công nghệ cho các doanh nghiệp trong nước"),
    ("Bộ trưởng đề nghị Ban soạn thảo cân nhắc việc bổ sung quy định về đấu thầu.",
     "Ban soạn thảo", "cân nhắc việc bổ sung quy định về đấu thầu"),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Tài chính tính toán phương án hỗ trợ cho người dân.",
     "Sở Tài chính", "tính toán phương án hỗ trợ cho người dân"),
])
def test_verbs_of_consideration_open_the_action(run, text, assignee, action):
    assert pairs(run(text)) == {(assignee, action)}


def test_tinh_den_as_an_adverbial_is_no_task(run):
    assert run("Tính đến nay, tỉnh đã hoàn thành 80% kế hoạch.") == []


@pytest.mark.parametrize("text, last_words", [
    ("Thủ tướng đề nghị Tập đoàn Vingroup nghiên cứu việc chuyển giao công nghệ, quy trình sản xuất cho bà con "
     "nông dân để tạo nên một mô hình mẫu.", "quy trình sản xuất cho bà con nông dân"),
    ("Bộ trưởng yêu cầu Cục Đường bộ rà soát các dự án, những điểm nghẽn gặp phải trong năm qua.",
     "những điểm nghẽn gặp phải trong năm qua"),
])
def test_a_modal_word_after_a_verb_opens_no_new_clause(run, text, last_words):
    (t,) = run(text)
    assert last_words in t.action


def test_a_modal_after_a_comma_still_opens_a_new_clause(run):
    (t,) = run("Bộ trưởng yêu cầu Sở Y tế rà soát các cơ sở khám bệnh, 100% các bệnh viện phải được kiểm tra.")
    assert t.action == "rà soát các cơ sở khám bệnh"


# --------------------------------------------------------------------------- "trách nhiệm ... thuộc về X"


@pytest.mark.parametrize("text, assignee, action", [
    ("Trường nêu rõ trách nhiệm thi hành quyết định này thuộc về trưởng phòng Đào tạo, trưởng khoa Văn học và "
     "bà Nguyễn Thị Hoa.", "trưởng phòng Đào tạo, trưởng khoa Văn học và bà Nguyễn Thị Hoa", "thi hành quyết định này"),
    ("Trách nhiệm tổ chức thực hiện kế hoạch thuộc về Sở Nội vụ.", "Sở Nội vụ", "tổ chức thực hiện kế hoạch"),
    ("Quyết định nêu rõ trách nhiệm hướng dẫn các địa phương thuộc về Bộ Tài chính.",
     "Bộ Tài chính", "hướng dẫn các địa phương"),
])
def test_the_owner_of_a_named_duty_is_the_assignee(run, text, assignee, action):
    assert pairs(run(text)) == {(assignee, action)}


@pytest.mark.parametrize("text", [
    "Trách nhiệm này thuộc về Sở Nội vụ.",
    "Trách nhiệm chính thuộc về người đứng đầu.",
    "Quyền quyết định thuộc về Quốc hội.",
])
def test_a_duty_without_a_verb_or_a_right_is_no_task(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- "Trường hợp / Nếu ... thì <verb>"


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND thành phố giao Sở Nông nghiệp và Môi trường chủ trì, giải quyết kịp thời các vướng mắc. Trường hợp "
     "vượt thẩm quyền thì tham mưu, báo cáo UBND thành phố xem xét, giải quyết.", "Sở Nông nghiệp và Môi trường",
     "Trường hợp vượt thẩm quyền thì tham mưu, báo cáo UBND thành phố xem xét, giải quyết"),
    ("Bộ trưởng yêu cầu Cục Đường bộ kiểm tra các công trình. Nếu phát hiện sai phạm thì xử lý nghiêm theo quy định.",
     "Cục Đường bộ", "Nếu phát hiện sai phạm thì xử lý nghiêm theo quy định"),
])
def test_a_conditional_follow_up_goes_on_with_the_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_after_a_conditional_a_bare_action_still_goes_on(run):
    tasks = run("UBND thành phố giao Sở Tài chính chủ trì, giải quyết các vướng mắc. Trường hợp vượt thẩm quyền thì "
                "báo cáo UBND thành phố. Phối hợp các cơ quan có liên quan khẩn trương lập đầy đủ hồ sơ.")
    assert [t.assignee for t in tasks] == ["Sở Tài chính"] * 3


@pytest.mark.parametrize("text", [
    "Bộ trưởng yêu cầu Cục Đường bộ kiểm tra các công trình. Nếu không kịp tiến độ thì dự án sẽ bị chậm.",
    "Bộ trưởng yêu cầu Cục Đường bộ kiểm tra các công trình.\nNếu phát hiện sai phạm thì xử lý nghiêm theo quy định.",
])
def test_a_consequence_or_another_paragraph_is_no_follow_up(run, text):
    assert len(run(text)) == 1


# --------------------------------------------------------------------------- a name ending with "Được"


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND TPHCM Nguyễn Văn Được yêu cầu các cấp, các ngành nâng cao chất lượng phục vụ người dân.",
     "các cấp, các ngành", "nâng cao chất lượng phục vụ người dân"),
    ("Ông Trần Văn Được đề nghị Sở Xây dựng rà soát các dự án.", "Sở Xây dựng", "rà soát các dự án"),
    ("Sở Xây dựng được yêu cầu rà soát các dự án.", "Sở Xây dựng", "rà soát các dự án"),
])
def test_a_capitalized_duoc_is_a_name_not_the_passive(run, text, assignee, action):
    assert pairs(run(text)) == {(assignee, action)}
