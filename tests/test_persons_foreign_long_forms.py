"""A foreign name printed in full once with no title before it, then by one of its words after an honorific
(constructed sentences, invented names): "Yahya Karim, chỉ huy quân sự ..." and later "ông Karim" name the
person Yahya Karim; so does a full name with no appositive whose last word is the short one ("... là Tomas
Ekberg." then "ông Ekberg"), also with a place printed before it ("người Canada Owen Pritchard"). Two full names
holding the word, a street before it, or a word after the short form with no appositive ("Ekberg Square") leave
the short name alone."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Tòa án ra lệnh bắt Yahya Karim, chỉ huy quân sự của nhóm vũ trang. Quân đội tuyên bố đã tiêu diệt ông "
     "Karim hồi tháng 7.", "Yahya Karim", "Karim"),
    ("Đoàn người được dẫn đầu bởi Somchai Thongpradit, lãnh đạo cấp tỉnh của phong trào. \"Chúng tôi sẽ ở lại\" - "
     "ông Somchai cho biết.", "Somchai Thongpradit", "Somchai"),
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
    ("Ông Rafael Ignacio Suárez Montoya phát biểu tại thủ đô. Ông Suárez cho biết sẽ tiếp tục.",
     "Rafael Ignacio Suárez Montoya"),
])
def test_a_first_family_name_alone_is_the_full_name(pipeline, text, full):
    """"ông Serrat" beside "Miquel Serrat Vidal": a family name printed before a second one, alone."""
    assert person_names(pipeline, text) == {full}


def test_a_family_name_two_full_names_hold_is_left_alone(pipeline):
    text = "Ông Juan García Lopez gặp ông Pedro García Ruiz. Ông García phát biểu."
    assert "Juan García Lopez" in person_names(pipeline, text)
    assert "Pedro García Ruiz" in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "full", "short"), [
    # no appositive: the short form is the full name's last word
    ("Người phụ trách công trình này là Tomas Ekberg. Theo ông Ekberg, cây cầu sẽ thông xe vào mùa thu.",
     "Tomas Ekberg", "Ekberg"),
    # a country printed before the full name
    ("Kỹ sư người Canada Owen Pritchard kể lại chuyến khảo sát. Ông Pritchard nói đoàn đã đi bộ ba ngày.",
     "Owen Pritchard", "Pritchard"),
    ("Huấn luyện viên Hà Lan Joost Verbeek hài lòng với các học trò. Ông Verbeek muốn đội chơi tấn công hơn.",
     "Joost Verbeek", "Verbeek"),
])
def test_a_full_name_without_appositive_replaces_the_short_one(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert full in names and short not in names


@pytest.mark.parametrize(("text", "wrong"), [
    # a word after the short form, no appositive: a brand, not a given name
    ("Ông Ekberg đến dự lễ. Trung tâm thương mại Ekberg Square khai trương tuần sau.", "Ekberg Square"),
    # two full names share the family name: the short one is neither
    ("Ông Ekberg phát biểu. Người dẫn đầu là Tomas Ekberg và người theo sau là Lena Ekberg.", "Tomas Ekberg"),
    # a Vietnamese-looking word before the short name is no given name
    ("Ông Ekberg phát biểu. Nhóm Hoàng Long Ekberg hát mở màn.", "Long Ekberg"),
])
def test_near_misses_stay_short(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)
