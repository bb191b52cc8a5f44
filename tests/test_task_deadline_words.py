"""Deadline phrases beyond "trước / trong": a horizon year ("hoàn thành chỉ tiêu đến năm 2030") and a
month, quarter or part of a year introduced by "vào" ("vào tháng 7 tới", "vào đầu năm 2026", "vào quý
III/2025"), each on constructed sentences with several variants; "vào" before a bare day or a noun is no
deadline."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Thủ tướng yêu cầu Bộ Quốc phòng phối hợp với các địa phương xây dựng nhà ở cho lực lượng vũ trang, "
     "hoàn thành chỉ tiêu đến năm 2030.", "Bộ Quốc phòng",
     "phối hợp với các địa phương xây dựng nhà ở cho lực lượng vũ trang", "2030"),
    ("Chủ tịch UBND tỉnh giao Sở Xây dựng phát triển mạng lưới giao thông công cộng đến năm 2030.",
     "Sở Xây dựng", "phát triển mạng lưới giao thông công cộng", "2030"),
    ("Phó Thủ tướng đề nghị Sở Nông nghiệp và Môi trường xây dựng bảng giá đất mới để áp dụng vào đầu năm 2026.",
     "Sở Nông nghiệp và Môi trường", "xây dựng bảng giá đất mới", "2026"),
    ("Bộ trưởng yêu cầu Cục Đường bộ Việt Nam hoàn thành hồ sơ thiết kế vào cuối năm 2025.",
     "Cục Đường bộ Việt Nam", "hoàn thành hồ sơ thiết kế", "2025"),
    ("Thủ tướng đề nghị Tổng Giám đốc UNESCO ủng hộ ghi danh hồ sơ di sản tại Kỳ họp Ủy ban Di sản thế giới "
     "vào tháng 7 tới.", "Tổng Giám đốc UNESCO", "ủng hộ ghi danh hồ sơ di sản", "2025-07"),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Tài chính trình phương án phân bổ vốn vào tháng 9/2025.",
     "Sở Tài chính", "trình phương án phân bổ vốn", "2025-09"),
])
def test_horizon_and_vao_month_or_year_are_deadlines(run, text, assignee, action, deadline):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)
    assert t.deadline == deadline


@pytest.mark.parametrize("text, assignee", [
    ("Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ đưa vào hoạt động bộ máy mới, bảo đảm thông suốt.", "Sở Nội vụ"),
    ("Bộ trưởng yêu cầu Cục Quản lý thị trường tập trung kiểm tra vào các cơ sở kinh doanh vi phạm.",
     "Cục Quản lý thị trường"),
    ("Thủ tướng đề nghị các bộ, ngành đưa nội dung này vào kế hoạch năm 2025.", "các bộ, ngành"),
])
def test_vao_before_a_noun_is_no_deadline(run, text, assignee):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.deadline is None


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Thủ tướng yêu cầu Bộ Xây dựng tập trung nguồn lực, phấn đấu hoàn thành dự án cuối năm 2028.",
     "Bộ Xây dựng", "tập trung nguồn lực, phấn đấu hoàn thành dự án cuối năm 2028", "2028"),
    ("Chủ tịch UBND tỉnh giao Sở Tài chính hoàn tất việc quyết toán vốn các công trình cuối quý III/2025.",
     "Sở Tài chính", "hoàn tất việc quyết toán vốn các công trình cuối quý III/2025", "2025-Q3"),
    ("Bộ trưởng đề nghị Sở Giao thông vận tải đưa tuyến đường vào khai thác cuối tháng 12/2025.",
     "Sở Giao thông vận tải", "đưa tuyến đường vào khai thác cuối tháng 12/2025", "2025-12"),
])
def test_the_end_of_a_period_dates_the_action_without_cutting_it(run, text, assignee, action, deadline):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action == action
    assert t.deadline == deadline


@pytest.mark.parametrize("text, assignee", [
    # the end of a period in a later clause (after ";") is another duty's
    ("Thủ tướng yêu cầu Bộ Xây dựng rà soát các dự án chậm tiến độ; các địa phương hoàn thành dự án cuối năm 2028.",
     "Bộ Xây dựng"),
])
def test_the_end_of_a_period_after_the_clause_is_not_the_deadline(run, text, assignee):
    tasks = [t for t in run(text) if t.assignee == assignee]
    assert tasks and tasks[0].deadline is None


@pytest.mark.parametrize("text, assignee, items", [
    ("Thủ tướng yêu cầu Bộ Xây dựng đẩy nhanh công tác bồi thường hoàn thành trong tháng 6 năm 2026, phấn đấu "
     "hoàn thành dự án cuối năm 2028.", "Bộ Xây dựng",
     [("đẩy nhanh công tác bồi thường", "2026-06"), ("phấn đấu hoàn thành dự án cuối năm 2028", "2028")]),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng hoàn thành thẩm định hồ sơ trước ngày 15 tháng 8 năm 2025, khởi công "
     "công trình trong tháng 9 năm 2025.", "Sở Xây dựng",
     [("hoàn thành thẩm định hồ sơ", "2025-08-15"), ("khởi công công trình", "2025-09")]),
])
def test_items_after_a_date_printed_in_words_are_more_dated_duties(run, text, assignee, items):
    got = [(t.action, t.deadline) for t in run(text) if t.assignee == assignee]
    assert got == items


def test_words_after_a_date_in_words_before_a_comma_are_no_new_item(run):
    text = ("Thủ tướng yêu cầu Bộ Tài chính báo cáo cấp có thẩm quyền quyết định trước ngày 29 tháng 8 năm 2025 bố "
            "trí nguồn kinh phí phù hợp để thực hiện, bảo đảm cân đối ngân sách nhà nước.")
    got = [(t.action, t.deadline) for t in run(text)]
    # one task; the action runs past its date, whose words go on after it (see test_task_families_dated_runs)
    assert got == [(text[len("Thủ tướng yêu cầu Bộ Tài chính "):-1], "2025-08-29")]


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Đại biểu Khúc Văn Lợi kiến nghị Chính phủ điều chỉnh tăng lương cơ sở ngay từ ngày 01/01/2026, "
     "không chờ đến giữa năm.", "Chính phủ", "điều chỉnh tăng lương cơ sở ngay từ ngày 01/01/2026", "2026-01-01"),
    ("Chủ tịch UBND tỉnh yêu cầu thành phố Hòa Bình bố trí nguồn lực để phường mới đi vào hoạt động "
     "ngay từ ngày 1-12-2025.", "thành phố Hòa Bình", "bố trí nguồn lực để phường mới đi vào hoạt động ngay từ ngày 1-12-2025",
     "2025-12-01"),
    ("Ngân hàng Nhà nước yêu cầu các ngân hàng thương mại áp dụng biểu phí mới ngay từ ngày 1/7/2025.",
     "các ngân hàng thương mại", "áp dụng biểu phí mới ngay từ ngày 1/7/2025", "2025-07-01"),
])
def test_ngay_tu_ngay_gives_a_deadline_kept_in_the_action(run, text, assignee, action, deadline):
    """"ngay từ ngày <date>": the day the duty must be in force by; the annotated actions keep the phrase."""
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)
    assert t.deadline == deadline


@pytest.mark.parametrize("text, assignee", [
    ("Bộ Y tế yêu cầu Bệnh viện Chợ Rẫy triển khai bệnh án điện tử từ ngày 1/7/2025.", "Bệnh viện Chợ Rẫy"),
    ("Sở Giao thông vận tải yêu cầu Công ty Phương Trang giữ giá vé từ ngày 10/2 đến hết ngày 20/2.",
     "Công ty Phương Trang"),
])
def test_bare_tu_ngay_opens_a_period_no_deadline(run, text, assignee):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.deadline is None


@pytest.mark.parametrize("text, deadline", [
    # published 2025-03-04: a day years before is when a duty started, no deadline
    ("Bộ Y tế yêu cầu các bệnh viện báo cáo số ca mắc sốt xuất huyết ngay từ ngày 15-3-2020.", None),
    ("Sở Giáo dục yêu cầu Trường THPT Lê Lợi áp dụng quy chế mới ngay từ ngày 5/9/2024.", None),
    # twelve days before: no deadline; three days before: a directive reported late keeps it
    ("Bộ Y tế yêu cầu các bệnh viện báo cáo số ca mắc ngay từ ngày 20/2/2025.", None),
    ("Bộ Y tế yêu cầu các bệnh viện báo cáo số ca mắc ngay từ ngày 1/3/2025.", "2025-03-01"),
])
def test_ngay_tu_ngay_long_before_the_article_is_no_deadline(run, text, deadline):
    assert one(run(text)).deadline == deadline


@pytest.mark.parametrize("text, action", [
    ("Giá vật liệu tăng mạnh trong quý I (Bộ Xây dựng đã yêu cầu các địa phương công bố giá vật liệu kịp thời) nên "
     "nhà thầu rất khó khăn.", "công bố giá vật liệu kịp thời"),
    ("Cổ phiếu ngân hàng giảm mạnh (Ủy ban Chứng khoán Nhà nước yêu cầu các công ty chứng khoán rà soát lại hệ "
     "thống giao dịch) trong phiên sáng.", "rà soát lại hệ thống giao dịch"),
    ("Mưa lớn gây ngập nhiều tuyến phố (UBND TP Cần Thơ yêu cầu Sở Xây dựng kiểm tra hệ thống thoát nước) trong đêm qua.",
     "kiểm tra hệ thống thoát nước"),
])
def test_a_closing_bracket_ends_the_action(run, text, action):
    assert [t.action for t in run(text)] == [action]
