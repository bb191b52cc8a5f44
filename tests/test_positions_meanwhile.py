"""A past cue makes a sentence's offices former ("Khi đó, ông A, giám đốc Sở X, ..."), but not inside a phrase that
names no time then (constructed sentences): "Trong khi đó" is "meanwhile", and the office printed after it is held
now."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text", [
    "Trong khi đó, theo ông Nguyễn Đức Thịnh - phó giám đốc Sở Y tế tỉnh Tiền Giang, địa phương đang làm.",
    "Trong khi ấy, ông Nguyễn Đức Thịnh, phó giám đốc Sở Y tế tỉnh Tiền Giang, cho biết như vậy.",
])
def test_meanwhile_names_no_time_then(pipeline, text):
    assert positions(pipeline, text)["Nguyễn Đức Thịnh"] == {
        ("Phó Giám đốc", "Sở Y tế tỉnh Tiền Giang", "current")}


@pytest.mark.parametrize("text", [
    "Khi đó, ông Nguyễn Đức Thịnh, phó giám đốc Sở Y tế tỉnh Tiền Giang, đã ký văn bản.",
    "Lúc ấy, ông Nguyễn Đức Thịnh, phó giám đốc Sở Y tế tỉnh Tiền Giang, đã ký văn bản.",
])
def test_guard_a_time_then_keeps_the_office_former(pipeline, text):
    assert positions(pipeline, text)["Nguyễn Đức Thịnh"] == {
        ("Phó Giám đốc", "Sở Y tế tỉnh Tiền Giang", "former")}
