"""Pattern families of positions (constructed sentences, several variants each): former and acting
offices, chains after one name, enumerations, the army, deputies, foreign leaders, canonical bodies."""

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


# --------------------------------------------------------------------------- careers after a holder cue


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trần Văn Tuyên từng đảm nhiệm các chức vụ Giám đốc Sở Y tế tỉnh Hưng Yên, Chủ tịch UBND tỉnh Hưng Yên "
     "và Bí thư Tỉnh ủy Hưng Yên.", "Trần Văn Tuyên",
     {("Giám đốc", "Sở Y tế tỉnh Hưng Yên", "former"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Hưng Yên", "former"),
      ("Bí thư", "Tỉnh ủy Hưng Yên", "former")}),
    ("Ông Lê Văn Hận từng làm Phó Giám đốc Công an tỉnh Bạc Liêu, Giám đốc Công an tỉnh Kiên Giang.",
     "Lê Văn Hận", {("Phó Giám đốc", "Công an tỉnh Bạc Liêu", "former"), ("Giám đốc", "Công an tỉnh Kiên Giang", "former")}),
    ("Ông Lê Văn Hận từng giữ các chức vụ Phó Giám đốc Công an tỉnh Bạc Liêu và Giám đốc Công an tỉnh Kiên Giang.",
     "Lê Văn Hận", {("Phó Giám đốc", "Công an tỉnh Bạc Liêu", "former"), ("Giám đốc", "Công an tỉnh Kiên Giang", "former")}),
    ("Ông Trần Văn Thắng từng là Bí thư Huyện ủy Quảng Trạch; Phó Bí thư Thường trực Tỉnh ủy Quảng Bình.",
     "Trần Văn Thắng", {("Bí thư", "Huyện ủy Quảng Trạch", "former"),
                        ("Phó Bí thư Thường trực", "Tỉnh ủy Quảng Bình", "former")}),
    ("Ông Trần Văn Tuyên từng làm Chủ tịch UBND TP Hưng Yên (tỉnh Hưng Yên), Giám đốc Sở Y tế tỉnh Hưng Yên.",
     "Trần Văn Tuyên", {("Chủ tịch", "Ủy ban nhân dân thành phố Hưng Yên", "former"),
                        ("Giám đốc", "Sở Y tế tỉnh Hưng Yên", "former")}),
])
def test_a_career_listed_after_a_holder_cue_is_former_offices(pipeline, text, name, expected):
    assert positions(run(pipeline, text))[name] == expected


def test_va_outside_a_career_joins_two_peoples_offices(pipeline):
    doc = run(pipeline, "Bộ trưởng Bộ Y tế Nguyễn Văn Kiên và Bộ trưởng Bộ Tài chính Hồ Văn Phớc dự họp.")
    assert positions(doc) == {"Nguyễn Văn Kiên": {("Bộ trưởng", "Bộ Y tế", "current")},
                              "Hồ Văn Phớc": {("Bộ trưởng", "Bộ Tài chính", "current")}}


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


@pytest.mark.parametrize("text", [
    "Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Chính phủ Trần Văn Bình, Đại tướng Phan Văn "
    "Giang, Bộ trưởng Bộ Quốc phòng, Đại tướng Lương Văn Quang, Bộ trưởng Bộ Công an; các đồng chí Ủy viên "
    "Trung ương Đảng.",
    "Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Phó Thủ tướng Chính phủ Trần Văn Bình, Đại tướng Phan Văn "
    "Giang, Bộ trưởng Bộ Quốc phòng, Đại tướng Lương Văn Quang, Bộ trưởng Bộ Công an.",
])
def test_a_group_office_before_a_colon_goes_to_every_member_however_introduced(pipeline, text):
    got = positions(run(pipeline, text))
    member = ("Ủy viên", "Bộ Chính trị", "current")
    assert got["Trần Văn Bình"] == {member, ("Phó Thủ tướng", "Chính phủ", "current")}
    assert got["Phan Văn Giang"] == {member, ("Bộ trưởng", "Bộ Quốc phòng", "current")}
    assert got["Lương Văn Quang"] == {member, ("Bộ trưởng", "Bộ Công an", "current")}


