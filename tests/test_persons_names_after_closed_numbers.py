"""A bare name after a number that a bracket, a semicolon or a percent sign closes (constructed sentences): the
list of suspects 'A (sinh năm 2001); B, C (cùng sinh năm 2003); D (sinh năm 2004)' names four persons; an
address number printed right before a street named after a person ('số 26 Nguyễn Chí Thanh', 'số 12, Trần
Quang Khải') still names none."""

from __future__ import annotations

from conftest import person_names


def test_suspects_listed_with_their_years_of_birth(pipeline):
    text = ("Công an xác định 5 đối tượng gồm: Lò Văn Khải (sinh năm 2001); Mạc Tuấn Anh, Đinh Quốc Huy "
            "(cùng sinh năm 2003); Tạ Tuấn Kiệt (sinh năm 2004), cùng trú tại xã Yên Phong.")
    assert person_names(pipeline, text) == {"Lò Văn Khải", "Mạc Tuấn Anh", "Đinh Quốc Huy", "Tạ Tuấn Kiệt"}


def test_suspects_listed_with_their_ages(pipeline):
    # a regression guard: an age word, no digit, comes before each name; _closed_number must leave them
    text = "Các bị can gồm Kiều Văn Lộc (35 tuổi); Quách Tuấn Kiệt (29 tuổi) và Lò Thị Hoa (41 tuổi)."
    assert person_names(pipeline, text) == {"Kiều Văn Lộc", "Quách Tuấn Kiệt", "Lò Thị Hoa"}


def test_a_name_after_a_percentage(pipeline):
    assert person_names(pipeline, "Giá vàng tăng 2%, Đỗ Minh Phú cho biết.") == {"Đỗ Minh Phú"}


def test_a_name_after_a_score_and_a_semicolon(pipeline):
    assert person_names(pipeline, "Đội bóng thắng 3-1; Nguyễn Quang Hải ghi hai bàn.") == {"Nguyễn Quang Hải"}


def test_near_misses_addresses_name_no_person(pipeline):
    for text in (
        "Cửa hàng ở số 26 Nguyễn Chí Thanh bị phạt 40 triệu đồng.",  # business: an address
        "Nhà số 12, Trần Quang Khải bị cháy lúc rạng sáng.",  # crime: a house number and a comma
        "Trụ sở: 45 - Nguyễn Văn Cừ, quận 5.",
        "Căn hộ tầng 12A, Lê Văn Lương có giá cao.",
        "Gần Km 12+500 Nguyễn Văn Linh xảy ra tai nạn.",
        "Lượng mưa đo tại trạm số 3 Lê Văn Sỹ vượt 100 mm.",  # weather
    ):
        assert person_names(pipeline, text) == set(), text


def test_near_misses_a_bracketed_address_part_names_no_person(pipeline):
    for text, street in (
        ("Người này trú tại số 12 (tổ 5) Trần Văn Cừ, phường Bồ Đề.", "Trần Văn Cừ"),  # crime: a residence
        ("Quán ăn ở số 8 (ngách 12/3) Lý Trọng Tấn bị phạt.", "Lý Trọng Tấn"),  # business
        ("Cửa hàng số 25 (ngõ 10) Đinh Duy Hưng đóng cửa.", "Đinh Duy Hưng"),
        ("Nhà số 7 (xóm 3) Hoàng Hoa Thiện bị cháy.", "Hoàng Hoa Thiện"),
        ("Đông Sơn thắng 2-1 (hiệp một 1-0); Hoàng Anh Bình Lai hòa 0-0.", "Hoàng Anh Bình Lai"),  # sport
    ):
        assert street not in person_names(pipeline, text), text


def test_a_bracket_of_a_residence_closes_the_number(pipeline):
    text = "Bị can Lò Văn Sang (trú xã Yên Lạc, sinh năm 1990); Mạc Thị Hương cũng bị bắt."
    assert {"Lò Văn Sang", "Mạc Thị Hương"} <= person_names(pipeline, text)
