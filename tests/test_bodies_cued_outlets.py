"""Bodies: a Vietnamese outlet's brand cited after a cue ("chia sẻ với Tuổi Trẻ", "theo tìm hiểu của Tuổi Trẻ
Online", "sau phản ánh của báo Thanh Niên") is a mention of the outlet; the same words in lower case (youth, young
people), inside a longer capitalized name, in a credit, or after a word that makes the cue another word are none
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Chia sẻ với Tuổi Trẻ, bà Phạm Thị Lan cho biết giá rau đã tăng gấp đôi.", "Báo Tuổi Trẻ"),
    ("Chia sẻ với Tuổi Trẻ Online, ông Đào Văn Cường nói đội bóng sẽ thay thủ môn.", "Tuổi Trẻ Online"),
    ("Theo tìm hiểu của Tuổi Trẻ Online, cửa hàng này đã bán hàng giả nhiều tháng.", "Tuổi Trẻ Online"),
    ("Theo ghi nhận của Tuổi Trẻ online, mưa lớn khiến nhiều tuyến đường ngập sâu.", "Tuổi Trẻ Online"),
    ("Ngày 3-4, nguồn tin của Tuổi Trẻ Online xác nhận nghi phạm đã bị bắt.", "Tuổi Trẻ Online"),
    ("Sau phản ánh của báo Thanh Niên, chính quyền đã tháo dỡ công trình.", "Báo Thanh Niên"),
    ("\"Chúng tôi sẽ xử lý\", một cán bộ phường nói với Người Lao Động.", "Báo Người Lao Động"),
    ("Vị giám đốc trả lời phóng viên Tuổi Trẻ Online rằng nhà máy vẫn hoạt động.", "Tuổi Trẻ Online"),
    ("Chia sẻ với VnExpress, nhiều du khách cho rằng giá vé quá cao.", "VnExpress"),
    ("Cuộc thi do nhà trường và báo Sài Gòn Giải Phóng phối hợp tổ chức.", "Báo Sài Gòn Giải Phóng"),
    ("Bạn đọc Lê Văn Tư phản ánh đến Tuổi Trẻ Online về tình trạng xả rác.", "Tuổi Trẻ Online"),
])
def test_a_brand_cited_after_a_cue_is_the_outlet(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Nhiều người chia sẻ với tuổi trẻ hôm nay rằng cơ hội là vô hạn.",
    "Huấn luyện viên nói với thanh niên trong đội về kỷ luật thi đấu.",
    "Anh Tuấn nói với Tuổi Trẻ Cười rằng bức tranh đã được duyệt.",
    "Ông chia sẻ với Lao Động Trẻ, một ban nhạc, về chuyến lưu diễn.",
    "Đội bóng đã cảnh báo Thanh Niên về thời tiết xấu trước trận đấu.",
    "Cô ấy nói với Thanh Tâm về kế hoạch mở tiệm bánh.",
    "Nhà hàng Tuổi Trẻ ở quận 3 bị xử phạt vì vi phạm an toàn thực phẩm.",
    "Bão số 3 gây mưa lớn, thanh niên tình nguyện đã hỗ trợ người dân sơ tán.",
    "Phóng viên Tuổi Trẻ có mặt tại hiện trường vụ cháy.",
    "Trả lời phóng viên, ông Nam cho biết công ty sẽ tăng giá bán.",
])
def test_no_outlet_without_a_cue_and_a_capitalized_brand(text):
    assert not any(n.startswith(("Báo", "Tuổi", "Thanh", "Lao", "VnExpress")) for n in body_names(text))
