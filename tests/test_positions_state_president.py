"""The State President's and Vice-President's titles printed before a Vietnamese name without a body ("Chủ tịch
nước A", "nguyên Chủ tịch nước B", "Phó Chủ tịch nước C") are offices of the State, "Nước Cộng hòa xã hội chủ
nghĩa Việt Nam" (titles.tsv default_body); a foreign holder printed with his country holds that country's
office, and an assistant's or a body's other titles keep their own (constructed sentences, invented names).

Known limit: a foreign head of state whose name reads as Vietnamese and is printed without his country
("Chủ tịch nước Tập Cận Bình") is taken for the Vietnamese State's, as "Thủ tướng" before such a name is
taken for the Vietnamese Government's."""

from __future__ import annotations

import pytest

from conftest import positions

STATE = "Nước Cộng hòa xã hội chủ nghĩa Việt Nam"


@pytest.mark.parametrize(("text", "name", "title", "status"), [
    ("Chủ tịch nước Lương Văn Khải đã tiếp Quốc vương Campuchia tại Hà Nội.", "Lương Văn Khải", "Chủ tịch nước",
     "current"),
    ("Sáng nay, Chủ tịch nước Đỗ Minh Quân dự lễ khai giảng năm học mới.", "Đỗ Minh Quân", "Chủ tịch nước",
     "current"),
    ("Nguyên Chủ tịch nước Trương Văn Sơn dự lễ kỷ niệm.", "Trương Văn Sơn", "Chủ tịch nước", "former"),
    ("Phó Chủ tịch nước Võ Thị Hồng Lan trao quà cho học sinh.", "Võ Thị Hồng Lan", "Phó Chủ tịch nước",
     "current"),
    ("Dự buổi lễ có ông Trần Quốc Hưng, Chủ tịch nước, cùng nhiều đại biểu.", "Trần Quốc Hưng", "Chủ tịch nước",
     "current"),
])
def test_the_state_presidents_office_is_of_the_state(pipeline, text, name, title, status):
    assert positions(pipeline, text)[name] == {(title, STATE, status)}


def test_a_foreign_head_of_state_printed_with_his_country_holds_his_countrys_office(pipeline):
    got = positions(pipeline, "Chủ tịch nước Lào Somsak Vongphachanh hội đàm với Chủ tịch nước Lương Văn Khải.")
    assert got["Lương Văn Khải"] == {("Chủ tịch nước", STATE, "current")}
    assert got["Somsak Vongphachanh"] == {("Chủ tịch nước", "Lào", "current")}


@pytest.mark.parametrize(("text", "name", "title", "body"), [
    ("Trợ lý Chủ tịch nước Tống Văn Hậu dự lễ đón.", "Tống Văn Hậu", "Trợ lý Chủ tịch nước", None),
    ("Chủ tịch Quốc hội Trần Minh Đức chủ trì phiên họp.", "Trần Minh Đức", "Chủ tịch", "Quốc hội"),
    ("Chủ tịch UBND tỉnh Lâm Đồng Nguyễn Văn Phước phát biểu.", "Nguyễn Văn Phước", "Chủ tịch",
     "Ủy ban nhân dân tỉnh Lâm Đồng"),
])
def test_other_offices_keep_their_own_bodies(pipeline, text, name, title, body):
    got = positions(pipeline, text)[name]
    assert (title, body, "current") in got
    assert all(b != STATE for _t, b, _s in got)
