"""Local heads listed before one place share it (constructed sentences)."""

import pytest

from nqextract.extract.bodies import find_bodies


def names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text)]


@pytest.mark.parametrize("text, expected", [
    ("Ông A, nguyên Chủ tịch HĐND và UBND xã Tân Thành, bị truy tố.",
     ["Hội đồng nhân dân xã Tân Thành", "Ủy ban nhân dân xã Tân Thành"]),
    ("Nguyên Chủ tịch HĐND – UBND xã Tân Thành nhận án.",
     ["Hội đồng nhân dân xã Tân Thành", "Ủy ban nhân dân xã Tân Thành"]),
    ("Ông B, Chủ tịch HĐND, UBND huyện Phù Mỹ, phát biểu.",
     ["Hội đồng nhân dân huyện Phù Mỹ", "Ủy ban nhân dân huyện Phù Mỹ"]),
    ("Hội đồng nhân dân và Ủy ban nhân dân tỉnh Nghệ An tổ chức lễ.",
     ["Hội đồng nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"]),
    ("Ủy ban Mặt trận Tổ quốc và Liên đoàn Lao động tỉnh Hà Tĩnh phối hợp.",
     ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", "Liên đoàn Lao động tỉnh Hà Tĩnh"]),
])
def test_heads_listed_before_one_place_share_it(text, expected):
    assert names(text) == expected


def test_a_head_before_another_sentence_takes_no_place():
    assert "Hội đồng nhân dân tỉnh Nghệ An" not in names("Ông A phát biểu tại HĐND. UBND tỉnh Nghệ An chủ trì.")
