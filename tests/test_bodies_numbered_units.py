"""Units known by their number ("Đội ... số 2", "Đoàn kiểm tra số 05", "Đoàn địa chất 20"): the heads "Đội" and
"Đoàn" name a body only with a number at the end, their name may start in lower case; a team, a delegation or a
quantity is none (proper_head rows "numbered"; constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Anh Quý là cán bộ Đội kiểm lâm cơ động và phòng cháy, chữa cháy rừng số 2 thuộc Chi cục Kiểm lâm.",
     "Đội kiểm lâm cơ động và phòng cháy, chữa cháy rừng số 2"),
    ("Anh là nhân viên Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng số 2, thuộc Chi cục.",
     "Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng số 2"),
    ("Đoàn Kiểm tra số 05 đã làm việc với tỉnh.", "Đoàn Kiểm tra số 05"),
    ("Ông từng công tác tại Đoàn địa chất 20 và Đội địa chất 4.", "Đoàn địa chất 20"),
    ("Ông từng công tác tại Đoàn địa chất 20 và Đội địa chất 4.", "Đội địa chất 4"),
])
def test_a_unit_with_its_number_is_a_body(text, body):
    assert body in body_names(text)
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Đội tuyển Việt Nam thắng 2 trận.",
    "Đoàn công tác của tỉnh đến thăm.",
    "Đoàn 500 người dự lễ khai mạc.",
    "Đội Kiểm lâm đã vào cuộc.",
])
def test_a_team_a_delegation_or_a_quantity_is_no_unit(text):
    assert body_names(text) == []
    assert extracted_body_names(text) == []
