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
    ("Ông Tạ Quang Vinh - trưởng phòng tuyển sinh và công tác sinh viên Trường Đại học Kinh tế Vinh - cho hay.",
     "Tạ Quang Vinh", ("Trưởng phòng tuyển sinh và công tác sinh viên", "Trường Đại học Kinh tế Vinh", "current")),
    ("Ông Lục Văn Tám, cựu trưởng phòng thuộc Cục Quản lý thị trường tỉnh Lạng Sơn, bị khởi tố.",
     "Lục Văn Tám", ("Trưởng phòng", "Cục Quản lý thị trường tỉnh Lạng Sơn", "former")),
    # the tagger joins the unit's last word to the body's first ("văn Trường"): the body marked from there; a
    # department ("khoa") goes into the body (test_positions_department_bodies.py)
    ("Ông Kiều Văn Bảo (trưởng khoa ngữ văn Trường Đại học Sư phạm Thái Nguyên) nhận xét như vậy.",
     "Kiều Văn Bảo", ("Trưởng khoa", "Khoa Ngữ văn Trường Đại học Sư phạm Thái Nguyên", "current")),
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
    assert name in got
    assert all(t in ("Trưởng phòng", "Trưởng khoa", "Phó Trưởng phòng") or not t.startswith(("Trưởng phòng", "Trưởng khoa"))
               for t, _b, _s in got[name])


# near misses (health, business, administration): a reporting verb or "kiêm" after the title is no unit's name,
# though a body follows it
@pytest.mark.parametrize(("text", "name"), [
    ("Bà Lương Thị Mận, trưởng khoa chia sẻ Bệnh viện Đa khoa tỉnh Yên Bái vẫn thiếu thuốc.", "Lương Thị Mận"),
    ("Ông Quách Văn Tùng, trưởng phòng khẳng định Công ty cổ phần Nhựa Bình Minh Xanh đã nộp đủ thuế.",
     "Quách Văn Tùng"),
    ("Ông Thân Đức Hải, trưởng phòng đề nghị UBND tỉnh Bắc Kạn sớm xem xét.", "Thân Đức Hải"),
    ("Ông Ninh Văn Phúc, trưởng phòng kiêm kế toán trưởng Công ty cổ phần Gỗ Đông Sơn, bị bắt.", "Ninh Văn Phúc"),
    ("Ông Lã Văn Cường, trưởng phòng nhấn mạnh Sở Tài chính tỉnh Cao Bằng sẽ chi trả.", "Lã Văn Cường"),
])
def test_a_verb_after_a_unit_title_is_no_units_name(pipeline, text, name):
    got = positions(pipeline, text)
    assert name in got
    assert all(t in ("Trưởng phòng", "Trưởng khoa", "Kế toán trưởng") for t, _b, _s in got[name])


def test_guard_a_unit_name_ended_by_the_aside_keeps_its_reading(pipeline):
    text = "Ông Bùi Văn Trọng - trưởng phòng quản lý chất lượng; bà Vi Thị Én - kế toán, đều bị khởi tố."
    assert ("Trưởng phòng", "Phòng quản lý chất lượng", "current") in positions(pipeline, text)["Bùi Văn Trọng"]


# a unit's name run on into a word no marked body opens (a place, a brand): the title as printed is kept
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Bà Vũ Thị Sen - trưởng phòng văn hóa thông tin huyện Bảo Lạc - cho biết lễ hội sẽ kéo dài.",
     "Vũ Thị Sen", ("Trưởng phòng", None, "current")),
    ("Bà Đặng Thị Mơ - trưởng khoa phụ sản Sao Mai Medical - cho biết ca mổ thành công.",
     "Đặng Thị Mơ", ("Trưởng khoa", None, "current")),
])
def test_a_unit_run_into_no_marked_body_keeps_the_printed_title(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
