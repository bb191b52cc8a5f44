"""Bodies: prefix heads stacked before a body whose place the article gives (constructed sentences)."""

from __future__ import annotations

import pytest

from nqextract.extract.bodies import find_bodies


def names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text)]


@pytest.mark.parametrize("text, body", [
    ("UBND TPHCM giao Sở Xây dựng báo cáo Ban Thường vụ Đảng ủy UBND Thành phố xem xét.",
     "Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND tỉnh Nghệ An giao Sở Xây dựng báo cáo Ban Thường vụ Đảng ủy UBND tỉnh xem xét.",
     "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Nghệ An"),
    ("UBND TPHCM giao Sở Xây dựng báo cáo Đảng ủy UBND Thành phố xem xét.",
     "Đảng ủy Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND tỉnh Nghệ An giao Văn phòng UBND tỉnh chuẩn bị.", "Văn phòng Ủy ban nhân dân tỉnh Nghệ An"),
    ("Tỉnh Nghệ An: Thường trực Ban Thường vụ Tỉnh ủy họp với UBND tỉnh Nghệ An.",
     "Thường trực Ban Thường vụ Tỉnh ủy Nghệ An"),
])
def test_stacked_prefixes_before_a_body_with_an_implicit_place(text, body):
    assert body in names(text)


def test_a_title_before_standing_is_no_prefix():
    assert set(names("Tỉnh Nghệ An: Phó Chủ tịch Thường trực UBND tỉnh họp với UBND tỉnh Nghệ An.")) == {
        "Ủy ban nhân dân tỉnh Nghệ An"}
