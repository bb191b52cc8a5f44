"""Persons: a local organ printed after a title with a bare level word, its holder's name right after it
("Chủ tịch UBND xã Lê Văn Bình"), is that organ of the article's one place of that level, with the bare-level
reading's guards, and the body is listed (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


def _bodies(pipeline, text: str) -> list[str]:
    return [b.name for b in pipeline(text, disable=["nq_tasks", "nq_meetings"])._.bodies]


@pytest.mark.parametrize("text, name, title, body", [
    ("Xã Hòa Phong làm đường. Chủ tịch UBND xã Lê Văn Bình phát biểu.",
     "Lê Văn Bình", "Chủ tịch", "Ủy ban nhân dân xã Hòa Phong"),
    ("Phường Hòa Khánh làm đường. Chủ tịch Ủy ban MTTQ Việt Nam phường Trần Văn Lâm phát biểu.",
     "Trần Văn Lâm", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam phường Hòa Khánh"),
    ("Phường Hòa Khánh làm đường. Phó Chủ tịch HĐND phường Trần Thị Mai góp ý.",
     "Trần Thị Mai", "Phó Chủ tịch", "Hội đồng nhân dân phường Hòa Khánh"),
    ("Người dân xã Cam Thủy hiến đất. Phó Chủ tịch Ủy ban MTTQ xã Đỗ Thị Hạnh cảm ơn bà con.",
     "Đỗ Thị Hạnh", "Phó Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Cam Thủy"),
])
def test_an_organ_before_its_holders_name_takes_the_one_place(pipeline, text, name, title, body):
    assert (title, body, "current") in positions(pipeline, text)[name]
    assert body in _bodies(pipeline, text)


@pytest.mark.parametrize("text, name", [
    # two communes named: no place
    ("Xã An Lạc và xã Bình Minh làm đường. Chủ tịch UBND xã Lê Văn Bình phát biểu.", "Lê Văn Bình"),
    # no commune named at all
    ("Con đường đã được làm xong. Chủ tịch UBND xã Lê Văn Bình phát biểu.", "Lê Văn Bình"),
    # communes in general
    ("Xã An Lạc làm đường. Chủ tịch UBND các xã Lê Văn Bình phát biểu.", "Lê Văn Bình"),
])
def test_no_place_for_several_places_none_or_a_class(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert not any(b and b.startswith("Ủy ban nhân dân xã ") for _t, b, _s in got)


def test_a_place_printed_before_the_name_is_kept(pipeline):
    text = "Xã Hòa Phong làm đường. Chủ tịch UBND xã Tân Lập Lê Văn Bình sang thăm."
    assert ("Chủ tịch", "Ủy ban nhân dân xã Tân Lập", "current") in positions(pipeline, text)["Lê Văn Bình"]


def test_a_second_mention_joins_the_listed_body(pipeline):
    text = "Phường Hòa Khánh làm đường. UBND phường Hòa Khánh họp dân. Chủ tịch UBND phường Lê Văn Tám chủ trì."
    doc = pipeline(text, disable=["nq_tasks", "nq_meetings"])
    same = [b for b in doc._.bodies if b.name == "Ủy ban nhân dân phường Hòa Khánh"]
    assert len(same) == 1 and len(same[0].mentions) == 2
