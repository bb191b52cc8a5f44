"""More task pattern families from articles nobody tuned for, each on constructed sentences with
several variants: duties after a dated duty and a semicolon."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- ";" after a dated duty


@pytest.mark.parametrize("text, assignee, first, second", [
    ("Phó Thủ tướng yêu cầu Ủy ban nhân dân tỉnh Bình Định giải quyết dứt điểm các vướng mắc để bàn giao "
     "mặt bằng trước ngày 15/7/2025; chịu trách nhiệm trước Thủ tướng Chính phủ nếu tiếp tục chậm trễ.",
     "Ủy ban nhân dân tỉnh Bình Định", "giải quyết dứt điểm các vướng mắc để bàn giao mặt bằng",
     "chịu trách nhiệm trước Thủ tướng Chính phủ nếu tiếp tục chậm trễ"),
    ("Bộ trưởng giao Cục Đường bộ Việt Nam hoàn thành hồ sơ thiết kế trong tháng 8/2025; tăng cường kiểm tra, "
     "giám sát chất lượng thi công các gói thầu.",
     "Cục Đường bộ Việt Nam", "hoàn thành hồ sơ thiết kế",
     "tăng cường kiểm tra, giám sát chất lượng thi công các gói thầu"),
    ("Chủ tịch UBND tỉnh đề nghị Sở Tài chính trình phương án phân bổ vốn trước ngày 30/9/2025; phối hợp với "
     "Sở Xây dựng đôn đốc các chủ đầu tư giải ngân.",
     "Sở Tài chính", "trình phương án phân bổ vốn",
     "phối hợp với Sở Xây dựng đôn đốc các chủ đầu tư giải ngân"),
])
def test_a_directive_clause_after_a_dated_duty_is_another_duty(run, text, assignee, first, second):
    got = pairs(run(text))
    assert (assignee, first) in got
    assert (assignee, second) in got


@pytest.mark.parametrize("text, assignee", [
    # no deadline before ";": the clauses may be the duties of those the first one directs
    ("Thủ tướng yêu cầu Bộ Công an chỉ đạo các đơn vị chức năng tăng cường tuần tra; xử lý nghiêm các vi phạm "
     "về trật tự an toàn giao thông.", "Bộ Công an"),
    ("Bộ trưởng yêu cầu Sở Y tế chỉ đạo các bệnh viện rà soát quy trình khám bệnh; tổ chức tập huấn cho nhân "
     "viên y tế.", "Sở Y tế"),
])
def test_clauses_after_an_undated_directive_stay_out(run, text, assignee):
    tasks = run(text)
    assert [t.assignee for t in tasks] == [assignee], pairs(tasks)


@pytest.mark.parametrize("text, assignee", [
    # a prohibition after ";" is no duty of its own
    ("Thủ tướng yêu cầu Ủy ban nhân dân tỉnh Quảng Nam hoàn thành giải phóng mặt bằng trước ngày 30/6/2025; "
     "tuyệt đối không để xảy ra khiếu kiện kéo dài.", "Ủy ban nhân dân tỉnh Quảng Nam"),
    ("Bộ trưởng yêu cầu Cục Hàng không báo cáo kết quả kiểm tra trước ngày 10/4/2025; không để ảnh hưởng đến "
     "hoạt động bay.", "Cục Hàng không"),
])
def test_a_prohibition_after_a_dated_duty_is_no_duty(run, text, assignee):
    tasks = run(text)
    assert len(tasks) == 1 and tasks[0].assignee == assignee, pairs(tasks)


# --------------------------------------------------------------------------- calls and orders: "kêu gọi", "ra lệnh cho", "phát động"


@pytest.mark.parametrize("text, assignee, action", [
    ("Ban Thường vụ Tỉnh ủy kêu gọi các doanh nghiệp trên địa bàn hỗ trợ người dân vùng lũ.",
     "các doanh nghiệp trên địa bàn", "hỗ trợ người dân vùng lũ"),
    ("Hội Chữ thập đỏ tỉnh kêu gọi các tổ chức, cá nhân ủng hộ đồng bào vùng lũ.",
     "các tổ chức, cá nhân", "ủng hộ đồng bào vùng lũ"),
    ("Bộ Quốc phòng ra lệnh cho các đơn vị quân đội triển khai lực lượng ứng cứu người dân.",
     "các đơn vị quân đội", "triển khai lực lượng ứng cứu người dân"),
    ("Chính phủ Canada ra lệnh cho công ty Hikvision Canada đóng cửa hoạt động kinh doanh.",
     "công ty Hikvision Canada", "đóng cửa hoạt động kinh doanh"),
    ("Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An phát động cán bộ, đảng viên và nhân dân ủng hộ "
     "đồng bào bị thiệt hại do bão.", "cán bộ, đảng viên và nhân dân", "ủng hộ đồng bào bị thiệt hại do bão"),
])
def test_a_call_or_an_order_to_an_agent_is_a_task(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ủy ban nhân dân tỉnh phát động phong trào thi đua chào mừng Đại hội Đảng bộ tỉnh.",
    "Thành phố đang kêu gọi đầu tư vào các khu công nghiệp mới.",
    "Bộ Công an ra lệnh truy nã đối tượng Nguyễn Văn A về tội lừa đảo.",
])
def test_a_call_or_an_order_without_an_addressee_is_no_task(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- ", đồng thời đề nghị B ...": a second request


@pytest.mark.parametrize("text, first, second", [
    ("Sở Giao thông vận tải đề nghị Công ty Cổ phần Xi măng Hà Tiên khẩn trương khắc phục, đồng thời đề nghị "
     "Công an TP Thủ Đức xử lý nghiêm tình trạng dừng đỗ xe sai quy định.",
     ("Công ty Cổ phần Xi măng Hà Tiên", "khẩn trương khắc phục"),
     ("Công an TP Thủ Đức", "xử lý nghiêm tình trạng dừng đỗ xe sai quy định")),
    ("Bộ Y tế yêu cầu các bệnh viện rà soát quy trình tiếp đón người bệnh, đồng thời yêu cầu Sở Y tế các tỉnh "
     "tăng cường kiểm tra việc khám sức khỏe.",
     ("các bệnh viện", "rà soát quy trình tiếp đón người bệnh"),
     ("Sở Y tế các tỉnh", "tăng cường kiểm tra việc khám sức khỏe")),
    ("Ủy ban nhân dân tỉnh giao Sở Xây dựng hoàn thiện hồ sơ dự án, giao Sở Tài chính bố trí kinh phí thực hiện.",
     ("Sở Xây dựng", "hoàn thiện hồ sơ dự án"),
     ("Sở Tài chính", "bố trí kinh phí thực hiện")),
])
def test_a_second_request_after_a_comma_is_its_own_task(run, text, first, second):
    tasks = run(text)
    assert pairs(tasks) == {first, second}
    assert len({t.assigner for t in tasks}) == 1, "both requests have the one speaker"


@pytest.mark.parametrize("text, action", [
    # a cue word without an agent after it stays inside the action
    ("Thủ tướng yêu cầu Bộ Tài chính nghiên cứu, đề nghị phương án điều chỉnh thuế suất phù hợp.",
     "nghiên cứu, đề nghị phương án điều chỉnh thuế suất phù hợp"),
    ("Bộ trưởng giao Cục Thuế rà soát hồ sơ, yêu cầu bổ sung giấy tờ còn thiếu.",
     "rà soát hồ sơ, yêu cầu bổ sung giấy tờ còn thiếu"),
])
def test_a_cue_word_without_an_agent_does_not_cut_the_action(run, text, action):
    assert [t.action for t in run(text)] == [action]


# --------------------------------------------------------------------------- passive "được giao nhiệm vụ", "được phân công"


@pytest.mark.parametrize("text, assignee, action", [
    ("Năm 2021, ông Đỗ Văn Hải được giao nhiệm vụ bảo đảm nguồn cung hàng thiết yếu cho các tỉnh phía Nam.",
     "Đỗ Văn Hải", "bảo đảm nguồn cung hàng thiết yếu cho các tỉnh phía Nam"),
    ("Bà Trần Thị Bình Minh được phân công nhiệm vụ phụ trách lĩnh vực đầu tư công nghệ cao.",
     "Trần Thị Bình Minh", "phụ trách lĩnh vực đầu tư công nghệ cao"),
    ("Sở Nội vụ được phân công chủ trì xây dựng đề án sắp xếp bộ máy.",
     "Sở Nội vụ", "chủ trì xây dựng đề án sắp xếp bộ máy"),
    ("Theo kế hoạch, Sở Tài chính được phân công nhiệm vụ thẩm định phương án giá đất.",
     "Sở Tài chính", "thẩm định phương án giá đất"),
])
def test_passive_assignment_of_a_duty_names_its_subject(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Theo sự phân công của Bộ trưởng, các vụ đã hoàn thành báo cáo.",
    "Ông Nguyễn Văn A cho biết việc phân công nhiệm vụ đã được thực hiện từ đầu năm.",
])
def test_phan_cong_as_a_noun_is_no_task(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- a request to a person named after ông/bà


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND tỉnh yêu cầu ông Nguyễn Văn Hùng khẩn trương bàn giao công việc cho người kế nhiệm.",
     "Nguyễn Văn Hùng", "khẩn trương bàn giao công việc cho người kế nhiệm"),
    ("Tổng Bí thư đề nghị bà Trần Thị Mai tiếp tục theo dõi sát tình hình thị trường.",
     "Trần Thị Mai", "tiếp tục theo dõi sát tình hình thị trường"),
    ("Thủ tướng giao ông Lê Minh Tuấn chủ trì xây dựng đề án phát triển vùng.",
     "Lê Minh Tuấn", "chủ trì xây dựng đề án phát triển vùng"),
    ("Tại buổi gặp, bà Hạnh đề nghị ông Nguyễn Lộc An giúp cấp giấy phép kinh doanh xăng dầu.",
     "Nguyễn Lộc An", "giúp cấp giấy phép kinh doanh xăng dầu"),
])
def test_a_request_to_a_person_named_after_a_pronoun(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# --------------------------------------------------------------------------- "<body> đề xuất <body> <action>"


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Kế hoạch và Đầu tư đề xuất Thủ tướng Chính phủ giao Bộ Tài chính bố trí vốn cho dự án.",
     "Thủ tướng Chính phủ", "giao Bộ Tài chính bố trí vốn cho dự án"),
    ("Ủy ban nhân dân tỉnh Lâm Đồng đề xuất Bộ Giao thông vận tải sớm phê duyệt điều chỉnh dự án.",
     "Bộ Giao thông vận tải", "sớm phê duyệt điều chỉnh dự án"),
    ("Sở Tài chính đề xuất UBND tỉnh phê duyệt phương án giá đất mới.",
     "UBND tỉnh", "phê duyệt phương án giá đất mới"),
])
def test_a_body_proposing_that_another_body_act_is_a_request(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Bộ Tài chính đề xuất phương án giảm thuế giá trị gia tăng.",
    "Nhiều đại biểu đề xuất, cần có cơ chế đặc thù cho Thủ đô.",
    "Theo đề xuất của Sở Xây dựng, dự án sẽ được điều chỉnh quy mô.",
])
def test_a_proposal_without_an_addressed_body_is_no_task(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- "yêu cầu đối với <list>, <assignee> ..."


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng yêu cầu đối với các dự án chậm tiến độ, các chủ đầu tư phải báo cáo rõ nguyên nhân.",
     "các chủ đầu tư", "báo cáo rõ nguyên nhân"),
    ("Bộ trưởng yêu cầu đối với 2 gói thầu: XL01, XL02, các chủ đầu tư khẩn trương bổ sung nhân lực, thiết bị.",
     "các chủ đầu tư", "khẩn trương bổ sung nhân lực, thiết bị"),
    ("Phó Thủ tướng đề nghị đối với tuyến cao tốc Bắc - Nam, Bộ Xây dựng chỉ đạo chủ đầu tư đẩy nhanh tiến độ.",
     "Bộ Xây dựng", "chỉ đạo chủ đầu tư đẩy nhanh tiến độ"),
])
def test_an_adverbial_listing_the_objects_comes_before_the_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_numbered_units_after_a_colon_and_an_adverbial_get_each_dated_item(run):
    tasks = run("Bộ trưởng yêu cầu đối với 3 hầm: Thần Vũ, Cù Mông, Núi Vung, các ban quản lý dự án: 6, 85 phối "
                "hợp chặt chẽ với các cơ quan của Bộ để hoàn thành thẩm định trong tháng 7/2025, khởi công trong năm "
                "2025 và lập kế hoạch chi tiết triển khai thực hiện trong năm 2026.")
    got = {(t.assignee, t.action, t.deadline) for t in tasks}
    for unit in ("Ban quản lý dự án 6", "Ban quản lý dự án 85"):
        assert (unit, "phối hợp chặt chẽ với các cơ quan của Bộ để hoàn thành thẩm định", "2025-07") in got
        assert (unit, "lập kế hoạch chi tiết triển khai thực hiện", "2026") in got


@pytest.mark.parametrize("text, units", [
    ("Bộ trưởng yêu cầu các ban quản lý dự án: 2, 7 hoàn thành thủ tục trong tháng 9/2025.",
     {"Ban quản lý dự án 2", "Ban quản lý dự án 7"}),
    ("Bộ trưởng yêu cầu các ban quản lý dự án: 6, 85 phối hợp chặt chẽ với địa phương.",
     {"Ban quản lý dự án 6", "Ban quản lý dự án 85"}),
])
def test_numbers_listed_after_an_agent_and_a_colon_are_units(run, text, units):
    assert {t.assignee for t in run(text)} == units


# --------------------------------------------------------------------------- telegram duties: "chịu hoàn toàn trách nhiệm", "kiểm soát"


@pytest.mark.parametrize("text, expected", [
    ("Phó Thủ tướng yêu cầu Ủy ban nhân dân tỉnh Quảng Nam tập trung giải quyết dứt điểm các vướng mắc về mặt "
     "bằng. Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam chịu hoàn toàn trách nhiệm trước Thủ tướng nếu tiếp tục chậm "
     "trễ.", ("Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam",
              "chịu hoàn toàn trách nhiệm trước Thủ tướng nếu tiếp tục chậm trễ")),
    ("Bộ trưởng yêu cầu Cục Hàng không tăng cường giám sát an toàn bay. Cục trưởng Cục Hàng không chịu hoàn toàn "
     "trách nhiệm nếu để xảy ra sự cố.", ("Cục trưởng Cục Hàng không", "chịu hoàn toàn trách nhiệm nếu để xảy ra sự cố")),
    ("Thủ tướng giao Bộ Xây dựng chỉ đạo chủ đầu tư tăng cường nhân lực, thiết bị.\n"
     "Kiểm soát chặt chẽ tiến độ, chất lượng công trình trong quá trình thi công.",
     ("Bộ Xây dựng", "Kiểm soát chặt chẽ tiến độ, chất lượng công trình trong quá trình thi công")),
])
def test_duty_verbs_of_a_telegram_passage(run, text, expected):
    assert expected in pairs(run(text))


# --------------------------------------------------------------------------- "có văn bản gửi B đề nghị <action>"


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Nội vụ đã có văn bản gửi Bộ Công an đề nghị phối hợp chỉ đạo cơ quan an ninh mạng rà soát, xử lý các "
     "thông tin sai sự thật.", "Bộ Công an",
     "phối hợp chỉ đạo cơ quan an ninh mạng rà soát, xử lý các thông tin sai sự thật"),
    ("Sở Y tế đã gửi công văn tới các bệnh viện yêu cầu tăng cường công tác phòng chống dịch.",
     "các bệnh viện", "tăng cường công tác phòng chống dịch"),
    ("Ủy ban nhân dân tỉnh gửi văn bản đến Bộ Tài chính đề nghị xem xét bổ sung kinh phí.",
     "Bộ Tài chính", "xem xét bổ sung kinh phí"),
    ("Bộ Giáo dục và Đào tạo gửi văn bản cho các sở giáo dục yêu cầu rà soát toàn bộ đề thi.",
     "các sở giáo dục", "rà soát toàn bộ đề thi"),
])
def test_the_addressee_of_a_sent_document_is_the_assignee_of_its_request(run, text, assignee, action):
    tasks = run(text)
    assert [(t.assignee, t.action) for t in tasks] == [(assignee, action)], "the addressee only, no inner agent"


@pytest.mark.parametrize("text", [
    "Sở Y tế đã gửi văn bản đề nghị tăng cường công tác phòng chống dịch.",
    "Bộ Tài chính đã gửi văn bản xin ý kiến các bộ, ngành về dự thảo nghị định.",
])
def test_a_sent_document_without_an_addressee_is_no_task(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- addressees outside the state bodies


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ trưởng yêu cầu các nhà thầu khẩn trương bổ sung nhân lực, thiết bị.",
     "các nhà thầu", "khẩn trương bổ sung nhân lực, thiết bị"),
    ("Thủ tướng đề nghị các nhà đầu tư nước ngoài mở rộng đầu tư vào lĩnh vực công nghệ cao.",
     "các nhà đầu tư nước ngoài", "mở rộng đầu tư vào lĩnh vực công nghệ cao"),
    ("Chủ tịch UBND tỉnh yêu cầu đại diện các sở, ngành báo cáo tiến độ giải ngân.",
     "đại diện các sở, ngành", "báo cáo tiến độ giải ngân"),
])
def test_contractors_investors_and_representatives_are_agents(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# --------------------------------------------------------------------------- "Việc ..." is an event, never an agent


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng yêu cầu Bộ Xây dựng đẩy nhanh tiến độ dự án. Việc khánh thành Nhà máy xử lý nước thải hôm nay thể "
     "hiện sự quyết tâm của Thành phố.", {("Bộ Xây dựng", "đẩy nhanh tiến độ dự án")}),
    ("Chủ tịch UBND tỉnh yêu cầu việc giải phóng mặt bằng phải hoàn thành trước ngày 30/6/2025.", set()),
    ("Bộ trưởng yêu cầu các sở phải bảo đảm việc cấp phép đúng quy định.",
     {("các sở", "bảo đảm việc cấp phép đúng quy định")}),
])
def test_a_nominalized_event_is_no_assignee(run, text, expected):
    assert pairs(run(text)) == expected


# --------------------------------------------------------------------------- frequency adverbs between assignee and action


@pytest.mark.parametrize("text, assignee, action", [
    ("Giám đốc trung tâm đã chỉ đạo Nguyễn Văn Quỳnh nhiều lần lập chứng từ khống để chiếm đoạt tiền.",
     "Nguyễn Văn Quỳnh", "lập chứng từ khống để chiếm đoạt tiền"),
    ("Thủ tướng yêu cầu các bộ, ngành một lần nữa rà soát toàn bộ thủ tục hành chính.",
     "các bộ, ngành", "rà soát toàn bộ thủ tục hành chính"),
    ("Chủ tịch tỉnh yêu cầu các sở nhiều lần kiểm tra đột xuất việc chấp hành quy định.",
     "các sở", "kiểm tra đột xuất việc chấp hành quy định"),
])
def test_a_frequency_adverb_is_neither_assignee_nor_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# --------------------------------------------------------------------------- a request right after an unknown office's name


@pytest.mark.parametrize("text, assigner, assignee, action", [
    # (the bodies component names the office canonically, its word abbreviation spelled out)
    ("Phòng TN&MT đề xuất UBND thị xã Ninh Hòa chỉ đạo UBND xã Ninh Phú lập hồ sơ vi phạm hành chính.",
     "Phòng Tài nguyên và Môi trường", "UBND thị xã Ninh Hòa", "chỉ đạo UBND xã Ninh Phú lập hồ sơ vi phạm hành chính"),
    ("Phòng QLĐT kiến nghị UBND quận sớm cưỡng chế công trình vi phạm.",
     "Phòng QLĐT", "UBND quận", "sớm cưỡng chế công trình vi phạm"),
])
def test_a_request_after_a_capitalized_office_name_is_spoken_by_it(run, text, assigner, assignee, action):
    tasks = run(text)
    assert [(t.assigner, t.assignee, t.action) for t in tasks] == [(assigner, assignee, action)]
