"""Tone placement: one canonical form, whatever the syllable's neighbours and case."""

from __future__ import annotations

import pytest

from nqextract.textnorm import canonical_tones, fold


@pytest.mark.parametrize(("text", "expected"), [
    ("Hoà bình", "Hòa bình"),
    ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
    ("HOÀ", "HÒA"),
    ("Uỷ ban", "Ủy ban"),
    ("quả, quẻ, quý", "quả, quẻ, quý"),  # u of the onset "qu": the tone stays
    ("hòa, thủy", "hòa, thủy"),  # already canonical
    ("hoà_bình hoà1 (hoà)", "hoà_bình hoà1 (hòa)"),  # a syllable is a whole run of word characters
    ("Thanh Hoá.Thuỷ", "Thanh Hóa.Thủy"),
    ("", ""),
    ("ascii only", "ascii only"),
])
def test_canonical_tone_placement(text, expected):
    out = canonical_tones(text)
    assert out == expected
    assert len(out) == len(text)


def test_fold_joins_old_and_new_placement():
    assert fold("  Hoà   Bình ") == fold("hòa bình") == "hòa bình"
