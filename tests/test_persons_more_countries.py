"""Countries the bodies rules know but the persons' places lacked (Dominica, El Salvador, Haiti, Uganda, ...): printed
between a title and a name they are the office's country, never a name's words, and the envoy of "<country> tại
<place>" heads that mission (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


def test_an_envoy_of_a_republic_after_another_officials_name(pipeline):
    text = ("Đón Thủ tướng có Thứ trưởng Bộ Ngoại giao Jose Julio Gomez, Đại sứ Cộng hòa Dominica tại Việt Nam "
            "Jaime Francisco Rodríguez và một số quan chức.")
    got = positions(pipeline, text)
    assert got["Jaime Francisco Rodríguez"] == {("Đại sứ", "Đại sứ quán Cộng hòa Dominica tại Việt Nam", "current")}
    assert all(t != "Đại sứ" for t, _b, _s in got["Jose Julio Gomez"])


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đại sứ El Salvador tại Việt Nam Carlos Alfredo Castaneda trình quốc thư.",
     "Carlos Alfredo Castaneda", ("Đại sứ", "Đại sứ quán El Salvador tại Việt Nam", "current")),
    ("Tổng thống Uganda Yoweri Museveni tiếp đoàn.", "Yoweri Museveni", ("Tổng thống", "Uganda", "current")),
])
def test_a_country_between_title_and_name(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