@pytest.mark.parametrize(("text", "expected"), [
    ("Dự lễ có Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, Đại tướng Lương Văn Quang, Bộ trưởng Bộ Công an.",
     {"Phan Văn Giang": {("Bộ trưởng", "Bộ Quốc phòng", "current")},
      "Lương Văn Quang": {("Bộ trưởng", "Bộ Công an", "current")}}),
    ("Dự lễ có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, Trung tướng Lê Văn Hùng, Tư lệnh Quân khu 1.",
     {"Hoàng Xuân Chiến": {("Thứ trưởng", "Bộ Quốc phòng", "current")},
      "Lê Văn Hùng": {("Tư lệnh", "Quân khu 1", "current")}}),
    # a single "Title, Rank Name": the office is the name's after it
    ("Dự lễ có Thứ trưởng Bộ Quốc phòng, Thượng tướng Hoàng Xuân Chiến.",
     {"Hoàng Xuân Chiến": {("Thứ trưởng", "Bộ Quốc phòng", "current")}}),
])
def test_in_a_list_of_rank_name_office_each_office_is_the_name_before_it(pipeline, text, expected):
    assert positions(run(pipeline, text)) == expected


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


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Các đại biểu Quốc hội thảo luận dự án luật. Đại biểu Đỗ Văn Khánh (Đồng Nai) đồng tình.",
     "Đỗ Văn Khánh", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai"),
    ("Thảo luận tại Quốc hội, đại biểu Trần Văn Lâm (TP.HCM) đề nghị làm rõ.",
     "Trần Văn Lâm", "Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh"),
    ("Quốc hội cho thôi làm nhiệm vụ đại biểu đối với ông Dương Văn Anh thuộc Đoàn đại biểu Quốc hội tỉnh Vĩnh Phúc.",
     "Dương Văn Anh", "Đoàn đại biểu Quốc hội tỉnh Vĩnh Phúc"),
    ("Bà Lê Thị Hoa thuộc Đoàn ĐBQH tỉnh Nghệ An phát biểu.", "Lê Thị Hoa", "Đoàn đại biểu Quốc hội tỉnh Nghệ An"),
])
def test_a_deputy_with_a_province_or_thuoc_a_delegation(pipeline, text, name, body):
    assert ("Đại biểu Quốc hội", body, "current") in positions(run(pipeline, text))[name]


@pytest.mark.parametrize("text", [
    "Tại kỳ họp HĐND tỉnh, đại biểu Nguyễn Văn Cường (Đồng Nai) phát biểu.",  # no National Assembly
    "Ông Lê Văn Dũng (Hà Nội) phát biểu tại Quốc hội.",  # no "đại biểu"
])
def test_a_province_after_a_name_alone_makes_no_deputy(pipeline, text):
    assert all(not ps for ps in positions(run(pipeline, text)).values())


def test_a_deputy_printed_without_a_province_has_no_delegation(pipeline):
    # a delegate of an article on the Assembly is its deputy, his delegation unnamed
    doc = run(pipeline, "Đại biểu Lê Văn Dũng (sinh năm 1970) phát biểu tại Quốc hội.")
    assert positions(doc) == {"Lê Văn Dũng": {("Đại biểu Quốc hội", None, "current")}}


# --------------------------------------------------------------------------- foreign leaders


@pytest.mark.parametrize(("text", "name", "title", "body"), [
    ("Tổng thống Pháp Emmanuel Macron và Thủ tướng Phạm Minh Chính đã điện đàm.", "Emmanuel Macron", "Tổng thống", "Pháp"),
    ("Ngoại trưởng Mỹ Antony Blinken thăm Việt Nam.", "Antony Blinken", "Ngoại trưởng", "Bộ Ngoại giao Mỹ"),
    ("Tổng thống Hàn Quốc Lee Jae-myung tiếp đoàn.", "Lee Jae-myung", "Tổng thống", "Hàn Quốc"),
])
def test_foreign_leaders_keep_their_office_without_a_vietnamese_body(pipeline, text, name, title, body):
    """No Vietnamese default body; a head of state printed with his country holds that state, a foreign
    minister that state's ministry."""
    assert positions(run(pipeline, text))[name] == {(title, body, "current")}


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Thủ tướng Ấn Độ Narendra Modi hội đàm với Thủ tướng Phạm Minh Chính.", "Narendra Modi", "Chính phủ Ấn Độ"),
    ("Ông sẽ mời Thủ tướng Israel Benjamin Netanyahu đến thăm.", "Benjamin Netanyahu", "Chính phủ Israel"),
    ("Tổng Bí thư Tô Lâm và Thủ tướng Malaysia Anwar Ibrahim dự hội đàm.", "Anwar Ibrahim", "Chính phủ Malaysia"),
    ("Thủ tướng Singapore Lý Hiển Long tiếp đoàn.", "Lý Hiển Long", "Chính phủ Singapore"),
])
def test_a_foreign_head_of_government_heads_his_countrys_government(pipeline, text, name, body):
    assert positions(run(pipeline, text))[name] == {("Thủ tướng", body, "current")}


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
    # the inspectorate of a place: its head's title ends with the body's head ("Thanh tra")
    ("Phó chánh Thanh tra TP.HCM Phạm Văn Nghì góp ý.", "Phạm Văn Nghì",
     ("Phó Chánh Thanh tra", "Thanh tra Thành phố Hồ Chí Minh")),
    ("Chánh Thanh tra tỉnh Nghệ An Nguyễn Văn An phát biểu.", "Nguyễn Văn An",
     ("Chánh Thanh tra", "Thanh tra tỉnh Nghệ An")),
    ("Ông Nguyễn Văn An, Chánh Thanh tra thành phố Hải Phòng, cho biết.", "Nguyễn Văn An",
     ("Chánh Thanh tra", "Thanh tra thành phố Hải Phòng")),
    ("Chánh Thanh tra Bộ Xây dựng Nguyễn Văn An phát biểu.", "Nguyễn Văn An", ("Chánh Thanh tra", "Bộ Xây dựng")),
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



