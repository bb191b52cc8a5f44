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


# --------------------------------------------------------------------------- enumerations


@pytest.mark.parametrize("text", [
    "Tham dự có các ông Trần Văn Bảo, nguyên Bộ trưởng Bộ Tư pháp, nguyên Chủ tịch Hội Luật gia Việt Nam; "
    "Lê Văn Cường, nguyên Thứ trưởng Bộ Tư pháp; Hoàng Minh Đức, Thứ trưởng Bộ Tư pháp.",
    "Đến dự có các đồng chí: Trần Văn Bảo, nguyên Bộ trưởng Bộ Tư pháp, nguyên Chủ tịch Hội Luật gia Việt Nam; "
    "Lê Văn Cường, nguyên Thứ trưởng Bộ Tư pháp; Hoàng Minh Đức, Thứ trưởng Bộ Tư pháp.",
])
def test_each_person_of_an_enumeration_gets_his_own_chain(pipeline, text):
    assert positions(run(pipeline, text)) == {
        "Trần Văn Bảo": {("Bộ trưởng", "Bộ Tư pháp", "former"), ("Chủ tịch", "Hội Luật gia Việt Nam", "former")},
        "Lê Văn Cường": {("Thứ trưởng", "Bộ Tư pháp", "former")},
        "Hoàng Minh Đức": {("Thứ trưởng", "Bộ Tư pháp", "current")},
    }


@pytest.mark.parametrize("text", [
    "Các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long và Bùi Thanh Sơn dự họp.",
    "Dự hội nghị có các Phó Thủ tướng: Trần Hồng Hà, Lê Thành Long, Bùi Thanh Sơn.",
    "Cùng dự có các Phó Thủ tướng Trần Hồng Hà, Lê Thành Long, Bùi Thanh Sơn.",
])
def test_a_title_printed_once_before_a_list_of_names_goes_to_each(pipeline, text):
    got = positions(run(pipeline, text))
    assert got == {n: {("Phó Thủ tướng", "Chính phủ", "current")}
                   for n in ("Trần Hồng Hà", "Lê Thành Long", "Bùi Thanh Sơn")}


# --------------------------------------------------------------------------- the army


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dự buổi lễ.", "Hoàng Xuân Chiến",
     {("Thứ trưởng", "Bộ Quốc phòng", "current")}),
    ("Thượng tướng Trịnh Văn Quyết, Bí thư Trung ương Đảng, Phó Bí thư Quân ủy Trung ương, Chủ nhiệm Tổng cục "
     "Chính trị phát biểu.", "Trịnh Văn Quyết",
     {("Bí thư", "Ban Chấp hành Trung ương Đảng", "current"), ("Phó Bí thư", "Quân ủy Trung ương", "current"),
      ("Chủ nhiệm", "Tổng cục Chính trị Quân đội nhân dân Việt Nam", "current")}),
    ("Trung tướng Nguyễn Văn Nghĩa, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, dự lễ.", "Nguyễn Văn Nghĩa",
     {("Phó Tổng Tham mưu trưởng", "Quân đội nhân dân Việt Nam", "current")}),
    ("Đại tá Trần Văn Hùng, Sư đoàn trưởng Sư đoàn 320, báo cáo.", "Trần Văn Hùng",
     {("Sư đoàn trưởng", "Sư đoàn 320", "current")}),
    ("Đại tá Nguyễn Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An, báo cáo.", "Nguyễn Văn Hải",
     {("Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh Nghệ An", "current")}),
])
def test_army_offices_and_ranks_before_the_name_are_no_positions(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: expected}


