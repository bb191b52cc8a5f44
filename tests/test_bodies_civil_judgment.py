"""Bodies: civil judgment enforcement (thi hành án dân sự), printed "THADS": the abbreviation spelled out in a
unit's name, and the provincial body of 2025 named by its field and place alone ("Thi hành án dân sự TP.HCM");
after a unit head ("Chi cục", "Cục", "Phòng") the field is that unit's own words."""

from __future__ import annotations

from conftest import body_names


def test_the_abbreviation_is_spelled_out_in_a_unit_name() -> None:
    assert body_names("Cục Quản lý THADS đã ban hành hướng dẫn.") == ["Cục Quản lý Thi hành án dân sự"]
    assert body_names("Phòng THADS khu vực 3 có trụ sở tại phường Bến Thành.") == [
        "Phòng Thi hành án dân sự khu vực 3"]


def test_the_field_and_a_place_name_the_provincial_body() -> None:
    assert body_names("Thi hành án dân sự TP.HCM có tư cách pháp nhân.") == [
        "Thi hành án dân sự Thành phố Hồ Chí Minh"]
    assert body_names("THADS tỉnh Đồng Nai cho biết đã thu hồi 20 tỉ đồng.") == [
        "Thi hành án dân sự tỉnh Đồng Nai"]
    assert body_names("Trưởng Thi hành án dân sự tỉnh Nghệ An ký quyết định.") == [
        "Thi hành án dân sự tỉnh Nghệ An"]


def test_after_a_unit_head_the_field_is_the_units_own_words() -> None:
    assert body_names("Chi cục Thi hành án dân sự huyện Gia Lâm đã cưỡng chế.") == [
        "Chi cục Thi hành án dân sự huyện Gia Lâm"]
    assert body_names("Ông A, Cục trưởng Cục Thi hành án dân sự tỉnh Nghệ An, cho biết.") == [
        "Cục Thi hành án dân sự tỉnh Nghệ An"]


def test_a_law_of_the_field_names_no_body() -> None:
    assert body_names("Theo Luật Thi hành án dân sự năm 2008, người phải thi hành án phải nộp tiền.") == []
