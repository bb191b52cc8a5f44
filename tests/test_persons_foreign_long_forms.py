"""A foreign name printed in full once with no title before it, then by one of its words after an honorific
(constructed sentences): "Mohammed Deif, lãnh đạo quân sự ..." and later "ông Deif" name the person Mohammed
Deif; two full names holding the word, a place before it, no appositive after it leave the short name alone."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Tòa án ra lệnh bắt Yahya Karim, chỉ huy quân sự của nhóm vũ trang. Quân đội tuyên bố đã tiêu diệt ông "
     "Karim hồi tháng 7.", "Yahya Karim", "Karim"),
    ("Đoàn người được dẫn đầu bởi Somchai Wongsawat, lãnh đạo cấp tỉnh của phong trào. \"Chúng tôi sẽ ở lại\" - "
     "ông Somchai cho biết.", "Somchai Wongsawat", "Somchai"),
    ("Bà Ingrid cho biết sẽ tái tranh cử. Ingrid Halvorsen, cựu nghị sĩ đảng Xanh, đã rời nhiệm sở năm ngoái.",
     "Ingrid Halvorsen", "Ingrid"),
])
def test_the_short_form_finds_the_full_name(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert full in names and short not in names


@pytest.mark.parametrize(("text", "absent"), [
    # two full names hold the short word: no telling which
    ("Ông Karim phát biểu. Yahya Karim, chỉ huy quân sự, và Omar Karim, người em họ, cùng có mặt.",
     {"Yahya Karim", "Omar Karim"}),
    # no appositive after a pair whose second word is not the short form: a brand, not a name
    ("Ông Karim phát biểu. Nhiều người ở tại Karim Yahya trong dịp lễ.", {"Karim Yahya"}),
    # a street before the pair
    ("Ông Karim đến. Khách sạn nằm trên đường Avenue Karim, gần trung tâm.", {"Avenue Karim"}),
    # a word Vietnamese spells is no foreign short form
    ("Ông Minh phát biểu. Tom Minh, một du khách, cho biết.", {"Tom Minh"}),
])
def test_no_full_name_without_one_clear_pair(pipeline, text, absent):
    assert not person_names(pipeline, text) & absent


@pytest.mark.parametrize(("text", "full"), [
    ("Ông Miquel Serrat Vidal, đại diện cấp cao của EU, kêu gọi tuân thủ. Ông Serrat khẳng định như vậy.",
     "Miquel Serrat Vidal"),
    ("Ông Andrés Manuel López Obrador phát biểu tại thủ đô. Ông López cho biết sẽ tiếp tục.",
     "Andrés Manuel López Obrador"),
])
def test_a_first_family_name_alone_is_the_full_name(pipeline, text, full):
    """"ông Serrat" beside "Miquel Serrat Vidal": a family name printed before a second one, alone."""
    assert person_names(pipeline, text) == {full}


def test_a_family_name_two_full_names_hold_is_left_alone(pipeline):
    text = "Ông Juan García Lopez gặp ông Pedro García Ruiz. Ông García phát biểu."
    assert "Juan García Lopez" in person_names(pipeline, text)
    assert "Pedro García Ruiz" in person_names(pipeline, text)