# --------------------------------------------------------------------------- a lower-case head after a title


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bệnh viện Chợ Rẫy vừa họp. Ông Trần Văn Lâm - giám đốc bệnh viện - cho biết.", "Trần Văn Lâm",
     ("Giám đốc", "Bệnh viện Chợ Rẫy", "current")),
    ("Ông Lê Văn Tâm trao quyết định bổ nhiệm ông Trần Văn Tuấn, phó giám đốc Bệnh viện Ung bướu TP.HCM, giữ chức "
     "vụ giám đốc bệnh viện này.", "Trần Văn Tuấn", ("Giám đốc", "Bệnh viện Ung bướu Thành phố Hồ Chí Minh", "current")),
    ("Sở Y tế tỉnh Nghệ An vừa họp. Ông Nguyễn Văn Lâm, Giám đốc sở, cho biết sẽ kiểm tra.", "Nguyễn Văn Lâm",
     ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")),
    ("Trung tâm Y tế huyện Ba Vì vừa họp. Bà Lê Thị Hoa, phó giám đốc trung tâm, cho biết.", "Lê Thị Hoa",
     ("Phó Giám đốc", "Trung tâm Y tế huyện Ba Vì", "current")),
])
def test_a_lower_case_head_after_a_title_is_the_articles_body_of_that_head(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Lâm, giám đốc bệnh viện, cho biết.",  # no hospital named before
    "Bệnh viện Chợ Rẫy vừa họp. Ông Nguyễn Văn Lâm, giám đốc bệnh viện tư nhân lớn nhất vùng, cho biết.",
])
def test_a_lower_case_head_without_an_antecedent_names_no_body(pipeline, text):
    assert positions(run(pipeline, text))["Nguyễn Văn Lâm"] == {("Giám đốc", None, "current")}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Giám đốc Trung tâm Y tế huyện Ba Vì Nguyễn Văn An cho biết.", "Nguyễn Văn An",
     ("Giám đốc", "Trung tâm Y tế huyện Ba Vì", "current")),
    ("Ông Nguyễn Văn An, Giám đốc Trung tâm Y tế thành phố Hưng Yên, cho biết.", "Nguyễn Văn An",
     ("Giám đốc", "Trung tâm Y tế thành phố Hưng Yên", "current")),
    ("Ông Trần Văn Tuyên từng đảm nhiệm các chức vụ giám đốc Trung tâm Y tế thị xã Mỹ Hào, chủ tịch UBND tỉnh Hưng "
     "Yên.", "Trần Văn Tuyên", ("Giám đốc", "Trung tâm Y tế thị xã Mỹ Hào", "former")),
])
def test_a_body_goes_on_through_a_lower_case_level_word_and_its_place(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


# --------------------------------------------------------------------------- departments printed in lower case


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bị can gồm: Bùi Văn Trung - trưởng phòng quan trắc môi trường, Trần Văn Tuấn - cán bộ.", "Bùi Văn Trung",
     ("Trưởng phòng", "Phòng quan trắc môi trường", "current")),
    ("Bị can gồm: Lê Văn Tuấn - phó trưởng phòng hành chính tổng hợp; Trần Văn Biển - cán bộ.", "Lê Văn Tuấn",
     ("Phó Trưởng phòng", "Phòng hành chính tổng hợp", "current")),
    ("Ông Phan Tất Thắng (cựu phó trưởng phòng kinh tế) cũng bị truy tố.", "Phan Tất Thắng",
     ("Phó Trưởng phòng", "Phòng kinh tế", "former")),
    ("Ông Nguyễn Văn Biển, trưởng phòng quản lý hệ thống quan trắc môi trường tự động, bị bắt.", "Nguyễn Văn Biển",
     ("Trưởng phòng", "Phòng quản lý hệ thống quan trắc môi trường tự động", "current")),
])
def test_a_department_printed_in_lower_case_after_an_appositive_title(pipeline, text, name, expected):
    assert positions(run(pipeline, text))[name] == {expected}


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An, trưởng phòng cho biết, sẽ kiểm tra.",  # a verb: no department's name
    "Ông Nguyễn Văn An là trưởng phòng từ năm 2020 đến nay và đã nghỉ hưu.",  # not an appositive
])
def test_lower_case_words_that_are_no_department(pipeline, text):
    assert positions(run(pipeline, text)).get("Nguyễn Văn An", set()) <= {("Trưởng phòng", None, "current")}


