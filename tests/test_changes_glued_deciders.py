"""The decider of a change whose place name ends in a syllable the tagger glues to the cue verb after it
("... tỉnh Ninh Bình bầu ...": "Bình bầu" is also a common word, so the body's last token runs into the
verb) is still that body (constructed sentences); a lower-case word glued to the cue names no decider."""

from __future__ import annotations

import pytest

import nqextract


def _deciders(text: str) -> list[str | None]:
    return [c.decided_by for c in nqextract.extract(text, published="2024-05-01").position_changes]


@pytest.mark.parametrize("place", ["Ninh Bình", "Thái Bình", "Hòa Bình", "Quảng Nam"])
def test_a_council_glued_to_its_vote_decides(place):
    text = (f"Tháng 3-2019, ông Lương Đức Toàn được Hội đồng nhân dân tỉnh {place} bầu giữ chức Chủ tịch "
            f"Ủy ban nhân dân tỉnh {place}.")
    assert _deciders(text) == [f"Hội đồng nhân dân tỉnh {place}"]


def test_two_glued_deciders_in_one_sentence():
    text = ("Năm 2015, bà Phan Thị Mai được Ban Chấp hành Đảng bộ tỉnh Ninh Bình bầu làm Phó Bí thư Tỉnh ủy Ninh "
            "Bình, sau đó được Hội đồng nhân dân tỉnh Ninh Bình bầu giữ chức Chủ tịch Hội đồng nhân dân tỉnh "
            "Ninh Bình.")
    assert _deciders(text) == ["Ban Chấp hành Đảng bộ tỉnh Ninh Bình", "Hội đồng nhân dân tỉnh Ninh Bình"]


def test_no_body_before_the_cue_no_decider():
    assert _deciders("Tháng 3-2019, ông Lương Đức Toàn được bầu giữ chức Chủ tịch Ủy ban nhân dân tỉnh Ninh "
                     "Bình.") == [None]
