"""Bodies whose names list their fields, the last joined by "và" ("Viện Chiến lược, Chính sách Nông nghiệp và
Môi trường", "Bộ Kinh tế, Kế hoạch và Phát triển Cộng hòa Dominica") stay whole; a list of bodies, places or
persons does not become one name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Phó Viện trưởng Viện Chiến lược, Chính sách Nông nghiệp và Môi trường cho rằng giá đất cao.",
     "Viện Chiến lược, Chính sách Nông nghiệp và Môi trường"),
    ("Ông Pavel Isa, bộ trưởng Bộ Kinh tế, Kế hoạch và Phát triển Cộng hòa Dominica, cho biết.",
     "Bộ Kinh tế, Kế hoạch và Phát triển Cộng hòa Dominica"),
    ("Viện Kinh tế, Chính trị và Ngoại giao vừa ra mắt.", "Viện Kinh tế, Chính trị và Ngoại giao"),
    ("Bộ Giáo dục, Thanh niên và Thể thao Campuchia cho biết.", "Bộ Giáo dục, Thanh niên và Thể thao Campuchia"),
])
def test_a_name_listing_its_fields_stays_whole(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, parts", [
    ("Bộ Tài chính, Bộ Công Thương và Bộ Xây dựng phối hợp.", ["Bộ Tài chính", "Bộ Công Thương", "Bộ Xây dựng"]),
    ("Bộ Tài chính, Quốc hội và Chính phủ cùng xem xét.", ["Bộ Tài chính", "Quốc hội", "Chính phủ"]),
    ("Bộ Y tế, Hà Nội và TP.HCM phối hợp chống dịch.", ["Bộ Y tế"]),
    ("Viện Nghiên cứu, Đào Văn Tú và Lê Văn Hòa ký kết.", ["Viện Nghiên cứu"]),
])
def test_a_list_of_bodies_or_places_stays_apart(text, parts):
    got = extracted_body_names(text)
    assert all(p in got for p in parts) and not any("," in n for n in got)