# --------------------------------------------------------------------------- spurious: a body running into the next person


@pytest.mark.parametrize(("text", "expected"), [
    ("Danh sách gồm: ông Nguyễn Văn Tuệ - Chủ tịch UBND xã Quỳnh Lương và ông Nguyễn Văn Miên - Chủ tịch MTTQ xã "
     "Quỳnh Lương.",
     {"Nguyễn Văn Tuệ": {("Chủ tịch", "Ủy ban nhân dân xã Quỳnh Lương", "current")},
      "Nguyễn Văn Miên": {("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Quỳnh Lương", "current")}}),
    ("Danh sách gồm: ông Nguyễn Văn Tuệ - Chủ tịch UBND xã Quỳnh Lương và bà Lê Thị Hoa - Phó Chủ tịch HĐND xã "
     "Quỳnh Lương.",
     {"Nguyễn Văn Tuệ": {("Chủ tịch", "Ủy ban nhân dân xã Quỳnh Lương", "current")},
      "Lê Thị Hoa": {("Phó Chủ tịch", "Hội đồng nhân dân xã Quỳnh Lương", "current")}}),
])
def test_a_body_does_not_run_through_an_honorific_into_the_next_person(pipeline, text, expected):
    assert positions(run(pipeline, text)) == expected


# --------------------------------------------------------------------------- one title over two bodies of one place


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tòa xét xử bị cáo Nguyễn Văn Minh (nguyên Chủ tịch HĐND và UBND xã Tân Thành), sinh năm 1964.", "Nguyễn Văn Minh",
     {("Chủ tịch", "Hội đồng nhân dân xã Tân Thành", "former"), ("Chủ tịch", "Ủy ban nhân dân xã Tân Thành", "former")}),
    ("Ông Lê Văn Hòa, Chủ tịch HĐND và UBND huyện Ba Vì, phát biểu.", "Lê Văn Hòa",
     {("Chủ tịch", "Hội đồng nhân dân huyện Ba Vì", "current"), ("Chủ tịch", "Ủy ban nhân dân huyện Ba Vì", "current")}),
    # a body whose own name holds "và" stays one
    ("Ông Lê Văn Hòa, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Nghệ An, phát biểu.", "Lê Văn Hòa",
     {("Giám đốc", "Sở Kế hoạch và Đầu tư tỉnh Nghệ An", "current")}),
])
def test_one_title_over_two_bodies_of_one_place_is_two_offices(pipeline, text, name, expected):
    assert positions(run(pipeline, text))[name] == expected


