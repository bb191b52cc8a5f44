"""Bodies: "Y" (medicine) in a school's or hospital's name is no one-letter surname of a person's name: "Trường
Đại học Y Hà Nội", "Bệnh viện Đại học Y Dược TP.HCM"; a Central Highlands name after a body still ends it
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Trường Đại học Y Hà Nội và Bệnh viện Bạch Mai phối hợp đào tạo.", "Trường Đại học Y Hà Nội"),
    ("Bệnh nhân được đưa đến Bệnh viện Đại học Y Hà Nội cấp cứu.", "Bệnh viện Đại học Y Hà Nội"),
    ("Bệnh viện Đại học Y Dược TP.HCM tiếp nhận bệnh nhân.", "Bệnh viện Đại học Y Dược Thành phố Hồ Chí Minh"),
    ("Trường Đại học Y Dược Cần Thơ tuyển sinh thêm ngành mới.", "Trường Đại học Y Dược Cần Thơ"),
])
def test_medicine_in_a_name(text, body):
    assert body in extracted_body_names(text)


def test_a_central_highlands_name_after_the_body_ends_it():
    assert extracted_body_names("Giám đốc Sở Y tế tỉnh Đắk Lắk Y Biêr Niê cho biết.") == ["Sở Y tế tỉnh Đắk Lắk"]
