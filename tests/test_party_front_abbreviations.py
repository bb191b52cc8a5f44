"""Party and Front offices printed short in an official's chain of positions, spelled out (constructed
sentences): "TUV" (a provincial committee member), "BTV" (a party committee's standing board), "UB MTTQ" and "Hội CCB" before a place, a boarding
school's "PTDTBT"."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names, positions

# --------------------------------------------------------------------------- TUV opens a chain


@pytest.mark.parametrize("sep", [" – ", " - ", ", "])
def test_tuv_is_a_provincial_committee_member_and_keeps_the_chain(pipeline, sep):
    text = f"Tại tỉnh Hà Giang, dự lễ có ông Đỗ Văn Khải{sep}TUV, Giám đốc Sở Y tế, Trưởng ban Bảo vệ sức khỏe cán bộ."
    got = positions(pipeline, text)["Đỗ Văn Khải"]
    assert ("Tỉnh ủy viên", "Tỉnh ủy Hà Giang", "current") in got
    assert {t for t, _b, _s in got} >= {"Tỉnh ủy viên", "Giám đốc"}


def test_tuv_in_a_list_of_guests_separated_by_semicolons(pipeline):
    text = ("Tại tỉnh Sơn La, hội nghị có đồng chí Vi Thị Hạnh – TUV, Bí thư Đảng ủy xã Chiềng Mai; "
            "đồng chí Lò Văn Tuấn – Phó Chủ tịch UBND xã Chiềng Mai.")
    got = positions(pipeline, text)
    assert ("Tỉnh ủy viên", "Tỉnh ủy Sơn La", "current") in got["Vi Thị Hạnh"]
    assert ("Bí thư", "Đảng ủy xã Chiềng Mai", "current") in got["Vi Thị Hạnh"]
    assert all(t != "Tỉnh ủy viên" for t, _b, _s in got["Lò Văn Tuấn"])


def test_tuv_with_no_province_named_keeps_no_body(pipeline):
    got = positions(pipeline, "Ông Đỗ Văn Khải - TUV, Giám đốc Sở Y tế trả lời.")["Đỗ Văn Khải"]
    assert ("Tỉnh ủy viên", None, "current") in got


@pytest.mark.parametrize("text", [
    "Tại tỉnh Hà Giang, ông Đỗ Văn Khải, kỹ sư của hãng TUV Rheinland, phát biểu.",
    "Tại tỉnh Hà Giang, ông Đỗ Văn Khải, chuyên gia mã TUV2024, phát biểu.",
    "Tại tỉnh Hà Giang, ông Đỗ Văn Khải nhận chứng chỉ TUVX hôm qua.",
])
def test_tuv_inside_a_brand_a_code_or_a_word_is_no_office(pipeline, text):
    assert all(t != "Tỉnh ủy viên" for t, _b, _s in positions(pipeline, text).get("Đỗ Văn Khải", set()))


# --------------------------------------------------------------------------- BTV: the standing board


@pytest.mark.parametrize("sep", [" – ", " - ", ", "])
def test_btv_of_a_bare_party_committee_is_its_standing_board(pipeline, sep):
    text = f"Dự có đồng chí Hà Minh Quang{sep}Ủy viên BTV Đảng ủy, Phó Chủ tịch UBND xã ghi nhận."
    assert ("Ủy viên", "Ban Thường vụ Đảng ủy", "current") in positions(pipeline, text)["Hà Minh Quang"]


def test_btv_of_a_commune_committee_with_its_place(pipeline):
    text = "Bà Lục Thị Yến, Ủy viên BTV Đảng ủy xã Nậm Xé, phát biểu."
    assert positions(pipeline, text)["Lục Thị Yến"] == {("Ủy viên", "Ban Thường vụ Đảng ủy xã Nậm Xé", "current")}
    assert "Ban Thường vụ Đảng ủy xã Nậm Xé" in extracted_body_names(text)


def test_btv_of_a_provincial_committee_in_a_province_article(pipeline):
    text = "Ông Hà Minh Quang, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch UBND tỉnh Điện Biên phát biểu."
    got = positions(pipeline, text)["Hà Minh Quang"]
    assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Điện Biên", "current") in got
    assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên", "current") in got


@pytest.mark.parametrize("text", [
    "Câu lạc bộ BTV của các giáo viên song ngữ ra đời năm 2012.",
    "Các đồng chí trong BTV đã họp bàn.",
])
def test_btv_of_no_party_committee_names_no_body(text):
    assert not any("Thường vụ" in b for b in body_names(text))


# --------------------------------------------------------------------------- the Front, veterans, schools


@pytest.mark.parametrize(("text", "body"), [
    ("Bà Lục Thị Yến, Phó Chủ tịch UB MTTQ Việt Nam tỉnh Điện Biên, dự hội nghị.", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên"),
    ("Ông Vàng A Sử, Chủ tịch Hội CCB xã Nậm Xé, phát biểu.", "Hội Cựu chiến binh xã Nậm Xé"),
])
def test_front_and_veterans_abbreviations_before_a_place(text, body):
    assert body in extracted_body_names(text)
    assert not any(b == "Mặt trận Tổ quốc Việt Nam" or "CCB" in b or "UB " in b for b in extracted_body_names(text))


def test_the_front_printed_bare_stays_the_national_organization():
    assert extracted_body_names("Trong khối đại đoàn kết, MTTQ Việt Nam giữ vị trí nòng cốt.") == [
        "Mặt trận Tổ quốc Việt Nam"]


def test_veterans_printed_bare_are_no_body_left_short():
    assert not any("CCB" in b for b in extracted_body_names("Hội Nông dân và Hội CCB cùng ra quân dọn vệ sinh."))


def test_a_boarding_school_abbreviation_is_spelled_out():
    names = extracted_body_names("Bà Lục Thị Yến, Hiệu trưởng Trường PTDTBT THCS Nậm Xé, phát biểu.")
    assert "Trường Phổ thông dân tộc bán trú Trung học cơ sở Nậm Xé" in names