# --------------------------------------------------------------------------- "<name> làm <office>"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Quốc hội đã phê chuẩn bổ nhiệm ông Nguyễn Văn Thắng làm bộ trưởng Bộ Tài chính nhiệm kỳ 2021 - 2026.",
     "Nguyễn Văn Thắng", ("Bộ trưởng", "Bộ Tài chính", "current")),
    ("Thủ tướng bổ nhiệm ông Lê Văn An làm Thứ trưởng Bộ Y tế.", "Lê Văn An", ("Thứ trưởng", "Bộ Y tế", "current")),
    ("Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh làm Bộ trưởng Bộ Giao thông vận tải.", "Trần Hồng Minh",
     ("Bộ trưởng", "Bộ Giao thông vận tải", "current")),
])
def test_an_office_printed_after_name_lam_is_that_persons(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


@pytest.mark.parametrize("text", [
    "Ông Lê Văn An làm việc với Bộ trưởng Bộ Y tế Trần Văn Bình.",
    "Theo bản án, ông Lê Văn An làm Chủ tịch HĐND xã, biết có dự án.",  # a body without its place
])
def test_lam_without_an_office_with_its_body_gives_none(pipeline, text):
    assert positions(run(pipeline, text))["Lê Văn An"] == set()


# --------------------------------------------------------------------------- the Party's General Secretary


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tổng Bí thư Tô Lâm chủ trì hội nghị.", "Tô Lâm", ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current")),
    ("Ông Nguyễn Văn Bình, Tổng Bí thư, phát biểu bế mạc.", "Nguyễn Văn Bình",
     ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current")),
    ("Đoàn do nguyên Tổng Bí thư Nông Đức Mạnh dẫn đầu.", "Nông Đức Mạnh",
     ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former")),
])
def test_the_general_secretary_heads_the_central_committee(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


def test_a_foreign_party_general_secretary_is_not_ours(pipeline):
    doc = run(pipeline, "Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith hội đàm với phía Việt Nam.")
    for p in doc._.persons:
        assert all(q.body != "Ban Chấp hành Trung ương Đảng" for q in p.positions)


# --------------------------------------------------------------------------- local bodies placed by the article


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tỉnh ủy Bình Định quyết định ông Trần Văn Phúc - tỉnh ủy viên, giám đốc Sở Tài chính - luân chuyển.",
     "Trần Văn Phúc", ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Bình Định", "current")),
    ("Tại Nghệ An, ông Lê Văn Hai, Tỉnh ủy viên, Bí thư Huyện ủy Nam Đàn, phát biểu.",
     "Lê Văn Hai", ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "current")),
    ("Tại TP.HCM, ông Lê Văn Hai, Thành ủy viên, Giám đốc Sở Y tế, phát biểu.",
     "Lê Văn Hai", ("Ủy viên", "Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh", "current")),
    ("Tại Đà Nẵng, ông Trần Văn Lâm, nguyên Thành ủy viên, nguyên Giám đốc Sở Y tế, đã nghỉ hưu.",
     "Trần Văn Lâm", ("Ủy viên", "Ban Chấp hành Đảng bộ thành phố Đà Nẵng", "former")),
])
def test_a_provincial_committee_member_is_of_the_articles_province(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


def test_a_committee_member_without_a_named_province_states_no_position(pipeline):
    assert positions(run(pipeline, "Ông Lê Văn Hai, Tỉnh ủy viên, phát biểu.")) == {"Lê Văn Hai": set()}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Dũng - tỉnh ủy viên, bí thư Huyện ủy Phù Mỹ, chủ tịch HĐND huyện này - được điều động.",
     "Nguyễn Văn Dũng", ("Chủ tịch", "Hội đồng nhân dân huyện Phù Mỹ", "current")),
    ("Ông Lê Văn Hai, Bí thư Đảng ủy xã Tân Thành, Chủ tịch UBND xã này, phát biểu.",
     "Lê Văn Hai", ("Chủ tịch", "Ủy ban nhân dân xã Tân Thành", "current")),
    ("Tại huyện Củ Chi, ông Lê Văn Ba, Chủ tịch UBND huyện này, cho biết.",
     "Lê Văn Ba", ("Chủ tịch", "Ủy ban nhân dân huyện Củ Chi", "current")),
])
def test_a_body_of_this_unit_takes_the_unit_named_last(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


def test_a_body_of_this_unit_with_no_unit_named_stays_as_printed(pipeline):
    got = positions(run(pipeline, "Ông Lê Văn Ba, Chủ tịch UBND huyện này, cho biết."))["Lê Văn Ba"]
    assert all("Củ Chi" not in (b or "") for _t, b, _s in got)


# --------------------------------------------------------------------------- a career told after a pronoun


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thiếu tướng Nguyễn Đức Hải sinh năm 1977. Ông từng là Phó Giám đốc Công an tỉnh Nghệ An.",
     "Nguyễn Đức Hải", ("Phó Giám đốc", "Công an tỉnh Nghệ An", "former")),
    ("Bà Lê Thị Hoa sinh năm 1970. Trước đó, bà từng giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.",
     "Lê Thị Hoa", ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")),
    ("Ông Trần Văn Nam quê Thái Bình. Ông từng làm Phó công an TP Bạc Liêu và Phó Giám đốc Sở Tư pháp tỉnh Bạc Liêu.",
     "Trần Văn Nam", ("Phó Trưởng Công an", "Công an thành phố Bạc Liêu", "former")),
])
def test_a_career_after_a_pronoun_is_the_persons_before_it(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


@pytest.mark.parametrize("text", [
    # a new office after a pronoun is not read as that person's from the pronoun alone
    "Ông Lê Văn Ba phát biểu tại hội nghị. Ông được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.",
    # another person named after the pronoun holds the career
    "Ông Lê Văn Ba phát biểu. Theo ông, ông Trần Văn Tư từng làm Giám đốc Sở Y tế tỉnh Nghệ An.",
])
def test_a_pronoun_does_not_take_a_new_office_or_anothers_career(pipeline, text):
    assert ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "former") not in positions(run(pipeline, text)).get("Lê Văn Ba", set())
    assert ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current") not in positions(run(pipeline, text)).get("Lê Văn Ba", set())


