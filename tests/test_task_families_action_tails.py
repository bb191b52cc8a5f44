"""Task pattern family of a tail that is no part of the duty, on constructed sentences with several variants:
a background (", trong bối cảnh ..."), a reason (", không chỉ vì ...") and the threat of what follows a refusal
("... nếu không sẽ / thì / muốn ...") end the action; "nếu không" opening a condition of the duty itself, "trong
bối cảnh" without a comma and "không chỉ" without "vì" stay in it."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tổng thống Lê Minh Khang kêu gọi Quốc hội nước này sớm phê chuẩn hiệp định thương mại, trong bối cảnh "
     "giá phân bón tăng mạnh suốt ba quý liền.",
     "Quốc hội nước này", "sớm phê chuẩn hiệp định thương mại"),
    ("Bộ trưởng Trịnh Văn Lộc đề nghị các doanh nghiệp hai bên mở rộng hợp tác đầu tư, không chỉ vì lợi "
     "nhuận mà còn vì tình thân giữa hai vùng biên.",
     "các doanh nghiệp hai bên", "mở rộng hợp tác đầu tư"),
    ("Ông Phan Quốc Bảo yêu cầu phía đối tác rút toàn bộ thiết bị khỏi khu mỏ nếu không sẽ bị khởi kiện "
     "ra trọng tài quốc tế.",
     "phía đối tác", "rút toàn bộ thiết bị khỏi khu mỏ"),
    ("UBND huyện Tân Hòa yêu cầu Công ty Minh Phát nộp đủ tiền phạt trong 10 ngày, nếu không thì sẽ bị "
     "cưỡng chế thi hành.",
     "Công ty Minh Phát", "nộp đủ tiền phạt trong 10 ngày"),
    ("Chính phủ nước này yêu cầu các công ty công nghệ xóa nội dung sai sự thật nếu không muốn chịu một "
     "khoản phạt lớn.",
     "các công ty công nghệ", "xóa nội dung sai sự thật"),
])
def test_a_tail_that_is_no_duty_ends_the_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Sở Y tế yêu cầu các bệnh viện báo cáo ngay nếu không đủ thuốc điều trị cho bệnh nhân.",
     "các bệnh viện", "báo cáo ngay nếu không đủ thuốc điều trị cho bệnh nhân"),
    ("Thủ tướng Hồ Đức Nguyên đề nghị hai nước mở rộng trao đổi an ninh trong bối cảnh tình hình khu vực "
     "diễn biến phức tạp.",
     "hai nước", "mở rộng trao đổi an ninh trong bối cảnh tình hình khu vực diễn biến phức tạp"),
    ("UBND tỉnh Hòa Bình Xuân yêu cầu Sở Nội vụ kiểm tra, không chỉ ở thành phố mà cả ở các "
     "huyện vùng cao.",
     "Sở Nội vụ", "kiểm tra, không chỉ ở thành phố mà cả ở các huyện vùng cao"),
])
def test_a_condition_or_scope_of_the_duty_stays(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
