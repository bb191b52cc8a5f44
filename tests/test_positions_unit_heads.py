"""A unit head's offices (constructed sentences): a unit head's title printed in lower case as an aside after a
name, with the unit's name in lower case and then the body the unit belongs to, right after it or after "thuộc" /
"của", is one title with the unit's name ("Trưởng phòng kế hoạch") and that body ("Trung tâm X"); a bare title
before "thuộc" takes the body after it. A unit name ended by a comma, a dash or a verb, one not set off after a name,
and a body after "và" keep the title as printed."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Bà Lê Thị Quế (trưởng phòng nghiên cứu khoa học thuộc Trung tâm Bảo tồn di sản Cổ Loa) cho biết như vậy.",
     "Lê Thị Quế", ("Trưởng phòng nghiên cứu khoa học", "Trung tâm Bảo tồn di sản Cổ Loa", "current")),
    ("Bị can Đoàn Văn Khoa - trưởng phòng kế hoạch kỹ thuật Ban Quản lý dự án huyện Tam Nông - đã thừa nhận.",
     "Đoàn Văn Khoa", ("Trưởng phòng kế hoạch kỹ thuật", "Ban Quản lý dự án huyện Tam Nông", "current")),
    ("Ông Hà Minh Tuấn, phó trưởng phòng kỹ thuật của Công ty cổ phần Thép Tây Đô, cho biết lò đã sửa xong.",
     "Hà Minh Tuấn", ("Phó Trưởng phòng kỹ thuật", "Công ty cổ phần Thép Tây Đô", "current")),
    ("Theo bác sĩ Vương Văn Cần - trưởng khoa hồi sức tích cực Bệnh viện Đa khoa tỉnh Hòa Bình - bệnh nhân đã tỉnh.",
     "Vương Văn Cần", ("Trưởng khoa hồi sức tích cực", "Bệnh viện Đa khoa tỉnh Hòa Bình", "current")),
    ("Ông Tạ Quang Vinh - trưởng phòng tuyển sinh và công tác sinh viên Trường Đại học Kinh tế Vinh - cho hay.",
     "Tạ Quang Vinh", ("Trưởng phòng tuyển sinh và công tác sinh viên", "Trường Đại học Kinh tế Vinh", "current")),
    ("Ông Lục Văn Tám, cựu trưởng phòng thuộc Cục Quản lý thị trường tỉnh Lạng Sơn, bị khởi tố.",
     "Lục Văn Tám", ("Trưởng phòng", "Cục Quản lý thị trường tỉnh Lạng Sơn", "former")),
])
def test_a_unit_heads_lower_case_unit_is_part_of_the_title(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


# near misses (business, sport, crime, weather, culture): a verb after the title, a comma or a dash ending the
# unit, no aside, a body after "và", a title with no unit word
@pytest.mark.parametrize(("text", "name"), [
    ("Ông Châu Văn Lợi, trưởng phòng cho biết Công ty cổ phần Gạo Sông Hậu đã nộp đủ thuế.", "Châu Văn Lợi"),
    ("Bà Mạc Thị Hoa, trưởng khoa được Trường Đại học Văn hóa Hà Nội khen thưởng, nhận hoa.", "Mạc Thị Hoa"),
    ("Ông Lò Văn Sính, trưởng phòng và Câu lạc bộ Bóng đá Sông Lam Nghệ An cùng ký kết hợp đồng.", "Lò Văn Sính"),
    ("Ông Hoàng Minh Đức - trưởng phòng dự báo - nói Đài Khí tượng thủy văn tỉnh Quảng Trị đã cảnh báo mưa lớn.",
     "Hoàng Minh Đức"),
    ("Bà Phạm Thu Hà - trưởng phòng kinh doanh, Công ty cổ phần Sữa Mộc Châu - cho biết giá sữa tăng.", "Phạm Thu Hà"),
    ("Nghệ sĩ Đinh Văn Lâm đã gặp trưởng phòng văn hóa Nhà hát Chèo Thái Bình sáng qua.", "Đinh Văn Lâm"),
])
def test_guard_no_unit_read(pipeline, text, name):
    got = positions(pipeline, text)
    assert all(t in ("Trưởng phòng", "Trưởng khoa", "Phó Trưởng phòng") or not t.startswith(("Trưởng phòng", "Trưởng khoa"))
               for ps in got.values() for t, _b, _s in ps)


def test_guard_a_unit_name_ended_by_the_aside_keeps_its_reading(pipeline):
    text = "Ông Bùi Văn Trọng - trưởng phòng quản lý chất lượng; bà Vi Thị Én - kế toán, đều bị khởi tố."
    assert ("Trưởng phòng", "Phòng quản lý chất lượng", "current") in positions(pipeline, text)["Bùi Văn Trọng"]