# --------------------------------------------------------------------------- one body printed for two links


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Phạm Minh Tuấn, Phó tổng Biên tập, Bí thư Đảng ủy cơ quan Tạp chí Cộng sản phát biểu.", "Phạm Minh Tuấn",
     {("Phó Tổng Biên tập", "Tạp chí Cộng sản", "current"), ("Bí thư", "Đảng ủy cơ quan Tạp chí Cộng sản", "current")}),
    ("Ông Nguyễn Văn Hà, Phó Tổng Biên tập, Phó Bí thư Đảng ủy Báo Nhân Dân, trình bày báo cáo.", "Nguyễn Văn Hà",
     {("Phó Tổng Biên tập", "Báo Nhân Dân", "current"), ("Phó Bí thư", "Đảng ủy Báo Nhân Dân", "current")}),
    ("Chánh văn phòng kiêm người phát ngôn Bộ Nội vụ Vũ Đăng Minh khẳng định.", "Vũ Đăng Minh",
     {("Chánh Văn phòng", "Bộ Nội vụ", "current"), ("Người phát ngôn", "Bộ Nội vụ", "current")}),
    ("Ngày 28-11, Chánh văn phòng, người phát ngôn Bộ Nội vụ Vũ Đăng Minh cho biết.", "Vũ Đăng Minh",
     {("Chánh Văn phòng", "Bộ Nội vụ", "current"), ("Người phát ngôn", "Bộ Nội vụ", "current")}),
    ("Bà Lê Thị Ba, Phó Chủ tịch, Tổng Thư ký Hội Nhà báo Việt Nam, phát biểu.", "Lê Thị Ba",
     {("Phó Chủ tịch", "Hội Nhà báo Việt Nam", "current"), ("Tổng Thư ký", "Hội Nhà báo Việt Nam", "current")}),
    ("Bà Đào Thị Thủy từng giữ chức vụ phó hiệu trưởng Trường đại học Kinh Bắc, kiêm chánh văn phòng.", "Đào Thị Thủy",
     {("Phó Hiệu trưởng", "Trường Đại học Kinh Bắc", "former"), ("Chánh Văn phòng", "Trường Đại học Kinh Bắc", "former")}),
])
def test_a_body_printed_once_serves_the_link_without_one(pipeline, text, name, expected):
    assert expected <= positions(run(pipeline, text))[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a title with a default body keeps it
    ("Ông Lê Văn Hai, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao, phát biểu.", "Lê Văn Hai",
     ("Phó Thủ tướng", "Chính phủ", "current")),
    # a title naming its own unit ("Phó Trưởng Ban") does not take the unit another title names ("Tổ")
    ("Đồng chí Nguyễn Đức Hiển, Phó Trưởng Ban, Tổ phó Tổ Biên tập phát biểu.", "Nguyễn Đức Hiển",
     ("Phó Trưởng ban", None, "current")),
    # a last link after a comma (not "kiêm") does not take the body before it
    ("Bà Lê Thị Ba, Giám đốc Sở Y tế tỉnh Nghệ An, Chủ tịch, phát biểu.", "Lê Thị Ba", ("Chủ tịch", None, "current")),
])
def test_a_shared_body_does_not_override_a_default_or_run_backwards_over_a_comma(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


# --------------------------------------------------------------------------- bodies named after an office; short heads


@pytest.mark.parametrize("text", [
    "Tiếp đó tại Phủ Thủ tướng, Tổng Bí thư Tô Lâm đã ký lưu bút.",
    "Lễ đón diễn ra tại Phủ Chủ tịch, Tổng Bí thư Tô Lâm dự.",
    "Tại Phủ Tổng thống, Tổng Bí thư Tô Lâm hội đàm.",
])
def test_a_building_named_after_an_office_is_no_office(pipeline, text):
    got = positions(run(pipeline, text))["Tô Lâm"]
    assert got == {("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current")}


def test_chinh_phu_before_a_title_is_still_read(pipeline):
    got = positions(run(pipeline, "Chính phủ Thủ tướng Phạm Minh Chính chỉ đạo."))["Phạm Minh Chính"]
    assert ("Thủ tướng", "Chính phủ", "current") in got


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chủ tịch Ủy ban tỉnh Lâm Đồng Trần Hồng Thái vừa ký văn bản.", "Trần Hồng Thái",
     ("Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng", "current")),
    ("Ông Lê Văn Ba, Phó Chủ tịch Ủy ban huyện Củ Chi, cho biết.", "Lê Văn Ba",
     ("Phó Chủ tịch", "Ủy ban nhân dân huyện Củ Chi", "current")),
    ("Bà Lê Thị Hoa, nguyên Chủ tịch Ủy ban xã Tân Thành, bị khởi tố.", "Lê Thị Hoa",
     ("Chủ tịch", "Ủy ban nhân dân xã Tân Thành", "former")),
])
def test_a_local_committee_printed_short_is_the_peoples_committee(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


def test_another_committee_of_a_province_is_not_the_peoples_committee(pipeline):
    got = positions(run(pipeline, "Chủ tịch Ủy ban Kiểm tra tỉnh Nguyễn Văn An phát biểu."))["Nguyễn Văn An"]
    assert all(b is None or "nhân dân" not in b for _t, b, _s in got)


# --------------------------------------------------------------------------- an office named before its holder by a decision


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Quốc hội đã phê chuẩn miễn nhiệm chức vụ bộ trưởng Bộ Giao thông vận tải nhiệm kỳ 2021 - 2026 đối với ông "
     "Nguyễn Văn Thắng.", "Nguyễn Văn Thắng", ("Bộ trưởng", "Bộ Giao thông vận tải", "former")),
    ("Quốc hội thông qua nghị quyết về việc bổ nhiệm bộ trưởng Bộ Tài chính nhiệm kỳ 2021-2026 đối với ông "
     "Nguyễn Văn Thắng.", "Nguyễn Văn Thắng", ("Bộ trưởng", "Bộ Tài chính", "current")),
    ("Quốc hội miễn nhiệm chức vụ bộ trưởng Bộ Tài chính đối với Phó Thủ tướng Hồ Đức Phớc và chức vụ bộ trưởng "
     "Bộ Giao thông vận tải với ông Nguyễn Văn Thắng.", "Hồ Đức Phớc", ("Bộ trưởng", "Bộ Tài chính", "former")),
    ("Quốc hội miễn nhiệm chức vụ bộ trưởng Bộ Tài chính đối với Phó Thủ tướng Hồ Đức Phớc và chức vụ bộ trưởng "
     "Bộ Giao thông vận tải với ông Nguyễn Văn Thắng.", "Nguyễn Văn Thắng",
     ("Bộ trưởng", "Bộ Giao thông vận tải", "former")),
])
def test_an_office_a_decision_names_before_its_holder(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


@pytest.mark.parametrize("text", [
    "Bộ trưởng Bộ Y tế đã làm việc với ông Nguyễn Văn Thắng.",  # no decision
    "Thủ tướng bổ nhiệm Thứ trưởng Bộ Y tế, trao đổi với ông Nguyễn Văn Thắng.",  # no "đối với" right after
])
def test_an_office_before_voi_without_a_decision_is_not_the_holders(pipeline, text):
    assert positions(run(pipeline, text)).get("Nguyễn Văn Thắng", set()) == set()


# --------------------------------------------------------------------------- organs of a party committee after a cue


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Hòa được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức phó bí thư Huyện ủy "
     "Hoài Ân.", "Nguyễn Văn Hòa",
     {("Ủy viên", "Ban Chấp hành Đảng bộ huyện Hoài Ân", "current"), ("Ủy viên", "Ban Thường vụ Huyện ủy Hoài Ân", "current")}),
    ("Ông Lương Văn Khải thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi giữ chức phó bí thư Tỉnh ủy Hà Tĩnh.",
     "Lương Văn Khải",
     {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "former"), ("Ủy viên", "Ban Thường vụ Tỉnh ủy Hà Tĩnh", "former")}),
    ("Bà Lê Thị Hoa được chỉ định tham gia Ban Chấp hành Đảng ủy và giữ chức phó bí thư Đảng ủy Khối doanh nghiệp trung ương.",
     "Lê Thị Hoa", {("Ủy viên", "Ban Chấp hành Đảng bộ Khối doanh nghiệp Trung ương", "current")}),
    ("Ông Lê Văn Ba tham gia Ban Thường vụ và Ban Chấp hành Thành ủy Đà Nẵng từ năm 2020.", "Lê Văn Ba",
     {("Ủy viên", "Ban Thường vụ Thành ủy Đà Nẵng", "current"), ("Ủy viên", "Ban Chấp hành Đảng bộ thành phố Đà Nẵng", "current")}),
])
def test_organs_of_a_committee_after_a_cue_are_memberships(pipeline, text, name, expected):
    assert expected <= positions(run(pipeline, text))[name]


