"""Pattern families of positions (constructed sentences, several variants each): former and acting
offices, chains after one name, enumerations, the army, deputies, foreign leaders, canonical bodies."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def pipeline():
    from nqextract.extract import build_pipeline

    return build_pipeline()


def run(pipeline, text: str):
    doc = pipeline.make_doc(text)
    for name, component in pipeline.pipeline:
        doc = component(doc)
        if name == "nq_persons":
            break
    return doc


def positions(doc) -> dict[str, set[tuple[str, str | None, str]]]:
    return {p.name: {(q.title, q.body, q.status) for q in p.positions} for p in doc._.persons}


# --------------------------------------------------------------------------- former and acting offices


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đến viếng có ông Phạm Văn An, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Yên Bái.",
     "Phạm Văn An", {("Ủy viên", "Ban Chấp hành Trung ương Đảng", "former"), ("Bí thư", "Tỉnh ủy Yên Bái", "former")}),
    ("Trần Văn Hải, nguyên Phó Giám đốc Sở Tài chính tỉnh Hòa Bình, bị bắt tạm giam.",
     "Trần Văn Hải", {("Phó Giám đốc", "Sở Tài chính tỉnh Hòa Bình", "former")}),
    ("Bị cáo Lê Thị Mai, cựu Thứ trưởng Bộ Công Thương, khai tại tòa.",
     "Lê Thị Mai", {("Thứ trưởng", "Bộ Công Thương", "former")}),
    ("Nguyên Bộ trưởng Bộ Y tế Nguyễn Văn Kiên đã đến dự.",
     "Nguyễn Văn Kiên", {("Bộ trưởng", "Bộ Y tế", "former")}),
])
def test_former_offices_are_kept_with_status_former(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Quyền Bộ trưởng Bộ Y tế Đỗ Xuân Tuyên phát biểu tại hội nghị.",
     "Đỗ Xuân Tuyên", {("Bộ trưởng", "Bộ Y tế", "acting")}),
    ("Ông Trần Văn Nam, quyền Giám đốc Sở Xây dựng tỉnh Nghệ An, cho biết.",
     "Trần Văn Nam", {("Giám đốc", "Sở Xây dựng tỉnh Nghệ An", "acting")}),
    ("Quyền Chủ tịch UBND tỉnh Lâm Đồng Phạm Văn Bình chủ trì họp.",
     "Phạm Văn Bình", {("Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng", "acting")}),
])
def test_acting_offices_have_status_acting(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Lê Văn Hùng, nguyên Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Quảng Ninh, đã đến dự.", "Lê Văn Hùng",
     {("Bí thư", "Tỉnh ủy Quảng Ninh", "former"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Ninh", "former")}),
    ("Ông Lê Văn Hùng, Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh Quảng Ninh, chủ trì hội nghị.", "Lê Văn Hùng",
     {("Bí thư", "Tỉnh ủy Quảng Ninh", "current"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Ninh", "current")}),
])
def test_kiem_joins_two_offices_with_one_status(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


def test_an_office_printed_former_and_later_bare_is_former(pipeline):
    doc = run(pipeline, "Bị cáo Đỗ Thắng Hải, cựu Thứ trưởng Bộ Công Thương, khai rằng. "
                        "Thứ trưởng Bộ Công Thương Đỗ Thắng Hải khi đó không biết.")
    assert positions(doc) == {"Đỗ Thắng Hải": {("Thứ trưởng", "Bộ Công Thương", "former")}}


def test_a_former_office_is_not_a_reference_to_the_current_holder(pipeline):
    doc = run(pipeline, "Thủ tướng Phạm Minh Chính dự lễ cùng nguyên Thủ tướng Nguyễn Tấn Dũng. Nguyên Thủ tướng phát biểu.")
    got = positions(doc)
    assert got["Phạm Minh Chính"] == {("Thủ tướng", "Chính phủ", "current")}
    assert got["Nguyễn Tấn Dũng"] == {("Thủ tướng", "Chính phủ", "former")}


# --------------------------------------------------------------------------- chains after one name


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Dự lễ có ông Nguyễn Văn Bình, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, Tổng Tham mưu trưởng "
     "Quân đội nhân dân Việt Nam.", "Nguyễn Văn Bình",
     {("Ủy viên", "Ban Chấp hành Trung ương Đảng", "current"), ("Thứ trưởng", "Bộ Quốc phòng", "current"),
      ("Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam", "current")}),
    ("Bà Trần Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nghệ An, phát biểu.", "Trần Thị Hoa",
     {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An", "current"),
      ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}),
    ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính chủ trì.", "Phạm Minh Chính",
     {("Ủy viên", "Bộ Chính trị", "current"), ("Thủ tướng", "Chính phủ", "current")}),
])
def test_every_link_of_a_chain_is_a_position(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


# --------------------------------------------------------------------------- canonical bodies


@pytest.mark.parametrize("printed", ["Ủy viên Trung ương Đảng", "Ủy viên Trung ương", "Bí thư Trung ương Đảng",
                                     "Ủy viên Ban Chấp hành Trung ương Đảng", "Ủy viên dự khuyết Trung ương Đảng"])
def test_central_committee_offices_belong_to_the_ban_chap_hanh(pipeline, printed):
    doc = run(pipeline, f"Ông Nguyễn Văn An, {printed}, Bí thư Tỉnh ủy Nghệ An phát biểu.")
    bodies = {b for _t, b, _s in positions(doc)["Nguyễn Văn An"]}
    assert bodies == {"Ban Chấp hành Trung ương Đảng", "Tỉnh ủy Nghệ An"}
