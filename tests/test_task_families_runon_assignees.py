"""An assignee that ran on past its noun phrase over a connector, a purpose, a degree adverb or a verb of
saying or sending names no one: no task (an analyst prefers a missing row to a wrong one); a capitalized
word of a name ("Đài Tiếng nói Việt Nam") and a plain list of bodies stay assignees."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text", [
    "Các đơn vị đã cho ý kiến xây dựng dự thảo Quy chế làm việc, phân công nhiệm vụ Chủ tịch, Phó Chủ tịch, "
    "đồng thời dự kiến chương trình công tác tháng 7 năm 2025.",
    "Chính phủ đề xuất Bộ Chính trị, Quốc hội về 6 cơ chế, chính sách đặc thù để tháo gỡ ngay khó khăn, "
    "vướng mắc cho các dự án nhà ở xã hội.",
    "Ông Hiền cho biết đại diện phía Phát Đạt khẳng định rất cần di dời để có quỹ đất sạch liên thông.",
    "UBND thành phố yêu cầu chủ đầu tư gửi Sở Xây dựng kiểm tra, xem xét, chấp thuận kết quả nghiệm thu.",
])
def test_run_on_assignee_gives_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee", [
    ("Thủ tướng yêu cầu Đài Tiếng nói Việt Nam đẩy mạnh công tác thông tin truyền thông về chính sách.",
     "Đài Tiếng nói Việt Nam"),
    ("Bộ trưởng yêu cầu Cục Đường bộ Việt Nam hoàn thành hồ sơ thiết kế vào cuối năm 2025.",
     "Cục Đường bộ Việt Nam"),
    ("UBND tỉnh giao Ủy ban quốc gia về chuyển đổi số theo dõi, đánh giá việc triển khai đề án.",
     "Ủy ban quốc gia về chuyển đổi số"),
])
def test_names_and_plain_assignees_stay(run, text, assignee):
    assert one(run(text)).assignee == assignee
