"""A party secretary who also heads a unit, "Bí thư Đảng ủy, <head's title> <unit>": the bare "Đảng ủy" is the
unit's party committee (constructed sentences); near-misses name no such committee."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Ông Lê Văn Tâm, Bí thư Đảng ủy, Tổng Giám đốc Thông tấn xã Việt Nam, dẫn đầu đoàn công tác.",
     "Đảng ủy Thông tấn xã Việt Nam"),
    ("Bà Trần Thị Hoa, nguyên bí thư Đảng ủy, trưởng Ban Quản lý Khu công nghiệp Bình Long, bị kỷ luật.",
     "Đảng ủy Ban Quản lý Khu công nghiệp Bình Long"),
    ("Ông Hoàng Văn Minh, Phó Bí thư Đảng ủy, Phó Giám đốc Sở Y tế tỉnh Nghệ An, cho biết.",
     "Đảng ủy Sở Y tế tỉnh Nghệ An"),
    ("Đại tá Phạm Văn Hùng, Bí thư Đảng uỷ, Giám đốc Bệnh viện Quân y 115, phát biểu.",
     "Đảng ủy Bệnh viện Quân y 115"),
])
def test_the_unit_a_secretary_heads_names_its_committee(text, body):
    names = body_names(text)
    assert body in names and body[len("Đảng ủy ") :] in names


@pytest.mark.parametrize("text", [
    "Ông Lý Văn Sáu, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Lập, chủ trì hội nghị.",
    "Ông Đặng Văn Tư, Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã Kỳ Sơn, cho biết mưa lũ gây thiệt hại.",
    "Theo bí thư đảng ủy, giám đốc Công ty Hòa Bình đã vắng mặt trong buổi đối thoại với công nhân.",
    "Ông Vũ Minh, Bí thư Đảng ủy xã, Giám đốc Hợp tác xã Thành Công, cho biết giá lúa tăng.",
    "Huấn luyện viên Nguyễn Văn Cường, Giám đốc Câu lạc bộ Bóng đá Sông Lam, nói đội sẽ thắng.",
    "Cảnh sát đã bắt Giám đốc Công ty cổ phần Tân Phong vì trốn thuế, Bí thư Đảng ủy cho biết.",
    "Ông Phạm Văn Tư, Phó Bí thư Đảng ủy, Trưởng Công an xã Hòa Bình, cho biết vụ việc đang được xác minh.",
    "Ông Lò Văn Hải, Bí thư Đảng ủy, Trưởng Ban Chỉ đạo phòng chống thiên tai xã Tân Lập, kiểm tra đê.",
    "Bà Lê Thị Mai, Bí thư Đảng ủy, Trưởng Công an phường Bến Thành, trao quà cho người dân.",
])
def test_near_misses_name_no_unit_committee(text):
    assert not any(n.startswith("Đảng ủy ") for n in body_names(text))
