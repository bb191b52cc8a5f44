"""Task family of staff a named person directs, on constructed sentences with several variants: "ông A chỉ
đạo (các) nhân viên ...", "bà B yêu cầu nhân viên ...", "đề nghị nhân viên ...". "nhân viên" is a ``cue_agent``
head: an assignee only right after a cue, with its qualifier ("nhân viên dưới quyền", "nhân viên các bệnh
viện"). Near misses: staff as the object of another verb, a subject, an apposition, a negated direction,
each with a person or a body named in the sentence."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Ông Trần Văn Hải chỉ đạo nhân viên ký hợp đồng mua hàng với các đơn vị khác.",
     "nhân viên", "ký hợp đồng mua hàng với các đơn vị khác"),
    ("Bà Lê Thị Mai chỉ đạo các nhân viên lập hai hệ thống sổ sách để trốn thuế.",
     "các nhân viên", "lập hai hệ thống sổ sách để trốn thuế"),
    ("Bà Lê Thị Mai chỉ đạo các nhân viên dưới quyền lập hai hệ thống sổ sách để trốn thuế.",
     "các nhân viên dưới quyền", "lập hai hệ thống sổ sách để trốn thuế"),
    ("Giám đốc Phạm Quốc Khánh yêu cầu nhân viên kiểm tra chuông báo cháy mỗi tuần.",
     "nhân viên", "kiểm tra chuông báo cháy mỗi tuần"),
    ("Sở Y tế tỉnh Hòa Bình yêu cầu nhân viên các bệnh viện đeo khẩu trang khi làm việc.",
     "nhân viên các bệnh viện", "đeo khẩu trang khi làm việc"),
    ("Ông Nguyễn Văn An đề nghị nhân viên tiếp tục trực chiến suốt đêm nay.",
     "nhân viên", "tiếp tục trực chiến suốt đêm nay"),
])
def test_staff_directed_after_a_cue(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Hải là nhân viên kỹ thuật của Công ty Sao Mai.",
    "Huấn luyện viên Park Hang-seo khen nhân viên y tế của đội tuyển đã làm việc tốt.",
    "Mưa lớn kéo dài, Sở Xây dựng cho biết nhân viên công ty thoát nước đã túc trực suốt đêm.",
    "Bà Lê Thị Mai không chỉ đạo nhân viên công ty thực hiện các quy định về quỹ bình ổn.",
    "Theo cảnh sát, nghi phạm Lê Văn Cường đã tấn công nhân viên cửa hàng rồi bỏ chạy.",
    "Công ty Hòa Phát tuyển nhân viên kinh doanh làm việc tại Hà Nội.",
    "Tổng thống Joe Biden cảm ơn nhân viên Nhà Trắng đã làm việc trong nhiều năm.",
    "Nhân viên ngân hàng Nguyễn Thị Lan cho biết khách hàng cần mang theo căn cước.",
    "Khách hàng của Công ty Sao Mai phải đến quầy nhờ nhân viên hỗ trợ gia hạn thẻ.",
])
def test_no_task(run, text):
    assert not any("nhân viên" in (t.assignee or "").lower() for t in run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Sở Công Thương tỉnh Hà Lam yêu cầu nhân viên bán hàng niêm yết giá công khai tại quầy.",
     "nhân viên bán hàng", "niêm yết giá công khai tại quầy"),
    ("Ông Đỗ Văn Tùng giao nhân viên bảo vệ canh giữ kho hàng suốt đêm.",
     "nhân viên bảo vệ", "canh giữ kho hàng suốt đêm"),
    ("Ông Vũ Minh Bảo yêu cầu nhân viên bảo vệ không cho người lạ vào tòa nhà.",
     "nhân viên bảo vệ", "không cho người lạ vào tòa nhà"),
    ("Bà Hồ Thị Ngọc chỉ đạo các nhân viên kế toán lập hai hệ thống sổ sách.",
     "các nhân viên kế toán", "lập hai hệ thống sổ sách"),
    ("Ông Đỗ Văn Tùng chỉ đạo các nhân viên bảo vệ canh giữ cổng chính suốt đêm.",
     "các nhân viên bảo vệ", "canh giữ cổng chính suốt đêm"),
    ("Bà Hồ Thị Ngọc yêu cầu các nhân viên bán hàng niêm yết giá từng mặt hàng.",
     "các nhân viên bán hàng", "niêm yết giá từng mặt hàng"),
    ("Giám đốc Lý Văn Thành yêu cầu nhân viên thu ngân kiểm tra tiền trước khi nhận.",
     "nhân viên thu ngân", "kiểm tra tiền trước khi nhận"),
    ("Sở Y tế tỉnh Hà Lam yêu cầu nhân viên y tế tăng cường trực tại các trạm.",
     "nhân viên y tế", "tăng cường trực tại các trạm"),
])
def test_staff_qualifier_stays_in_the_assignee(run, text, assignee, action):
    """A common staff qualifier the tagger reads as a verb ("bảo vệ", "bán hàng") stays in the assignee."""
    assert (assignee, action) in pairs(run(text))