# --------------------------------------------------------------------------- deputies


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Phát biểu tại hội trường, đại biểu Nguyễn Văn Cảnh – Đoàn ĐBQH tỉnh Bình Định cho rằng cần sửa luật.",
     "Nguyễn Văn Cảnh", "Đoàn đại biểu Quốc hội tỉnh Bình Định"),
    ("Đại biểu Trần Thị Nhị Hà (Đoàn ĐBQH TP Hà Nội) đề nghị bổ sung.",
     "Trần Thị Nhị Hà", "Đoàn đại biểu Quốc hội thành phố Hà Nội"),
    ("Theo đại biểu Lê Văn Bình - Đoàn ĐBQH tỉnh Nghệ An, cần sửa luật.",
     "Lê Văn Bình", "Đoàn đại biểu Quốc hội tỉnh Nghệ An"),
])
def test_a_deputy_printed_with_his_delegation(pipeline, text, name, body):
    assert positions(run(pipeline, text)) == {name: {("Đại biểu Quốc hội", body, "current")}}


def test_a_delegation_after_a_name_without_deputy_is_no_position(pipeline):
    doc = run(pipeline, "Ông Nguyễn Văn Cảnh - Đoàn ĐBQH tỉnh Bình Định phát biểu.")
    assert positions(doc) == {"Nguyễn Văn Cảnh": set()}


# --------------------------------------------------------------------------- foreign leaders


@pytest.mark.parametrize(("text", "name", "title", "body"), [
    ("Tổng thống Pháp Emmanuel Macron và Thủ tướng Phạm Minh Chính đã điện đàm.", "Emmanuel Macron", "Tổng thống", None),
    # a head of government's title with a country names that country's government
    ("Thủ tướng Ấn Độ Narendra Modi hội đàm với Thủ tướng Phạm Minh Chính.", "Narendra Modi", "Thủ tướng",
     "Chính phủ Ấn Độ"),
    ("Ngoại trưởng Mỹ Antony Blinken thăm Việt Nam.", "Antony Blinken", "Ngoại trưởng", None),
    ("Tổng thống Hàn Quốc Lee Jae-myung tiếp đoàn.", "Lee Jae-myung", "Tổng thống", None),
])
def test_foreign_leaders_keep_their_office_without_a_vietnamese_body(pipeline, text, name, title, body):
    assert positions(run(pipeline, text))[name] == {(title, body, "current")}


# --------------------------------------------------------------------------- bodies from the article


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bí thư Thành ủy Nguyễn Văn Nên làm việc với quận 1. Ông Nên yêu cầu TP.HCM quyết liệt hơn.",
     "Nguyễn Văn Nên", ("Bí thư", "Thành ủy Thành phố Hồ Chí Minh")),
    ("Chủ tịch UBND tỉnh Lê Văn Ba ký quyết định. Tỉnh Bến Tre đã triển khai.",
     "Lê Văn Ba", ("Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre")),
    ("Tại Nghệ An, Bí thư Tỉnh ủy Nguyễn Đức Trung chủ trì. Đoàn công tác sau đó đến Hà Tĩnh.",
     "Nguyễn Đức Trung", ("Bí thư", "Tỉnh ủy Nghệ An")),
    # two provinces named: the nearest mention decides
    ("Sáng nay, đoàn công tác làm việc tại Hà Tĩnh rồi đến Nghệ An. Tại đây, Phó Chủ tịch UBND tỉnh Bùi Đình Long "
     "báo cáo.", "Bùi Đình Long", ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")),
    # a city is no province: "Tỉnh ủy" takes the province
    ("Tại Hà Nội, đoàn công tác của tỉnh Nghệ An gặp Bí thư Tỉnh ủy Nguyễn Đức Trung.",
     "Nguyễn Đức Trung", ("Bí thư", "Tỉnh ủy Nghệ An")),
])
def test_a_local_body_without_its_place_takes_the_place_the_article_names(pipeline, text, name, expected):
    assert positions(run(pipeline, text))[name] == {(*expected, "current")}


def test_a_local_body_stays_bare_when_the_article_names_no_place(pipeline):
    doc = run(pipeline, "Chủ tịch UBND tỉnh Lê Văn Ba ký quyết định.")
    assert positions(doc) == {"Lê Văn Ba": {("Chủ tịch", "UBND tỉnh", "current")}}


