"""Party and Front offices printed short in an official's chain of positions, spelled out (constructed
sentences): "TUV" (a provincial committee member), "BTV" (a party committee's standing board), "UB MTTQ" and "Hội CCB" before a place, a boarding
school's "PTDTBT"."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names, positions

# --------------------------------------------------------------------------- TUV opens a chain

MEMBER = ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Giang", "current")


@pytest.mark.parametrize("sep", [" – ", " - ", ", "])
def test_tuv_is_a_provincial_committee_member_and_keeps_the_chain(pipeline, sep):
    text = f"Tại tỉnh Hà Giang, dự lễ có ông Đỗ Văn Khải{sep}TUV, Giám đốc Sở Y tế, Trưởng ban Bảo vệ sức khỏe cán bộ."
    got = positions(pipeline, text)["Đỗ Văn Khải"]
    assert MEMBER in got
    assert {t for t, _b, _s in got} >= {"Ủy viên", "Giám đốc"}


@pytest.mark.parametrize("text", [
    "Tại tỉnh Hà Giang, dự lễ có ông Đỗ Văn Khải - {}, Giám đốc Sở Y tế tỉnh Hà Giang.",
    "Ông Đỗ Văn Khải, {}, Bí thư Đảng ủy xã Minh Tân, tỉnh Hà Giang, chủ trì buổi gặp.",
    "Đồng chí Đỗ Văn Khải – {}, Chủ tịch HĐND tỉnh Hà Giang tặng quà các gia đình chính sách.",
])
def test_tuv_reads_as_the_full_title_it_abbreviates(pipeline, text):
    short = positions(pipeline, text.format("TUV"))["Đỗ Văn Khải"]
    assert MEMBER in short
    assert short == positions(pipeline, text.format("tỉnh ủy viên"))["Đỗ Văn Khải"]


def test_tuv_in_a_list_of_guests_separated_by_semicolons(pipeline):
    text = ("Tại tỉnh Sơn La, hội nghị có đồng chí Vi Thị Hạnh – TUV, Bí thư Đảng ủy xã Chiềng Mai; "
            "đồng chí Lò Văn Tuấn – Phó Chủ tịch UBND xã Chiềng Mai.")
    got = positions(pipeline, text)
    assert ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Sơn La", "current") in got["Vi Thị Hạnh"]
    assert ("Bí thư", "Đảng ủy xã Chiềng Mai", "current") in got["Vi Thị Hạnh"]
    assert all(t != "Ủy viên" for t, _b, _s in got["Lò Văn Tuấn"])


@pytest.mark.parametrize(("text", "city"), [
    ("Tại Hà Nội, buổi gặp có ông Trịnh Quốc Bảo – TUV, Bí thư Đảng ủy phường Kim Liên.", "Hà Nội"),
    ("Ở thành phố Hải Phòng, ông Trịnh Quốc Bảo, TUV, Bí thư Đảng ủy phường Lê Chân, dự lễ.", "Hải Phòng"),
])
def test_tuv_in_a_centrally_run_city_is_a_city_committee_member(pipeline, text, city):
    got = positions(pipeline, text)["Trịnh Quốc Bảo"]
    assert ("Ủy viên", f"Ban Chấp hành Đảng bộ thành phố {city}", "current") in got
    assert not any(b is None or "tỉnh" in b for _t, b, _s in got)


def test_tuv_takes_the_province_not_a_commune_named_like_a_former_one(pipeline):
    text = "Ông Trịnh Quốc Bảo - TUV, Bí thư Đảng ủy xã Hòa Bình, tỉnh Phú Thọ, kiểm tra đê."
    got = positions(pipeline, text)["Trịnh Quốc Bảo"]
    assert ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Phú Thọ", "current") in got
    assert not any("Hòa Bình" in (b or "") for t, b, _s in got if t == "Ủy viên")


def test_tuv_after_a_commune_named_like_a_former_province_alone_names_no_province(pipeline):
    got = positions(pipeline, "Ông Trịnh Quốc Bảo - TUV, Bí thư Đảng ủy xã Hòa Bình kiểm tra đê.")["Trịnh Quốc Bảo"]
    assert ("Bí thư", "Đảng ủy xã Hòa Bình", "current") in got
    assert all(t != "Ủy viên" for t, _b, _s in got)


def test_tuv_with_no_province_named_is_no_office(pipeline):
    got = positions(pipeline, "Ông Đỗ Văn Khải - TUV, Giám đốc Sở Y tế trả lời.")["Đỗ Văn Khải"]
    assert all(t not in ("Ủy viên", "Tỉnh ủy viên") for t, _b, _s in got)
    assert any(t == "Giám đốc" for t, _b, _s in got)


@pytest.mark.parametrize("text", [
    "Tại tỉnh Hà Giang, ông Đỗ Văn Khải, kỹ sư của hãng TUV Rheinland, phát biểu.",
    "Tại tỉnh Hà Giang, ông Đỗ Văn Khải, chuyên gia mã TUV2024, phát biểu.",
    "Tại tỉnh Hà Giang, ông Đỗ Văn Khải nhận chứng chỉ TUVX hôm qua.",
])
def test_tuv_inside_a_brand_a_code_or_a_word_is_no_office(pipeline, text):
    assert all(t != "Ủy viên" for t, _b, _s in positions(pipeline, text).get("Đỗ Văn Khải", set()))


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


# --------------------------------------------------------------------------- BTV of a mass organization, capitals


@pytest.mark.parametrize("union", ["Công đoàn Viên chức tỉnh Điện Biên", "Công đoàn Giáo dục Việt Nam",
                                   "Hội Nông dân tỉnh Điện Biên"])
def test_btv_before_a_mass_organization_is_its_standing_board(pipeline, union):
    short = positions(pipeline, f"Bà Lò Thị Mai, Ủy viên BTV {union}, trao quà cho đoàn viên.")["Lò Thị Mai"]
    full = positions(pipeline, f"Bà Lò Thị Mai, Ủy viên Ban Thường vụ {union}, trao quà cho đoàn viên.")["Lò Thị Mai"]
    assert short == full == {("Ủy viên", f"Ban Thường vụ {union}", "current")}


def test_a_sector_union_of_a_province_is_a_body():
    assert "Công đoàn Viên chức tỉnh Điện Biên" in body_names("Sáng nay, Công đoàn Viên chức tỉnh Điện Biên ra quân.")


@pytest.mark.parametrize("text", [
    "Ông Phạm Văn Lợi, ỦY VIÊN THƯỜNG VỤ TỈNH ỦY NGHỆ AN, phát biểu tại hội nghị.",
    "ĐỒNG CHÍ PHẠM VĂN LỢI, ỦY VIÊN THƯỜNG VỤ TỈNH ỦY NGHỆ AN, THĂM BÀ CON VÙNG LŨ",
])
def test_a_headline_in_capitals_prints_the_words_no_abbreviation(pipeline, text):
    assert not any(b.startswith("Ban Thường vụ") for b in body_names(text))
    for got in positions(pipeline, text).values():
        assert ("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An", "current") not in got

