"""A local head printed once before several places, each after its own level word ("UBND thành phố X và tỉnh Y",
"UBND thành phố X và các tỉnh Y, Z"), names one local body per place; a level word with no known place after it
("và tỉnh đoàn") names none (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, bodies", [
    ("Ủy ban nhân dân thành phố Đà Nẵng và tỉnh Quảng Nam xây dựng phương án sắp xếp.",
     ["Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân tỉnh Quảng Nam"]),
    ("UBND thành phố Cần Thơ và các tỉnh Hậu Giang, Sóc Trăng trình đề án.",
     ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh Hậu Giang", "Ủy ban nhân dân tỉnh Sóc Trăng"]),
    ("Công an tỉnh Trà Vinh, Bến Tre và Vĩnh Long phối hợp truy bắt.",
     ["Công an tỉnh Trà Vinh", "Công an tỉnh Bến Tre", "Công an tỉnh Vĩnh Long"]),
])
def test_one_head_before_several_levelled_places_names_each(text, bodies):
    assert tagged_body_names(text) == bodies


def test_a_level_word_with_no_known_place_names_no_body():
    assert tagged_body_names("UBND tỉnh Nghệ An và tỉnh đoàn tổ chức lễ ra quân.") == ["Ủy ban nhân dân tỉnh Nghệ An"]