@pytest.mark.parametrize("later", ["Bộ trưởng nhấn mạnh", "Bộ trưởng Nguyễn Hải Ninh nhấn mạnh",
                                   "Bộ trưởng Ninh nhấn mạnh"])
def test_a_title_repeated_without_its_body_is_the_earlier_office(pipeline, later):
    doc = run(pipeline, f"Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh dự họp. {later} việc hoàn thiện thể chế.")
    assert positions(doc) == {"Nguyễn Hải Ninh": {("Bộ trưởng", "Bộ Tư pháp", "current")}}
    assert len(doc._.persons[0].mentions) == 2


# --------------------------------------------------------------------------- inspectors and departments


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Phó Chánh Thanh tra Sở Y tế Nguyễn Thị Lan cho biết.", "Nguyễn Thị Lan", ("Phó Chánh Thanh tra", "Sở Y tế")),
    ("Ông Lê Quang Mạnh, Trưởng phòng Quan trắc môi trường, bị khởi tố.", "Lê Quang Mạnh",
     ("Trưởng phòng", "Phòng Quan trắc môi trường")),
    ("Bà Trần Thị Hạnh, Phó Trưởng phòng Kế hoạch, cho biết.", "Trần Thị Hạnh",
     ("Phó Trưởng phòng", "Phòng Kế hoạch")),
])
def test_inspectors_and_heads_of_departments(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: {(*expected, "current")}}


# --------------------------------------------------------------------------- "A là <office>", past offices


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Lê Văn Cường hiện là Thứ trưởng Bộ Tư pháp.", "Lê Văn Cường", ("Thứ trưởng", "Bộ Tư pháp", "current")),
    ("Bà Trần Thị Hoa hiện đang là Phó Giám đốc Sở Y tế tỉnh Nghệ An.", "Trần Thị Hoa",
     ("Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")),
    ("Ông Lê Văn Cường nguyên là Thứ trưởng Bộ Tư pháp.", "Lê Văn Cường", ("Thứ trưởng", "Bộ Tư pháp", "former")),
    ("Ông Nguyễn Văn An từng là Giám đốc Sở Tài chính tỉnh Nghệ An.", "Nguyễn Văn An",
     ("Giám đốc", "Sở Tài chính tỉnh Nghệ An", "former")),
    ("Khi đó, Trung tướng Khuất Văn Tâm, Trung đoàn trưởng Trung đoàn 64, được điều lên.", "Khuất Văn Tâm",
     ("Trung đoàn trưởng", "Trung đoàn 64", "former")),
    ("Từ khi còn là Phó Chủ tịch Quốc hội, bà Nguyễn Thị Lan đã nhiều lần nêu vấn đề.", "Nguyễn Thị Lan",
     ("Phó Chủ tịch", "Quốc hội", "former")),
])
def test_current_and_past_cues_before_an_office(pipeline, text, name, expected):
    assert positions(run(pipeline, text)) == {name: {expected}}


def test_thoi_giu_chuc_is_no_office(pipeline):
    doc = run(pipeline, "Ông Nguyễn Văn An thôi giữ chức Giám đốc Sở Tài chính tỉnh Nghệ An.")
    assert positions(doc) == {"Nguyễn Văn An": set()}


def test_a_bare_la_names_no_office(pipeline):
    # "A là <title>" alone is too loose a cue (past narratives, "đây là ..."): no position from it
    doc = run(pipeline, "Ông Nguyễn Văn An là Giám đốc Sở Tài chính tỉnh Nghệ An.")
    assert positions(doc) == {"Nguyễn Văn An": set()}


def test_a_past_clause_does_not_make_the_next_clause_past(pipeline):
    doc = run(pipeline, "Đại tá Trần Thị Hằng nguyên là Trưởng Công an thành phố Phủ Lý, được bổ nhiệm giữ chức vụ "
                        "Phó Giám đốc Công an tỉnh Hà Nam từ tháng 1/2025.")
    assert ("Phó Giám đốc", "Công an tỉnh Hà Nam", "current") in positions(doc)["Trần Thị Hằng"]