def test_a_committee_whose_place_is_never_printed_gives_no_membership(pipeline):
    got = positions(run(pipeline, "Ông Lê Văn Ba được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy."))["Lê Văn Ba"]
    assert not any(t == "Ủy viên" for t, _b, _s in got)


# --------------------------------------------------------------------------- a career listed after a career cue


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đại tá Bùi Quang Bình sinh năm 1978. Quá trình công tác, ông trải qua nhiều vị trí công tác, Phó Giám đốc, "
     "Giám đốc Công an tỉnh Quảng Ninh.", "Bùi Quang Bình",
     {("Phó Giám đốc", "Công an tỉnh Quảng Ninh", "former"), ("Giám đốc", "Công an tỉnh Quảng Ninh", "former")}),
    ("Ông Lê Văn Ba trải qua nhiều cương vị như Phó Chủ tịch UBND tỉnh Nghệ An, Giám đốc Sở Y tế tỉnh Nghệ An.",
     "Lê Văn Ba", {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "former"), ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")}),
    ("Bà Trần Thị Hoa kinh qua nhiều vị trí: Phó Giám đốc Sở Tài chính tỉnh Hà Nam và Giám đốc Kho bạc Nhà nước Hà Nam.",
     "Trần Thị Hoa", {("Phó Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former")}),
])
def test_a_career_after_a_career_cue_is_former_offices_of_the_person(pipeline, text, name, expected):
    assert expected <= positions(run(pipeline, text))[name]


