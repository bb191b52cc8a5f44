"""A commune's party committee in a chain of offices (constructed sentences): a bare "Đảng ủy", or its standing
board, printed before an office of the commune's Front committee, police or government is the commune's committee
("Đảng ủy xã X"), never the unit's; "Ủy viên Thường vụ Đảng ủy xã X" is an Ủy viên of its Ban Thường vụ; and the
commune committee a position resolves to is one of the article's bodies. Provincial chains, a party committee printed
whole with its organ, and other committees' standing members are unchanged."""

from __future__ import annotations

import pytest

from conftest import positions


def _bodies(pipeline, text: str) -> list[str]:
    return [b.name for b in pipeline(text, disable=["nq_tasks", "nq_meetings"])._.bodies or []]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Dự buổi gặp mặt có bà Hà Thị Lan – Ủy viên Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Mai.",
     "Hà Thị Lan", ("Ủy viên", "Ban Thường vụ Đảng ủy phường Tân Mai", "current")),
    ("Ông Vi Văn Khánh, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Bản Lầu, trao quà.",
     "Vi Văn Khánh", ("Ủy viên", "Ban Thường vụ Đảng ủy xã Bản Lầu", "current")),
    ("Ông Lò Văn Sơn – Ủy viên Thường vụ Đảng ủy, Trưởng Công an xã Mường Khương kiểm tra địa bàn.",
     "Lò Văn Sơn", ("Ủy viên", "Ban Thường vụ Đảng ủy xã Mường Khương", "current")),
    ("Bà Nông Thị Hạnh, Ủy viên Thường vụ Đảng ủy, Phó Chủ tịch UBND phường Hòa Khánh, đã trả lời cử tri.",
     "Nông Thị Hạnh", ("Ủy viên", "Ban Thường vụ Đảng ủy phường Hòa Khánh", "current")),
    ("Ông Đinh Văn Phúc, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã Quang Kim, đã trả lời cử tri.",
     "Đinh Văn Phúc", ("Ủy viên", "Ban Thường vụ Đảng ủy xã Quang Kim", "current")),
    ("Ông Trịnh Văn Lộc, Ủy viên Thường vụ Đảng ủy xã Yên Thành, nói về việc dồn điền.",
     "Trịnh Văn Lộc", ("Ủy viên", "Ban Thường vụ Đảng ủy xã Yên Thành", "current")),
    ("Ông Mai Văn Tú, Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Phố Lu, chủ trì hội nghị.",
     "Mai Văn Tú", ("Bí thư", "Đảng ủy thị trấn Phố Lu", "current")),
])
def test_a_commune_committee_before_a_unit_without_one_is_the_communes(pipeline, text, name, expected):
    held = positions(pipeline, text)[name]
    assert expected in held
    assert not any(body and "Đảng ủy Ủy ban" in body for _t, body, _s in held)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a provincial chain: as before
    ("Ông Lê Quốc Bảo, Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Trị, phát biểu.",
     "Lê Quốc Bảo", ("Ủy viên Thường vụ", "Tỉnh ủy Quảng Trị", "current")),
    ("Ông Lê Quốc Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Trị, phát biểu.",
     "Lê Quốc Bảo", ("Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Trị", "current")),
    # a party committee printed whole with the organ it belongs to
    ("Ông Phan Đức Hải, Ủy viên Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Hà Tĩnh, dự họp.",
     "Phan Đức Hải", ("Ủy viên Thường vụ", "Đảng ủy Ủy ban nhân dân tỉnh Hà Tĩnh", "current")),
    # another committee's standing member keeps the title as printed
    ("Ông Phan Đức Hải, Ủy viên Thường vụ Đảng ủy Quân sự tỉnh Hà Tĩnh, dự họp.",
     "Phan Đức Hải", ("Ủy viên Thường vụ", "Đảng ủy Quân sự tỉnh Hà Tĩnh", "current")),
    ("Đại tá Trần Minh Quân, Ủy viên Thường vụ Đảng ủy Công an tỉnh Hà Tĩnh, dự họp.",
     "Trần Minh Quân", ("Ủy viên Thường vụ", "Đảng ủy Công an tỉnh Hà Tĩnh", "current")),
    ("Ông Phan Đức Hải, Bí thư Đảng ủy, Giám đốc Sở Tài chính tỉnh Hà Tĩnh, dự họp.",
     "Phan Đức Hải", ("Bí thư", "Đảng ủy Sở Tài chính tỉnh Hà Tĩnh", "current")),
])
def test_other_committees_are_unchanged(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "body"), [
    ("Ông Mai Văn Tú, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Hưng, chủ trì hội nghị.", "Đảng ủy xã Tân Hưng"),
    ("Bà Hà Thị Lan – Ủy viên Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Mai thăm các hộ dân.",
     "Ban Thường vụ Đảng ủy phường Tân Mai"),
    ("Ông Vi Văn Khánh, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND xã Bản Lầu, trao quà.",
     "Ban Thường vụ Đảng ủy xã Bản Lầu"),
])
def test_a_commune_committee_held_is_a_body(pipeline, text, body):
    assert body in _bodies(pipeline, text)


