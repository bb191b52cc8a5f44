"""Bodies: 'Ban Thường trực' (the standing board of a Front committee or an association) glued to its body is
named with 'Ban', not as the bare standing 'Thường trực' (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Theo hướng dẫn của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội, hội đã có văn bản.",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"),
    ("Ban Thường trực Ủy ban MTTQ Việt Nam TPHCM đã tổ chức hội nghị.",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"),
    ("Chiều qua, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An đã họp.",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"),
])
def test_a_standing_board_keeps_ban(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Thường trực Hội đồng nhân dân tỉnh Nghệ An đã họp.", "Thường trực Hội đồng nhân dân tỉnh Nghệ An"),
    ("Phó Chủ tịch Thường trực UBND tỉnh Nghệ An Nguyễn Văn A dự họp.", "Ủy ban nhân dân tỉnh Nghệ An"),
])
def test_the_bare_standing_is_unchanged(text, body):
    assert names(text) == [body]


def test_a_bare_standing_board_names_no_body():
    text = ("Ông B, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An, cho biết Ban Thường trực đã họp.")
    assert names(text) == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"]
