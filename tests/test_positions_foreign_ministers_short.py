""""Ngoại trưởng" (the short title of a minister of foreign affairs; constructed sentences) names the ministry of
foreign affairs: of the country printed between title and name ("Ngoại trưởng Nga X" = Bộ Ngoại giao Nga), of
the article's one foreign country for a bare foreign name, and Vietnam's own for a Vietnamese name."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Trong chuyến thăm Nga, Ngoại trưởng Triều Tiên Choe Son Hui nói Bình Nhưỡng sẽ ủng hộ.",
     "Choe Son Hui", ("Ngoại trưởng", "Bộ Ngoại giao Triều Tiên", "current")),
    ("Ngoại trưởng Nga Sergei Lavrov cho biết như vậy.",
     "Sergei Lavrov", ("Ngoại trưởng", "Bộ Ngoại giao Nga", "current")),
    ("Ngoại trưởng Mỹ Antony Blinken gặp Ngoại trưởng Bùi Thanh Sơn tại Hà Nội.",
     "Antony Blinken", ("Ngoại trưởng", "Bộ Ngoại giao Mỹ", "current")),
    ("Ngoại trưởng Bùi Thanh Sơn cho biết hai nước sẽ nâng cấp quan hệ.",
     "Bùi Thanh Sơn", ("Ngoại trưởng", "Bộ Ngoại giao", "current")),
    ("Tại Washington, Ngoại trưởng Antony Blinken tiếp đoàn. Mỹ cam kết hỗ trợ.",
     "Antony Blinken", ("Ngoại trưởng", "Bộ Ngoại giao Mỹ", "current")),
])
def test_a_foreign_minister_holds_the_foreign_ministry(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_a_bare_foreign_minister_among_two_countries_keeps_no_body(pipeline):
    got = positions(pipeline, "Ngoại trưởng Antony Blinken gặp Ngoại trưởng Sergei Lavrov. Mỹ và Nga đàm phán.")
    assert got["Antony Blinken"] == {("Ngoại trưởng", None, "current")}
    assert got["Sergei Lavrov"] == {("Ngoại trưởng", None, "current")}
