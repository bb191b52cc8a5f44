"""A title after "các đời" / "những đời" (the successive holders of an office) is plural (constructed sentences): a
name printed after it is no holder ("nhà sử học nghiên cứu về các đời tổng thống Mỹ Michael Beschloss"); the
same title printed for one person keeps its holder."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name"), [
    ("Nhà sử học chuyên nghiên cứu về các đời tổng thống Mỹ Michael Beschloss nhận định như vậy.", "Michael Beschloss"),
    ("Bà kể về những đời tổng thống Pháp Jean Dupont đã gặp.", "Jean Dupont"),
])
def test_the_successive_holders_name_no_holder(pipeline, text, name):
    assert positions(pipeline, text).get(name, set()) == set()


def test_guard_one_holder_keeps_the_office(pipeline):
    text = "Qua các đời Bộ trưởng Bộ Y tế, ngành đã phát triển. Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết."
    assert positions(pipeline, text)["Đào Hồng Lan"] == {("Bộ trưởng", "Bộ Y tế", "current")}