def test_trai_qua_hardships_is_no_career(pipeline):
    got = positions(run(pipeline, "Ông Lê Văn Ba đã trải qua nhiều khó khăn, Thủ tướng Phạm Minh Chính nói."))
    assert got["Phạm Minh Chính"] == {("Thủ tướng", "Chính phủ", "current")} and got["Lê Văn Ba"] == set()


# --------------------------------------------------------------------------- a bare committee takes the next link's place


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tại Bình Định, ông Nguyễn Hữu Khúc chủ trì. Ông Phan Chí Hùng - phó bí thư Huyện ủy, chủ tịch UBND huyện Tây Sơn "
     "- được điều động.", "Phan Chí Hùng", ("Phó Bí thư", "Huyện ủy Tây Sơn", "current")),
    ("Tại Nghệ An, ông Lê Văn Ba, Bí thư Huyện ủy, Chủ tịch HĐND huyện Nam Đàn, phát biểu.", "Lê Văn Ba",
     ("Bí thư", "Huyện ủy Nam Đàn", "current")),
    ("Đại tá Bùi Quang Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh Hải Dương, nhận quyết định.",
     "Bùi Quang Bình", ("Ủy viên", "Ban Thường vụ Tỉnh ủy Hải Dương", "current")),
])
def test_a_committee_printed_without_its_place_takes_the_next_links(pipeline, text, name, expected):
    assert expected in positions(run(pipeline, text))[name]


def test_a_committee_with_its_place_keeps_it(pipeline):
    got = positions(run(pipeline, "Ông Lê Văn Ba, Bí thư Tỉnh ủy Nghệ An, Chủ tịch HĐND tỉnh Hà Tĩnh, phát biểu."))["Lê Văn Ba"]
    assert ("Bí thư", "Tỉnh ủy Nghệ An", "current") in got


# --------------------------------------------------------------------------- the subject of a passive decision


@pytest.mark.parametrize(("text", "name", "other"), [
    ("Bà Đào Thị Thủy được bà Nguyễn Thị Hồng - phó chủ tịch hội đồng trường - ký quyết định bổ nhiệm giữ chức vụ "
     "phó hiệu trưởng Trường đại học Kinh Bắc.", "Đào Thị Thủy", "Nguyễn Thị Hồng"),
    ("Ông Lê Văn Ba được ông Trần Văn Tư ký quyết định bổ nhiệm giữ chức vụ phó hiệu trưởng Trường đại học Kinh Bắc.",
     "Lê Văn Ba", "Trần Văn Tư"),
])
def test_an_office_after_a_passive_decision_is_the_subjects(pipeline, text, name, other):
    got = positions(run(pipeline, text))
    assert ("Phó Hiệu trưởng", "Trường Đại học Kinh Bắc", "current") in got[name]
    assert ("Phó Hiệu trưởng", "Trường Đại học Kinh Bắc", "current") not in got.get(other, set())


def test_an_office_after_an_active_decision_is_the_persons_named_last(pipeline):
    got = positions(run(pipeline, "Ông Lê Văn Ba ký quyết định để ông Trần Văn Tư giữ chức vụ phó hiệu trưởng "
                                  "Trường đại học Kinh Bắc."))
    assert ("Phó Hiệu trưởng", "Trường Đại học Kinh Bắc", "current") in got["Trần Văn Tư"]


def test_a_former_bare_office_makes_the_same_office_with_its_body_former(pipeline):
    text = ("Bà Đào Thị Thủy từng được bổ nhiệm giữ chức vụ phó hiệu trưởng. Trước đó, bà Thủy được ông Lê Văn Ba "
            "ký quyết định bổ nhiệm giữ chức vụ phó hiệu trưởng Trường đại học Kinh Bắc.")
    assert positions(run(pipeline, text))["Đào Thị Thủy"] == {("Phó Hiệu trưởng", "Trường Đại học Kinh Bắc", "former")}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trần Văn Hải, Phó Hiệu trưởng, kiêm Chánh Văn phòng Trường Đại học Vinh, phát biểu.", "Trần Văn Hải",
     {("Phó Hiệu trưởng", "Trường Đại học Vinh", "current"),
      ("Chánh Văn phòng", "Văn phòng Trường Đại học Vinh", "current")}),
    ("Bà Lê Thị Hoa, Phó Giám đốc kiêm Chánh Văn phòng Sở Tài chính tỉnh Nam Định, cho biết.", "Lê Thị Hoa",
     {("Phó Giám đốc", "Sở Tài chính tỉnh Nam Định", "current"),
      ("Chánh Văn phòng", "Văn phòng Sở Tài chính tỉnh Nam Định", "current")}),
])
def test_a_link_sharing_an_office_s_body_takes_the_body_the_office_belongs_to(pipeline, text, name, expected):
    assert expected <= positions(run(pipeline, text))[name]
