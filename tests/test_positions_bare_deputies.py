"""A delegate printed "đại biểu <Name>" in an article on the National Assembly (constructed sentences): with his
delegation printed after the name as "Đoàn <province>" or "(đoàn <province>)" he is its member; printed without
one he is a deputy of the Assembly with no body, unless the article names a province delegation (he may be of
it or not) or deputies of a local council (he may be one of them)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Phát biểu tại kỳ họp Quốc hội, đại biểu Nguyễn Văn An, Đoàn Vĩnh Long bày tỏ đồng tình.",
     "Nguyễn Văn An", ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Vĩnh Long", "current")),
    ("Tại phiên thảo luận của Quốc hội, đại biểu Trần Thị Bình (đoàn Hải Phòng) đề nghị sửa luật.",
     "Trần Thị Bình", ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội thành phố Hải Phòng", "current")),
    ("Quốc hội thảo luận dự luật. Đại biểu Lê Văn Cường - đoàn Nghệ An - cho rằng cần thận trọng.",
     "Lê Văn Cường", ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Nghệ An", "current")),
])
def test_a_delegation_printed_as_doan_and_its_province(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name"), [
    ("Tại kỳ họp Quốc hội, đại biểu Nguyễn Văn An nhấn mạnh cần tăng lương cơ sở.", "Nguyễn Văn An"),
    ("Quốc hội thảo luận về ngân sách. Theo đại biểu Trần Thị Bình, mức chi cần rà soát.", "Trần Thị Bình"),
    ("Trao đổi với báo chí bên hành lang Quốc hội, đại biểu LÊ VĂN CƯỜNG cho rằng luật cần sửa.", "LÊ VĂN CƯỜNG"),
])
def test_a_bare_delegate_of_an_assembly_article_is_a_deputy(pipeline, text, name):
    assert positions(pipeline, text)[name] == {("Đại biểu Quốc hội", None, "current")}


def test_a_bare_delegate_keeps_the_offices_printed_after_him(pipeline):
    text = "Quốc hội họp phiên bế mạc. Theo đại biểu Nguyễn Thị Hoa (Phó Chủ tịch HĐND tỉnh Nghệ An), cần chờ."
    assert positions(pipeline, text)["Nguyễn Thị Hoa"] == {
        ("Đại biểu Quốc hội", None, "current"), ("Phó Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An", "current")}


# near misses: no Assembly in the article, a local council's deputies, a delegation the article names elsewhere,
# a place after a comma without "Đoàn"
@pytest.mark.parametrize(("text", "name"), [
    ("Tại hội nghị, đại biểu Nguyễn Văn An nhấn mạnh cần đổi mới.", "Nguyễn Văn An"),
    ("Tại kỳ họp, các đại biểu HĐND tỉnh thảo luận về Quốc hội. Đại biểu Trần Văn Bình đề nghị tăng chi.",
     "Trần Văn Bình"),
    ("Các ĐBQH TP Đà Nẵng tiếp xúc cử tri sau kỳ họp Quốc hội. Đại biểu Lê Thị Cúc chia sẻ với cử tri.",
     "Lê Thị Cúc"),
])
def test_guard_no_deputy_where_the_delegate_may_be_another(pipeline, text, name):
    assert positions(pipeline, text).get(name, set()) == set()


def test_guard_a_place_after_a_comma_alone_names_no_delegation(pipeline):
    text = "Tại kỳ họp Quốc hội, đại biểu Nguyễn Văn An, Hà Tĩnh, cho biết như vậy."
    assert ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh", "current") not in \
        positions(pipeline, text).get("Nguyễn Văn An", set())
