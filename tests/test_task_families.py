"""Task pattern families seen on articles nobody tuned for: each family on constructed sentences,
several variants each (requests between bodies, passive assignments, several assignees, lists of
duties, telegrams, quoted directives, deadlines)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- requests between bodies


@pytest.mark.parametrize("text, assignee, action", [
    ("Sở Tài chính kiến nghị Ủy ban nhân dân tỉnh xem xét điều chỉnh bảng giá đất từ ngày 1/7/2025.",
     "Ủy ban nhân dân tỉnh", "xem xét điều chỉnh bảng giá đất"),
    ("Bộ Y tế đề nghị Bộ Tài chính xem xét bố trí kinh phí mua vắc xin cho năm 2025.",
     "Bộ Tài chính", "xem xét bố trí kinh phí mua vắc xin"),
    ("Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Giao thông vận tải sớm xem xét, chấp thuận chủ "
     "trương đầu tư dự án.", "Bộ Giao thông vận tải", "sớm xem xét, chấp thuận chủ trương đầu tư dự án"),
    ("Do đó, Sở Xây dựng kiến nghị UBND thành phố tiếp tục áp dụng bảng giá cũ đến hết năm 2025.",
     "UBND thành phố", "tiếp tục áp dụng bảng giá cũ"),
    ("Bộ trưởng Bộ Công an yêu cầu các Giám đốc Công an tỉnh, thành phố nhanh chóng ổn định tổ chức bộ máy mới.",
     "các Giám đốc Công an tỉnh, thành phố", "nhanh chóng ổn định tổ chức bộ máy mới"),
])
def test_a_body_requests_another_body(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)


@pytest.mark.parametrize("text, assignee, action", [
    ("Văn phòng Tỉnh ủy đề nghị các cơ quan, đơn vị không gửi hoa chúc mừng Đại hội.",
     "các cơ quan, đơn vị", "không gửi hoa chúc mừng Đại hội"),
    ("Bộ Y tế đề nghị các bệnh viện không tiếp nhận người bệnh vượt quá khả năng.",
     "các bệnh viện", "không tiếp nhận người bệnh"),
])
def test_a_request_may_be_a_prohibition(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)


@pytest.mark.parametrize("text", [
    "Tổ công tác có nhiệm vụ giải quyết kiến nghị, khiếu nại của người dân.",
    "Cử tri tiếp tục kiến nghị về tình trạng ô nhiễm môi trường tại khu công nghiệp.",
    "Ông Nguyễn Văn An cho biết sở sẽ kiến nghị lên cấp trên để xử lý.",
])
def test_kien_nghi_as_a_noun_or_without_an_addressee_is_no_task(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- passive "được giao"


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Bộ Xây dựng được giao chủ trì xây dựng đề án sắp xếp các cơ quan trong tháng 6/2025.",
     "Bộ Xây dựng", "chủ trì xây dựng đề án sắp xếp các cơ quan", "2025-06"),
    ("Theo kế hoạch, Sở Nội vụ được giao chủ trì, phối hợp với các sở, ngành tham mưu phương án sắp xếp.",
     "Sở Nội vụ", "chủ trì, phối hợp với các sở, ngành", None),
    ("Trong năm 2025, Bộ Tài chính được giao nhiệm vụ hoàn thiện dự thảo luật.",
     "Bộ Tài chính", "hoàn thiện dự thảo luật", "2025"),
    ("Đối với các dự án chậm tiến độ: dự án A; dự án B, các ban quản lý dự án được giao hoàn thiện thủ tục "
     "điều chỉnh dự án trong tháng 7/2025.", "các ban quản lý dự án", "hoàn thiện thủ tục điều chỉnh dự án",
     "2025-07"),
])
def test_passive_duoc_giao_makes_the_subject_the_assignee(run, text, assignee, action, deadline):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)
    assert t.deadline == deadline
    assert t.assigner != assignee, "the subject of a passive cue does not assign to itself"


def test_passive_in_a_subordinate_report_is_no_task(run):
    assert run("Năm 2020, khi ông A được giao làm giám đốc, công ty đã thua lỗ.") == []


# --------------------------------------------------------------------------- several assignees


@pytest.mark.parametrize("printed, expected", [
    ("Ủy ban nhân dân các tỉnh, thành phố Đà Nẵng, Quảng Ngãi",
     ["Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân tỉnh Quảng Ngãi"]),
    ("UBND các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình",
     ["UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh", "UBND tỉnh Quảng Bình"]),
    ("Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",
     ["Bí thư Tỉnh ủy Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"]),
    ("Sở Tài nguyên và Môi trường, Sở Xây dựng tỉnh Nghệ An",
     ["Sở Tài nguyên và Môi trường tỉnh Nghệ An", "Sở Xây dựng tỉnh Nghệ An"]),
    ("các ban quản lý dự án: 6, 85", ["Ban quản lý dự án 6", "Ban quản lý dự án 85"]),
    ("các tổ công tác 1, 2 và 3", ["Tổ công tác 1", "Tổ công tác 2", "Tổ công tác 3"]),
])
def test_a_shared_head_or_place_distributes_over_the_list(printed, expected):
    from nqextract.extract.tasks import load_rules
    from nqextract.extract.tasks.coassignees import distribute

    assert distribute(printed, load_rules().places) == expected


@pytest.mark.parametrize("printed", [
    "Thường trực Ban Bí thư, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "Tỉnh ủy, Thành ủy",
    "UBND các tỉnh, thành phố trực thuộc trung ương",
    "lãnh đạo thành phố Hải Phòng và huyện Vĩnh Bảo",
    "Giám đốc Sở Y tế Hà Nội, Giám đốc Sở Y tế tỉnh Nghệ An",
    "Bộ Y tế, Bộ Tài chính và Bộ Công Thương",
])
def test_a_plain_list_of_full_names_stays_one_assignee(printed):
    from nqextract.extract.tasks import load_rules
    from nqextract.extract.tasks.coassignees import distribute

    assert distribute(printed, load_rules().places) == [printed]


def test_one_action_for_offices_sharing_a_place_is_a_task_for_each(run):
    tasks = run("Phó Thủ tướng Nguyễn Hòa Bình yêu cầu Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi "
                "tập trung giải quyết dứt điểm các vướng mắc về mặt bằng trước ngày 15/7/2025.")
    assert [t.assignee for t in tasks] == ["Bí thư Tỉnh ủy Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi"]
    assert {t.action for t in tasks} == {"tập trung giải quyết dứt điểm các vướng mắc về mặt bằng"}
    assert {t.deadline for t in tasks} == {"2025-07-15"}


def test_several_named_assignees_before_a_directive_are_a_task_each(run):
    text = ("Thủ tướng yêu cầu Bộ Y tế, Bộ Tài chính và Ủy ban nhân dân tỉnh Nghệ An khẩn trương hoàn thiện "
            "phương án hỗ trợ người dân.")
    tasks = run(text)
    assert [t.assignee for t in tasks] == ["Bộ Y tế", "Bộ Tài chính", "Ủy ban nhân dân tỉnh Nghệ An"]
    assert all(t.action.startswith("khẩn trương hoàn thiện phương án") for t in tasks)


# --------------------------------------------------------------------------- telegrams: duties per assignee


def test_telegram_lists_duties_for_each_ministry_and_province(run):
    text = ("Thủ tướng Chính phủ yêu cầu:\n"
            "1. Bộ Y tế: chủ trì, phối hợp với các địa phương tổ chức tiêm chủng trước ngày 30/6.\n"
            "2. Bộ Tài chính: bố trí kinh phí cho công tác phòng chống dịch.\n"
            "3. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương: chỉ đạo các cơ quan chức năng tăng "
            "cường kiểm tra.")
    tasks = run(text)
    assert [t.assignee for t in tasks] == ["Bộ Y tế", "Bộ Tài chính",
                                           "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]
    assert tasks[0].action == "chủ trì, phối hợp với các địa phương tổ chức tiêm chủng"
    assert tasks[0].deadline == "2025-06-30", "a day without a year takes the article's year"
    assert all(t.assigner == "Thủ tướng Chính phủ" for t in tasks)


def test_telegram_duties_with_dashes_after_a_punctuated_cue(run):
    text = ("Công điện nêu rõ:\n"
            "- Bộ Nông nghiệp và Môi trường: theo dõi chặt chẽ diễn biến mưa lũ, kịp thời cảnh báo cho người dân.\n"
            "- Ủy ban nhân dân các tỉnh: chủ động sơ tán người dân khỏi khu vực nguy hiểm.")
    tasks = run(text)
    assert [t.assignee for t in tasks] == ["Bộ Nông nghiệp và Môi trường", "Ủy ban nhân dân các tỉnh"]
    assert tasks[1].action == "chủ động sơ tán người dân khỏi khu vực nguy hiểm"


@pytest.mark.parametrize("text", [
    "Tổng Bí thư nhấn mạnh:\nThứ nhất: đổi mới tư duy xây dựng pháp luật.",
    "Bộ Y tế: tổ chức tiêm chủng cho trẻ em trong tháng 6.",  # no cue opened a list
    "Thủ tướng yêu cầu:\nKết quả: các địa phương đã hoàn thành 90% kế hoạch.",
])
def test_a_colon_line_outside_a_list_of_duties_is_no_duty(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- items with their own deadlines


@pytest.mark.parametrize("text, expected", [
    ("Bộ trưởng yêu cầu Ban Quản lý dự án 6 phối hợp chặt chẽ với các cơ quan để phê duyệt chủ trương đầu tư "
     "trong tháng 7/2025, khởi công trong năm 2025 và lập kế hoạch chi tiết đưa vào khai thác trong năm 2026.",
     [("phối hợp chặt chẽ với các cơ quan để phê duyệt chủ trương đầu tư", "2025-07"), ("khởi công", "2025"),
      ("lập kế hoạch chi tiết đưa vào khai thác", "2026")]),
    ("Thủ tướng yêu cầu Bộ Công an rà soát quy định trước ngày 30/6/2025, báo cáo Chính phủ trong tháng 7/2025.",
     [("rà soát quy định", "2025-06-30"), ("báo cáo Chính phủ", "2025-07")]),
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng hoàn thành quy hoạch trong quý II/2026 và tổ chức công bố trong quý "
     "III/2026.", [("hoàn thành quy hoạch", "2026-Q2"), ("tổ chức công bố", "2026-Q3")]),
])
def test_items_after_a_deadline_are_tasks_with_their_own_deadlines(run, text, expected):
    tasks = run(text)
    assert [(t.action, t.deadline) for t in tasks] == expected
    assert len({t.assignee for t in tasks}) == 1


def test_an_elaboration_after_a_deadline_is_no_new_item(run):
    t = one(run("UBND tỉnh yêu cầu Sở Tài chính hoàn thành quyết toán trước ngày 30/6/2025, trong đó có các dự án "
                "chuyển tiếp."))
    assert (t.assignee, t.action, t.deadline) == ("Sở Tài chính", "hoàn thành quyết toán", "2025-06-30")


# --------------------------------------------------------------------------- deadlines against the article date


@pytest.mark.parametrize("phrase, published, deadline", [
    ("trước ngày 30/6", dt.date(2025, 3, 4), "2025-06-30"),
    ("trong tháng 10", dt.date(2016, 9, 20), "2016-10"),
    ("trong quý II/2026", dt.date(2025, 11, 2), "2026-Q2"),
    ("trước ngày 15/1", dt.date(2024, 12, 20), "2025-01-15"),
])
def test_deadlines_are_normalized_against_the_article_date(run, phrase, published, deadline):
    t = one(run(f"Thủ tướng yêu cầu Bộ Tài chính hoàn thiện dự thảo nghị định {phrase}.", published))
    assert t.action == "hoàn thiện dự thảo nghị định"
    assert t.deadline == deadline


# --------------------------------------------------------------------------- a list of tasks after one cue


def test_bulleted_items_after_a_cue_are_the_cue_assignees_tasks(run):
    text = ("Chủ tịch UBND tỉnh giao Sở Xây dựng:\n"
            "- Rà soát quy hoạch các khu đô thị trước ngày 30/9/2025;\n"
            "- Hướng dẫn các huyện lập hồ sơ điều chỉnh quy hoạch;\n"
            "- Tổng hợp kết quả thực hiện trong quý IV/2025.")
    tasks = run(text)
    assert [(t.assignee, t.action, t.deadline) for t in tasks] == [
        ("Sở Xây dựng", "Rà soát quy hoạch các khu đô thị", "2025-09-30"),
        ("Sở Xây dựng", "Hướng dẫn các huyện lập hồ sơ điều chỉnh quy hoạch", None),
        ("Sở Xây dựng", "Tổng hợp kết quả thực hiện", "2025-Q4"),
    ]


def test_lines_after_a_cue_ending_in_a_colon_go_on_with_its_assignee(run):
    text = ("Phó Thủ tướng yêu cầu Ủy ban nhân dân tỉnh Quảng Ngãi tập trung giải quyết các vướng mắc, trong đó "
            "lưu ý:\n"
            "Quyết liệt chỉ đạo giải phóng mặt bằng trong tháng 10/2025.\n"
            "Thành lập Tổ công tác tiếp công dân để giải quyết kiến nghị của người dân.")
    tasks = run(text)
    assert [t.action for t in tasks] == ["tập trung giải quyết các vướng mắc",
                                         "Quyết liệt chỉ đạo giải phóng mặt bằng",
                                         "Thành lập Tổ công tác tiếp công dân để giải quyết kiến nghị của người dân"]
    assert {t.assignee for t in tasks} == {"Ủy ban nhân dân tỉnh Quảng Ngãi"}
    assert tasks[1].deadline == "2025-10"


def test_an_announcement_of_the_list_is_no_task_of_its_own(run):
    text = ("Thủ tướng giao các bộ, ngành thực hiện các nhiệm vụ sau:\n"
            "a) Khẩn trương hoàn thiện thể chế về đầu tư công;\n"
            "b) Đẩy mạnh giải ngân vốn đầu tư công.")
    tasks = run(text)
    assert [t.action for t in tasks] == ["Khẩn trương hoàn thiện thể chế về đầu tư công",
                                         "Đẩy mạnh giải ngân vốn đầu tư công"]
    assert {t.assignee for t in tasks} == {"các bộ, ngành"}


# --------------------------------------------------------------------------- quoted directives


@pytest.mark.parametrize("text, assignee, action", [
    ("“Theo thẩm quyền, các ban quản lý dự án khẩn trương hoàn thiện thủ tục liên quan để khởi công dự án”, "
     "Bộ trưởng chỉ đạo.", "các ban quản lý dự án", "khẩn trương hoàn thiện thủ tục liên quan"),
    ("“Bộ Tài chính nghiên cứu sửa đổi quy định về thuế thu nhập cá nhân”, Thủ tướng yêu cầu.",
     "Bộ Tài chính", "nghiên cứu sửa đổi quy định"),
    ("“Các địa phương phải khẩn trương hoàn thành việc sắp xếp bộ máy”, Thủ tướng nhấn mạnh.",
     "Các địa phương", "khẩn trương hoàn thành việc sắp xếp bộ máy"),
])
def test_a_quote_followed_by_a_cue_is_a_directive(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)


@pytest.mark.parametrize("text", [
    "“Các bộ, ngành đã triển khai quyết liệt nhiều giải pháp”, Thủ tướng nhấn mạnh.",
    "“Chúng tôi xây dựng kế hoạch cho năm tới”, ông Nguyễn Văn An cho biết.",
])
def test_a_quoted_report_is_no_directive(run, text):
    assert run(text) == []
