"""Bodies: the Fatherland Front printed short with a bare level word below a province's ("MTTQ phường",
"Mặt trận Tổ quốc Việt Nam xã") is the local Front committee of the one place of that level the article names,
never the national Front (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, positions

LOCAL = "Ủy ban Mặt trận Tổ quốc Việt Nam "
NATIONAL = "Mặt trận Tổ quốc Việt Nam"


@pytest.mark.parametrize("text, body", [
    ("Phường Tân Định lát lại vỉa hè. MTTQ phường giám sát việc thi công.", "phường Tân Định"),
    ("Xã Cam Thủy có thêm hai cây cầu. MTTQ xã đã gom các kiến nghị của bà con.", "xã Cam Thủy"),
    ("Xã Cam Thủy có thêm hai cây cầu. MTTQ Việt Nam xã phối hợp với các đoàn thể.", "xã Cam Thủy"),
    ("Xã Cam Thủy có thêm hai cây cầu. Mặt trận Tổ quốc xã nhận thêm nhiều phần quà.", "xã Cam Thủy"),
    ("Thị trấn Ngô Đồng trồng thêm cây xanh. MTTQ thị trấn vận động từng hộ gia đình.", "thị trấn Ngô Đồng"),
    ("Người dân phường Hòa Khánh hiến đất làm đường. Thời gian tới, MTTQ phường sẽ tiếp tục vận động.",
     "phường Hòa Khánh"),
    # two communes: the one its sentence names before it
    ("Xã An Lạc giúp xã Bình Minh. Tại xã Bình Minh, MTTQ xã trao quà cho hộ nghèo.", "xã Bình Minh"),
])
def test_the_front_with_a_bare_level_word_is_the_local_committee(text, body):
    names = body_names(text)
    assert LOCAL + body in names
    assert NATIONAL not in names


@pytest.mark.parametrize("text", [
    # two communes, none in the sentence before it
    "Xã An Lạc và xã Bình Minh cùng làm đường. MTTQ xã phát biểu ý kiến.",
    # no commune named at all
    "Con đường làng đã được bê tông hóa. MTTQ xã vận động người dân giữ gìn vệ sinh.",
    # communes in general
    "Xã An Lạc làm đường. MTTQ các xã cùng phát động phong trào.",
    "Xã An Lạc làm đường. MTTQ cấp xã được kiện toàn lại trong tháng này.",
])
def test_no_place_for_several_places_a_class_or_none(text):
    assert not any(n.startswith(LOCAL + "xã ") for n in body_names(text))


@pytest.mark.parametrize("text, body", [
    # the national Front, printed whole or as its central committee, stays national
    ("Xã An Lạc làm đường. MTTQ Việt Nam luôn đồng hành với người nghèo.", NATIONAL),
    ("Xã An Lạc làm đường. Ủy ban Trung ương MTTQ Việt Nam gửi thư khen.",
     "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
    # a province's committee printed with its province keeps it
    ("Tỉnh Quảng Trị khen xã An Lạc. Ủy ban MTTQ Việt Nam tỉnh Quảng Trị trao bằng khen.",
     LOCAL + "tỉnh Quảng Trị"),
])
def test_the_national_front_and_a_province_committee_are_kept(text, body):
    names = body_names(text)
    assert body in names
    assert not any(n.startswith(LOCAL + "xã ") for n in names)


@pytest.mark.parametrize("text, body", [
    # the place printed after the level word: that place's committee, expanded
    ("Phường Hòa Khánh làm đường. MTTQ Việt Nam phường Hòa Khánh cử người giám sát.", "phường Hòa Khánh"),
    ("Xã Hòa Phong làm đường. MTTQ Việt Nam xã Tân Lập cử người đến học tập.", "xã Tân Lập"),
    ("Phường Hòa Khánh làm đường. Mặt trận Tổ quốc Việt Nam phường Hòa Minh cử người giám sát.", "phường Hòa Minh"),
    ("Người dân góp ý. MTTQ xã Cam Thủy tiếp nhận mọi kiến nghị.", "xã Cam Thủy"),
    ("Huyện Lục Yên làm đường. Mặt trận Tổ quốc Việt Nam huyện Lục Yên cử người giám sát.", "huyện Lục Yên"),
])
def test_the_front_with_a_named_place_is_that_committee(text, body):
    names = body_names(text)
    assert LOCAL + body in names
    assert NATIONAL not in names


def test_two_named_committees_in_one_sentence():
    names = body_names("Xã Hòa Phong làm đường. MTTQ Việt Nam xã Tân Lập và MTTQ xã Minh Quang ký kết giao ước.")
    assert LOCAL + "xã Tân Lập" in names and LOCAL + "xã Minh Quang" in names
    names = body_names("Phường Hòa Khánh làm đường. MTTQ phường Hòa Khánh và MTTQ phường Hòa Minh ký giao ước.")
    assert LOCAL + "phường Hòa Khánh" in names and LOCAL + "phường Hòa Minh" in names


def test_another_ward_in_the_same_sentence_pins_todays_reading():
    # a bare "MTTQ phường" after two wards named in its sentence takes none of them
    names = body_names("Phường Hòa Khánh làm đường. Phường Hòa Minh giúp phường Hòa Khánh, MTTQ phường trao quà.")
    assert not any(n.startswith(LOCAL + "phường ") for n in names)
    assert NATIONAL not in names


def test_a_holders_name_after_the_level_word_is_not_a_place():
    names = body_names("Phường Hòa Khánh làm đường. Chủ tịch MTTQ phường Trần Văn Lâm phát biểu.")
    assert LOCAL + "phường Trần Văn Lâm" not in names
    assert NATIONAL not in names


@pytest.mark.parametrize("text, body", [
    # a ward named after a person, printed as a place earlier in the article
    ("Người dân phường Hoàng Văn Thụ dọn sạch kênh. Mặt trận Tổ quốc Việt Nam phường Hoàng Văn Thụ khen thưởng.",
     "phường Hoàng Văn Thụ"),
    ("Phường Lê Đại Hành trồng cây. Chủ tịch MTTQ phường Lê Đại Hành cảm ơn các hộ dân.", "phường Lê Đại Hành"),
    # no title before the organ: the run has no holder, it is the place
    ("Quận Hai Bà Trưng ra quân. MTTQ phường Trần Hưng Đạo kêu gọi các hộ góp sức.", "phường Trần Hưng Đạo"),
    ("Quận Hai Bà Trưng ra quân. MTTQ Việt Nam phường Lê Đại Hành kêu gọi các hộ góp sức.", "phường Lê Đại Hành"),
    ("Thị xã Sơn Tây ra quân. MTTQ xã Nguyễn Trãi vận động bà con.", "xã Nguyễn Trãi"),
])
def test_a_ward_named_after_a_person_is_the_place(text, body):
    names = body_names(text)
    assert LOCAL + body in names
    assert NATIONAL not in names


def test_two_wards_named_after_persons_in_one_sentence():
    names = body_names("Quận Hoàn Kiếm ra quân. MTTQ phường Phan Chu Trinh cùng MTTQ phường Nguyễn Du nhặt rác.")
    assert LOCAL + "phường Phan Chu Trinh" in names and LOCAL + "phường Nguyễn Du" in names


@pytest.mark.parametrize("text", [
    # a title before the organ and the run printed nowhere else as a place: its holder, unread as before
    "Phường Hòa Khánh làm đường. Phó Chủ tịch MTTQ phường Trần Thị Mai góp ý.",
    "Phường Hòa Khánh làm đường. Chủ tịch MTTQ Việt Nam phường Lê Văn Tám góp ý.",
    "Phường Yên Sở họp dân. Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam phường Lương Thị Hà cho biết thêm.",
    "Phường Yên Sở họp dân. Chủ tịch UB MTTQ phường Lương Văn Minh tiếp thu ý kiến.",
    # the same run printed elsewhere only after an organ (a title's holder twice) is no place either
    "Phường Hòa Khánh làm đường. Chủ tịch MTTQ phường Trần Văn Lâm góp ý. UBND phường Trần Văn Lâm nhận lời.",
])
def test_a_holder_after_the_level_word_stays_unread(text):
    names = body_names(text)
    assert not any(n.startswith(LOCAL + "phường ") for n in names)
    assert NATIONAL not in names


@pytest.mark.parametrize("text, name", [
    # an organ with a bare level word and its holder's name after it takes no other ward's place (pins)
    ("Quận Hoàng Mai có phường Tương Mai. Chủ tịch UBND phường Hoàng Văn Thụ phát biểu ở hội nghị.", "Hoàng Văn Thụ"),
    ("Phường Tân Mai họp dân. Ông Phạm Văn Hùng, Chủ tịch UBND phường Trần Quốc Toản trả lời cử tri.", "Trần Quốc Toản"),
])
def test_an_organ_before_a_name_takes_no_other_place(pipeline, text, name):
    assert not any(n.startswith("Ủy ban nhân dân phường T") for n in body_names(text))
    held = positions(pipeline, text).get(name, [])
    assert not any(b and b.startswith("Ủy ban nhân dân phường T") for _t, b, _s in held)


def test_mat_tran_with_a_bare_level_word_is_left_as_is():
    # "Mặt trận phường" (no "Tổ quốc") is not read as a body today
    names = body_names("Phường Hòa Khánh làm đường. Mặt trận phường vận động bà con góp sức.")
    assert NATIONAL not in names
