"""A chain opening with a committee member's glued title ("Tỉnh ủy viên", "Thành ủy viên") keeps its other links;
the member link takes the province a later link names, else the article's, else it is left out (constructed
sentences)."""

from __future__ import annotations

import pytest


def run(pipeline, text: str):
    doc = pipeline.make_doc(text)
    for name, component in pipeline.pipeline:
        doc = component(doc)
        if name == "nq_persons":
            break
    return doc


def positions(doc) -> dict[str, set[tuple[str, str | None, str]]]:
    return {p.name: {(q.title, q.body, q.status) for q in p.positions} for p in doc._.persons}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Tâm, Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Nghệ An, phát biểu tại buổi làm việc.",
     "Nguyễn Văn Tâm", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "current"),
                        ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}),
    ("Có mặt tại buổi lễ có ông Nguyễn Văn Tâm, tỉnh ủy viên, Giám đốc Sở Nội vụ tỉnh Hà Tĩnh.",
     "Nguyễn Văn Tâm", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "current"),
                        ("Giám đốc", "Sở Nội vụ tỉnh Hà Tĩnh", "current")}),
    ("Bà Lê Thị Hoa – Thành ủy viên, Giám đốc Sở Xây dựng thành phố Cần Thơ – trả lời cử tri.",
     "Lê Thị Hoa", {("Ủy viên", "Ban Chấp hành Đảng bộ thành phố Cần Thơ", "current"),
                    ("Giám đốc", "Sở Xây dựng thành phố Cần Thơ", "current")}),
    ("Ông Trần Văn Lực, nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Tài chính tỉnh Hà Tĩnh, đã nghỉ hưu.",
     "Trần Văn Lực", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "former"),
                      ("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh", "former")}),
])
def test_the_member_takes_the_province_a_later_link_names(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trần Văn Bình - Tỉnh ủy viên, Bí thư Huyện ủy Quỳnh Lưu đến dự. Tỉnh Nghệ An đã có nhiều cố gắng.",
     "Trần Văn Bình", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "current"),
                       ("Bí thư", "Huyện ủy Quỳnh Lưu", "current")}),
    ("Tại Lào Cai, đồng chí Bùi Văn Khải – Tỉnh ủy viên, Bí thư Đảng ủy xã Tân Lập, Chủ tịch HĐND xã Tân Lập đến dự.",
     "Bùi Văn Khải", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Lào Cai", "current"),
                      ("Bí thư", "Đảng ủy xã Tân Lập", "current"),
                      ("Chủ tịch", "Hội đồng nhân dân xã Tân Lập", "current")}),
])
def test_the_member_takes_the_articles_province(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trần Văn Bình - Tỉnh ủy viên, Bí thư Huyện ủy Quỳnh Lưu đến dự.",
     "Trần Văn Bình", {("Bí thư", "Huyện ủy Quỳnh Lưu", "current")}),
    ("Ông Trần Văn Bình, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Huyện ủy Yên Thành, phát biểu.",
     "Trần Văn Bình", {("Trưởng ban", "Ban Tuyên giáo Huyện ủy Yên Thành", "current")}),
])
def test_with_no_province_named_the_member_link_is_left_out_the_rest_kept(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


def test_two_provinces_in_the_chain_give_the_member_no_province(pipeline):
    got = positions(run(pipeline, "Ông Trần Văn Lực, Tỉnh ủy viên, Giám đốc Sở Tài chính tỉnh Hà Tĩnh, nguyên Phó "
                                  "Chủ tịch UBND tỉnh Quảng Bình, dự họp."))["Trần Văn Lực"]
    assert not any(title == "Ủy viên" for title, _body, _status in got)
    assert ("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh", "current") in got


def test_a_provincial_citys_member_is_not_given_a_province(pipeline):
    got = positions(run(pipeline, "Tại Quảng Ngãi, ông Phạm Văn Đức, Thành ủy viên, Bí thư Thành ủy Quảng Ngãi, "
                                  "cho biết."))["Phạm Văn Đức"]
    assert ("Bí thư", "Thành ủy Quảng Ngãi", "current") in got
    assert not any("tỉnh" in (body or "") for _title, body, _status in got)


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Hậu, Huyện ủy viên, Phó Chủ tịch UBND huyện Diễn Châu tỉnh Nghệ An, phát biểu.",
    "Ông Nguyễn Văn Hậu – huyện ủy viên, Phó Chủ tịch UBND huyện Diễn Châu tỉnh Nghệ An – được điều động.",
])
def test_a_district_member_keeps_the_other_links_and_takes_no_province(pipeline, text):
    assert positions(run(pipeline, text)) == {
        "Nguyễn Văn Hậu": {("Phó Chủ tịch", "Ủy ban nhân dân huyện Diễn Châu", "current")}}
