"""The head of state's office: "Chủ tịch nước" printed bare for a Vietnamese holder is the office of the
state (body "Nước Cộng hòa xã hội chủ nghĩa Việt Nam", titles.tsv default_body); printed with a foreign
country before the name it is that country's; never given to a foreign name printed bare."""

from __future__ import annotations

import pytest

from conftest import positions

STATE = "Nước Cộng hòa xã hội chủ nghĩa Việt Nam"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chủ tịch nước Lê Văn Tâm đã tiếp đoàn đại biểu người có công.", "Lê Văn Tâm",
     {("Chủ tịch nước", STATE, "current")}),
    ("Theo lời mời của Chủ tịch nước Đỗ Minh Khang, đoàn sẽ thăm chính thức.", "Đỗ Minh Khang",
     {("Chủ tịch nước", STATE, "current")}),
    ("Ông Phan Hữu Lộc, Chủ tịch nước, đã dự lễ khánh thành.", "Phan Hữu Lộc",
     {("Chủ tịch nước", STATE, "current")}),
    ("Nguyên Chủ tịch nước Vũ Đình Thảo đã về thăm quê.", "Vũ Đình Thảo",
     {("Chủ tịch nước", STATE, "former")}),
])
def test_a_vietnamese_head_of_state_holds_the_office_of_the_state(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


def test_two_offices_of_one_holder_each_keep_their_body(pipeline):
    got = positions(pipeline, "Tổng Bí thư, Chủ tịch nước Hà Quang Vinh đã tiếp đoàn.")["Hà Quang Vinh"]
    assert ("Chủ tịch nước", STATE, "current") in got
    assert ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current") in got


@pytest.mark.parametrize(("text", "name", "expected"), [
    # near-misses: a foreign country printed before the name; the deputy's office has no default body
    ("Chủ tịch nước Lào Bounmy Phomvihane đã đón đoàn.", "Bounmy Phomvihane", {("Chủ tịch nước", "Lào", "current")}),
    ("Phó Chủ tịch nước Trịnh Thu Hà đã tiếp đoàn.", "Trịnh Thu Hà", {("Phó Chủ tịch nước", None, "current")}),
])
def test_a_foreign_or_deputy_head_of_state_takes_no_vietnamese_state(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected
