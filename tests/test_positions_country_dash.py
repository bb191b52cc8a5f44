"""A foreign office printed with its country, then a dash and an honorific before the name ("thủ tướng Thái Lan
- bà Paetongtarn Shinawatra", "Tổng thống Pháp – ông Emmanuel Macron") is that country's office, as when the name
follows the country directly (constructed sentences); a name after the dash with no country before it keeps the
title bare."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Người biểu tình đòi thủ tướng Thái Lan - bà Paetongtarn Shinawatra ra đi.", "Paetongtarn Shinawatra",
     ("Thủ tướng", "Chính phủ Thái Lan", "current")),
    ("Thủ tướng Thái Lan – bà Paetongtarn Shinawatra phát biểu.", "Paetongtarn Shinawatra",
     ("Thủ tướng", "Chính phủ Thái Lan", "current")),
    ("Ông gặp Tổng thống Pháp – ông Emmanuel Macron tại Paris.", "Emmanuel Macron", ("Tổng thống", "Pháp", "current")),
    ("Ông hội đàm với Bộ trưởng Ngoại giao Nga - ông Sergei Lavrov.", "Sergei Lavrov",
     ("Bộ trưởng", "Bộ Ngoại giao Nga", "current")),
])
def test_a_country_then_a_dash_and_an_honorific(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_no_country_before_the_dash_keeps_the_title_bare(pipeline):
    got = positions(pipeline, "Người biểu tình đòi thủ tướng - bà Paetongtarn Shinawatra ra đi.")
    assert all(body is None for _t, body, _s in got.get("Paetongtarn Shinawatra", set()))
