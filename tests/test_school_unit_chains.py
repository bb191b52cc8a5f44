"""A school's units printed as a chain after commas before the school ("giảng viên khoa X, Trường Đại học Y",
"phó chủ nhiệm bộ môn X, khoa Y, Học viện Z") are named with the units and the school after them, each chain a body
of its own and the school too; a member school printed with its university closes the chain with it; the office
printed before the chain, a staff title maybe with "tại" between, takes the whole chain as its body (body_patterns.tsv
school_unit_*, person_context.tsv staff_chain_cue; invented sentences). Never a hospital's department after a comma
(the rule leaves hospitals out), "khoa học", a head inside a name ("Đại học Bách khoa X"), a field with a number,
"tại" before a bare school, a unit led by no whole title ("giáo viên bộ môn X", "vận động viên bộ môn X"), a sport's
"bộ môn", two units side by side, a list after the school, nor a school the bodies stage cut short."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names, positions

_LUC = "TS Quách Văn Lực, giảng viên Khoa Thủy sản, Trường Đại học Nông nghiệp Hồng Lam, khuyên bà con thả cá muộn."
_NGUYET = "PGS.TS Đàm Thị Nguyệt, phó trưởng khoa Môi trường, Trường Đại học Hồng Lam, ước lượng giếng khoan cạn dần."
_HIEU = ("ThS Khúc Minh Hiếu - giảng viên Bộ môn Cơ học đất, Khoa Xây dựng, Trường Đại học Kiến trúc Đông Hải"
         " - trình bày mô hình cọc tre.")
_TOAN = "Ông Lạc Văn Toàn vừa nhận chức phó chủ nhiệm bộ môn kiểm toán, khoa kế toán, Học viện Ngân hàng Phương Nam."
_QUE = "Chị Viên Thị Quế, giảng viên tại khoa sinh học ứng dụng, Trường Đại học Hồng Lam."
_THIEN = "TS Âu Văn Thiện, giảng viên khoa Hải dương, Trường Đại học Kỹ nghệ Biển, Đại học Đà Nẵng, vẽ bản đồ rạn san hô."
_HANG = "BS Tôn Nữ Diệu Hằng, trưởng khoa Nhi, Trường Đại học Y khoa Lê Hữu Trác, dặn các mẹ giữ ấm cho trẻ."
_HANG_AT = "BS Tôn Nữ Diệu Hằng, giảng viên tại khoa Nhi, Trường Đại học Y khoa Lê Hữu Trác, dặn các mẹ giữ ấm cho trẻ."
_HANG_DEPUTY = ("BS Tôn Nữ Diệu Hằng, phó trưởng khoa Hộ sinh, Trường Đại học Y khoa Lê Hữu Trác, dặn các mẹ"
                " giữ ấm cho trẻ.")
_TRAC = "Trường Đại học Y khoa Lê Hữu Trác"


@pytest.mark.parametrize(("text", "chains"), [
    (_LUC, ["Khoa Thủy sản, Trường Đại học Nông nghiệp Hồng Lam", "Trường Đại học Nông nghiệp Hồng Lam"]),
    (_NGUYET, ["Khoa Môi trường, Trường Đại học Hồng Lam", "Trường Đại học Hồng Lam"]),
    (_HIEU, ["Bộ môn Cơ học đất, Khoa Xây dựng, Trường Đại học Kiến trúc Đông Hải",
             "Khoa Xây dựng, Trường Đại học Kiến trúc Đông Hải", "Trường Đại học Kiến trúc Đông Hải"]),
    (_TOAN, ["Bộ môn Kiểm toán, Khoa Kế toán, Học viện Ngân hàng Phương Nam", "Khoa Kế toán, Học viện Ngân hàng Phương Nam",
             "Học viện Ngân hàng Phương Nam"]),
    (_QUE, ["Khoa Sinh học ứng dụng, Trường Đại học Hồng Lam", "Trường Đại học Hồng Lam"]),
    # a member school and its university close the chain, as the school alone is named with it
    (_THIEN, ["Khoa Hải dương, Trường Đại học Kỹ nghệ Biển, Đại học Đà Nẵng",
              "Trường Đại học Kỹ nghệ Biển, Đại học Đà Nẵng", "Đại học Đà Nẵng"]),
    # a school named after a person is read whole
    (_HANG, [f"Khoa Nhi, {_TRAC}", _TRAC]),
    (_HANG_DEPUTY, [f"Khoa Hộ sinh, {_TRAC}", _TRAC]),
    # a double space after the comma
    ("TS Quách Văn Lực, giảng viên Khoa Thủy sản,  Trường Đại học Hồng Lam, khuyên bà con thả cá muộn.",
     ["Khoa Thủy sản, Trường Đại học Hồng Lam"]),
])
def test_a_school_unit_chain_is_named_whole(text, chains):
    names = extracted_body_names(text)
    for chain in chains:
        assert chain in names


@pytest.mark.parametrize(("text", "name", "expected"), [
    (_LUC, "Quách Văn Lực", {("Giảng viên", "Khoa Thủy sản, Trường Đại học Nông nghiệp Hồng Lam", "current")}),
    (_NGUYET, "Đàm Thị Nguyệt", {("Phó Trưởng khoa", "Khoa Môi trường, Trường Đại học Hồng Lam", "current")}),
    (_HIEU, "Khúc Minh Hiếu",
     {("Giảng viên", "Bộ môn Cơ học đất, Khoa Xây dựng, Trường Đại học Kiến trúc Đông Hải", "current")}),
    (_QUE, "Viên Thị Quế", {("Giảng viên", "Khoa Sinh học ứng dụng, Trường Đại học Hồng Lam", "current")}),
    (_THIEN, "Âu Văn Thiện",
     {("Giảng viên", "Khoa Hải dương, Trường Đại học Kỹ nghệ Biển, Đại học Đà Nẵng", "current")}),
    (_HANG, "Tôn Nữ Diệu Hằng", {("Trưởng khoa", f"Khoa Nhi, {_TRAC}", "current")}),
    (_HANG_AT, "Tôn Nữ Diệu Hằng", {("Giảng viên", f"Khoa Nhi, {_TRAC}", "current")}),
    (_HANG_DEPUTY, "Tôn Nữ Diệu Hằng", {("Phó Trưởng khoa", f"Khoa Hộ sinh, {_TRAC}", "current")}),
])
def test_the_office_before_a_chain_takes_it_whole(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize("text", [_HANG, _HANG_AT, _HANG_DEPUTY])
def test_a_school_s_namesake_holds_no_office(pipeline, text):
    assert not positions(pipeline, text).get("Lê Hữu Trác")


@pytest.mark.parametrize("text", [
    # the rule leaves a hospital's department after a comma out
    "Bác sĩ Kha Văn Lộc, khoa cấp cứu, Bệnh viện Vạn Xuân Mới, trấn an người nhà bệnh nhi.",
    # "khoa học": no unit
    "Ông Ninh Văn Tú, nhà khoa học, Trường Đại học Hồng Lam, mang giải về quê.",
    # a head inside a name before the comma
    "Đoàn khảo sát có Đại học Bách khoa Đông Hải, Trường Đại học Nông nghiệp Hồng Lam và ba hợp tác xã.",
    # a number in the field, a function word in it
    "Học viên khoa 4, Trường Sĩ quan Pháo binh Bắc Hà chạy việt dã.",
    "Ông Vi Văn Đạt bàn với khoa của mình, Trường Đại học Hồng Lam cũng góp ý.",
    # a lower-case unit led by no whole title: a teacher, an athlete, a student
    "Cô Mạc Thị Huyền, giáo viên bộ môn Sinh học, Trường THPT Đồi Sim, nhắc học trò ôn thi.",
    "Anh Giàng A Páo, vận động viên bộ môn bắn nỏ, Trường Đại học Thể thao Tây Bắc Mới, giật HCB.",
    "Em Lù Thị Dính, sinh viên khoa Dược, Trường Đại học Hồng Lam, nhặt được ví.",
    # a sport's "bộ môn" opening its segment
    "Tại hội khỏe mùa xuân, bộ môn cờ tướng, Trường Sĩ quan Pháo binh Bắc Hà giật HCV.",
    # two units of one head side by side: a list, no chain
    "Bà Tạ Thị Nhàn, giảng viên tại khoa Hóa, khoa Sinh, Trường Đại học Hồng Lam, phụ trách phòng thí nghiệm.",
    # a school the bodies stage cut short before a person's name
    "TS Lò Văn Thắm, giảng viên khoa Ngữ văn, Trường Đại học Sư phạm Hoàng Đình Giong, kể chuyện bản xa.",
])
def test_no_chain_off_the_form(text):
    names = extracted_body_names(text)
    assert not any(", " in n and n.split(" ", 1)[0] in ("Khoa", "Bộ") for n in names), names


def test_two_units_side_by_side_are_not_nested():
    names = extracted_body_names(
        "Bà Tạ Thị Nhàn, giảng viên tại khoa Hóa, khoa Sinh, Trường Đại học Hồng Lam, phụ trách phòng thí nghiệm.")
    assert "Khoa Hóa, Khoa Sinh, Trường Đại học Hồng Lam" not in names


def test_a_list_after_the_school_is_no_member_school():
    names = extracted_body_names("Ông Khổng Văn Lợi, giảng viên khoa Dược, Trường Cao đẳng Y tế Sơn Tây Mới, Đại học"
                                 " Thủy lợi và Học viện Tài chính ký biên bản hợp tác.")
    assert not any("Mới, Đại học" in n for n in names), names


def test_a_cut_school_s_namesake_holds_no_office(pipeline):
    found = positions(pipeline, "TS Lò Văn Thắm, giảng viên khoa Ngữ văn, Trường Đại học Sư phạm Hoàng Đình Giong,"
                                " kể chuyện bản xa.")
    assert not found.get("Hoàng Đình Giong")


def test_at_before_a_bare_school_names_no_office(pipeline):
    found = positions(pipeline, "Bà Mông Thị Thắm đang là giảng viên tại Trường Sư phạm Hồng Lam.")
    assert found.get("Mông Thị Thắm", set()) == set()
