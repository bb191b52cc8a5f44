"""The head of a world body printed with it ("Tổng thư ký Liên hợp quốc António Guterres", "Ông Guterres, Tổng thư
ký Liên hợp quốc,") holds the office of that body: the body is no part of the title (constructed sentences); a
head printed with no body keeps the title bare."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name"), [
    ("Tổng thư ký Liên hợp quốc António Guterres kêu gọi ngừng bắn.", "António Guterres"),
    ("Ông António Guterres, Tổng thư ký Liên hợp quốc, phát biểu tại hội nghị.", "António Guterres"),
    ("Tổng Thư ký Liên Hiệp Quốc António Guterres đã đến thăm.", "António Guterres"),
])
def test_the_secretary_general_of_the_un(pipeline, text, name):
    assert ("Tổng Thư ký", "Liên hợp quốc", "current") in positions(pipeline, text)[name]


def test_no_body_printed_keeps_the_title_bare(pipeline):
    got = positions(pipeline, "Tổng thư ký António Guterres kêu gọi ngừng bắn.")
    assert got["António Guterres"] == {("Tổng Thư ký", None, "current")}
