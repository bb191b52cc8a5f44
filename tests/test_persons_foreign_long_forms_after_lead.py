"""A foreign name printed in full once, right after Vietnamese capitalized words (a body, a country, a people),
then by its last word after an honorific (constructed sentences, invented names): "Trưởng đoàn Liên Hiệp Quốc
Dorian Welk ... ông Welk", "giáo sĩ Do Thái Avram Teller ... ông Teller" name the person in full; words written
with Vietnamese tone marks are no part of a foreign name. Three foreign words after such a lead too ("nhà phân
tích Nga Marisol Vega Quintana"). A brand or a place word among the foreign ones, or a given name Vietnamese
could spell, leaves the short name alone."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Trưởng đoàn đàm phán Liên Hiệp Quốc Dorian Welk thừa nhận văn kiện chưa đầy đủ. \"Chưa thể vui mừng\", "
     "ông Welk nói.", "Dorian Welk", "Welk"),
    ("Cảnh sát đã bắt hai nghi phạm trong vụ giáo sĩ Do Thái Avram Teller mất tích hôm thứ năm. Ông Teller sống "
     "ở ngoại ô thành phố.", "Avram Teller", "Teller"),
    ("Theo nhà phân tích về an ninh Nga Marisol Vega Quintana tại một viện nghiên cứu ở Washington, học thuyết mới "
     "mang tính răn đe. Tuy nhiên, bà Quintana cho rằng rủi ro vẫn cao.", "Marisol Vega Quintana", "Quintana"),
])
def test_the_short_form_finds_the_full_name_after_a_vietnamese_lead(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert full in names and short not in names


@pytest.mark.parametrize(("text", "absent"), [
    # an organization's word among the foreign ones: a firm named after its founder
    ("Đại diện Tập đoàn Bình Minh Harlow Holdings có mặt tại buổi lễ. Ông Holdings không phát biểu.",
     {"Harlow Holdings", "Bình Minh Harlow Holdings"}),
    # a given name Vietnamese could spell: no telling it from a Vietnamese word
    ("Đoàn Liên Hiệp Quốc Minh Welk đến thăm tỉnh. Ông Welk trao quà cho các em.", {"Minh Welk"}),
])
def test_no_full_name_after_a_vietnamese_lead_without_a_clear_one(pipeline, text, absent):
    assert not person_names(pipeline, text) & absent
