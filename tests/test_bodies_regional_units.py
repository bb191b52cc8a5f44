"""The regional units of 2025 (courts, procuracies, civil judgment enforcement, tax and customs): read whole with
their region's number and the place printed after a dash ("Tòa án nhân dân khu vực 3 - TP.HCM", "VKSND khu vực 1 -
Hà Nội", "Phòng THADS Khu vực 2 - tỉnh Đồng Nai"), abbreviations spelled out; a region without its number, or
after a head that takes no region, is no body (region_word rows; constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Tòa án nhân dân khu vực 3 - TP.HCM đã xét xử vụ án.", "Tòa án nhân dân khu vực 3 - Thành phố Hồ Chí Minh"),
    ("TAND Khu vực 7 - TP.HCM tuyên phạt bị cáo 5 năm tù.", "Tòa án nhân dân Khu vực 7 - Thành phố Hồ Chí Minh"),
    ("Viện Kiểm sát nhân dân khu vực 1 - Hà Nội đã phê chuẩn quyết định.",
     "Viện kiểm sát nhân dân khu vực 1 - thành phố Hà Nội"),
    ("VKSND khu vực 12 - Hà Nội đã phê chuẩn quyết định.", "Viện kiểm sát nhân dân khu vực 12 - thành phố Hà Nội"),
    ("Ông A, Chánh án TAND khu vực 1 - Lâm Đồng, cho biết.", "Tòa án nhân dân khu vực 1 - tỉnh Lâm Đồng"),
    ("Phòng THADS Khu vực 1 - TP.HCM có trụ sở tại phường Sài Gòn.",
     "Phòng Thi hành án dân sự Khu vực 1 - Thành phố Hồ Chí Minh"),
    ("Phòng Thi hành án dân sự khu vực 2 - tỉnh Đồng Nai đã cưỡng chế.",
     "Phòng Thi hành án dân sự khu vực 2 - tỉnh Đồng Nai"),
    ("Theo TAND khu vực 3, bị cáo đã bị phạt.", "Tòa án nhân dân khu vực 3"),
    ("Chi cục Thuế khu vực XV cho biết đã thu 200 tỉ đồng.", "Chi cục Thuế khu vực XV"),
])
def test_a_regional_unit_is_read_with_its_number_and_place(text, body):
    assert body in body_names(text)
    assert body in extracted_body_names(text)


def test_two_regional_units_in_one_sentence():
    names = body_names("Tòa án nhân dân khu vực 12 - Hà Nội và VKSND khu vực 12 - Hà Nội đã làm việc.")
    assert names == ["Tòa án nhân dân khu vực 12 - thành phố Hà Nội",
                     "Viện kiểm sát nhân dân khu vực 12 - thành phố Hà Nội"]


@pytest.mark.parametrize("text", [
    "Tòa án nhân dân khu vực đã xét xử.",
    "Tòa án nhân dân các khu vực đã xét xử.",
    "Công an khu vực 2 đã vào cuộc.",
])
def test_a_region_without_number_or_after_another_head_is_no_body(text):
    assert body_names(text) == []


def test_a_dash_before_no_place_is_left_out():
    assert body_names("TAND khu vực 3 - nơi xét xử vụ án - đã mở phiên tòa.") == ["Tòa án nhân dân khu vực 3"]