@pytest.mark.parametrize(("text", "missing"), [
    # a bare committee with no place, a country, the Government: no such body added
    ("Ông Phạm Văn Đông, Phó Bí thư Thường trực Đảng ủy, cho biết kết quả.", "Đảng ủy"),
    ("Thủ tướng Lê Minh Hùng chủ trì phiên họp.", "Chính phủ"),
    ("Bộ trưởng Ngoại giao Pháp Jean Martin cho biết.", "Pháp"),
    # a Front committee of a province keeps its own reading, no commune committee made of it
    ("Ông Mai Văn Tú, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lào Cai, phát biểu.",
     "Ban Thường vụ Đảng ủy tỉnh Lào Cai"),
])
def test_near_misses_list_no_committee(pipeline, text, missing):
    assert missing not in _bodies(pipeline, text)


def test_the_committee_vocabulary_is_data():
    """The standing member's title and the commune committees come from person_context.tsv rows
    (standing_title, listed_organ, level_committee), none written in the code."""
    from nqextract.extract.persons.rules import PersonRules

    rules = PersonRules()
    assert rules.standing_titles["ủy viên thường vụ"] == ("Ủy viên", "Ban Thường vụ")
    assert "Ban Thường vụ" in rules.listed_organs
    assert rules.level_committees["phường"] == "Đảng ủy phường"


@pytest.mark.parametrize(("text", "name", "expected", "body"), [
    # a ward named by its number is a place as a named one is
    ("Ông Đặng Văn Quý, Ủy viên Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường 7, quận 3, đọc diễn văn.",
     "Đặng Văn Quý", ("Ủy viên", "Ban Thường vụ Đảng ủy phường 7", "current"), "Ban Thường vụ Đảng ủy phường 7"),
    ("Bà Lưu Thị Mến, Ủy viên Thường vụ Đảng ủy, Chủ tịch UBND phường 14, quận Tân Bình, tiếp công dân.",
     "Lưu Thị Mến", ("Ủy viên", "Ban Thường vụ Đảng ủy phường 14", "current"), "Ban Thường vụ Đảng ủy phường 14"),
    ("Ông Đỗ Văn Khải, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch HĐND phường 9, kiểm tra địa bàn.",
     "Đỗ Văn Khải", ("Ủy viên", "Ban Thường vụ Đảng ủy phường 9", "current"), "Ban Thường vụ Đảng ủy phường 9"),
])
def test_a_numbered_ward_is_a_commune_place(pipeline, text, name, expected, body):
    assert expected in positions(pipeline, text)[name]
    assert body in _bodies(pipeline, text)


def test_a_level_word_without_a_name_is_no_place(pipeline):
    text = "Ông Đặng Văn Quý, Ủy viên Thường vụ Đảng ủy, Chủ tịch UBND phường này, đọc diễn văn."
    held = positions(pipeline, text)["Đặng Văn Quý"]
    assert not any(body and body.startswith("Ban Thường vụ Đảng ủy phường") for _t, body, _s in held)


@pytest.mark.parametrize(("text", "body"), [
    # the committee's other organs held are bodies too (listed_organ rows), a ward's number as its name
    ("Ông Phan Văn Lực, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Đông Hòa, dự lễ.",
     "Ủy ban Kiểm tra Đảng ủy phường Đông Hòa"),
    ("Bà Đào Thị Hoa, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hòa, phát biểu.",
     "Ban Tuyên giáo và Dân vận Đảng ủy xã Tân Hòa"),
    ("Ông Lâm Văn Trí, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Phó Chủ tịch UBND phường 6, tặng quà.",
     "Ủy ban Kiểm tra Đảng ủy phường 6"),
])
def test_a_commune_committees_organ_held_is_a_body(pipeline, text, body):
    assert body in _bodies(pipeline, text)


def test_the_board_of_a_commune_is_not_listed_as_printed(pipeline):
    # the gold names the whole board after the party organization ("Ban Chấp hành Đảng bộ xã X"): not listed
    text = "Ông Hoàng Văn Nam, Ủy viên Ban Chấp hành Đảng ủy, Trưởng Công an xã Tân Lập, dự lễ."
    assert "Ban Chấp hành Đảng ủy xã Tân Lập" not in _bodies(pipeline, text)
