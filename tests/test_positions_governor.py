"""'Thống đốc' / 'Phó Thống đốc' printed without a body before a Vietnamese name is an office of the State Bank
(Ngân hàng Nhà nước Việt Nam, the one Vietnamese body so headed); a foreign governor gets no such body, and a
printed body wins. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Phó Thống đốc Phạm Thanh Hòa phát biểu tại hội nghị.", "Phạm Thanh Hòa",
     ("Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam", "current")),
    ("Tại hội nghị, Thống đốc Nguyễn Thị Lan cho biết lãi suất cho vay đã giảm.", "Nguyễn Thị Lan",
     ("Thống đốc", "Ngân hàng Nhà nước Việt Nam", "current")),
    ("Ông Lê Văn Hưng, nguyên Phó Thống đốc, đã nghỉ hưu.", "Lê Văn Hưng",
     ("Phó Thống đốc", "Ngân hàng Nhà nước Việt Nam", "former")),
])
def test_a_bare_governor_heads_the_state_bank(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Thống đốc Greg Abbott ký lệnh mới.", "Greg Abbott", None),
    ("Thống đốc Ngân hàng Trung ương Nga Elvira Nabiullina cho biết lạm phát giảm.", "Elvira Nabiullina",
     "Ngân hàng Trung ương Nga"),
])
def test_a_foreign_governor_keeps_his_own_body(pipeline, text, name, body):
    assert {b for _t, b, _s in positions(pipeline, text)[name]} == {body}
