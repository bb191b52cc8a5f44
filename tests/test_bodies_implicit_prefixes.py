"""Bodies: prefix heads stacked before a body whose place the article gives (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("UBND TPHCM giao Sở Xây dựng báo cáo Ban Thường vụ Đảng ủy UBND Thành phố xem xét.",
     "Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND tỉnh Nghệ An giao Sở Xây dựng báo cáo Ban Thường vụ Đảng ủy UBND tỉnh xem xét.",
     "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Nghệ An"),
    ("UBND TPHCM giao Sở Xây dựng báo cáo Đảng ủy UBND Thành phố xem xét.",
     "Đảng ủy Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("UBND tỉnh Nghệ An giao Văn phòng UBND tỉnh chuẩn bị.", "Văn phòng Ủy ban nhân dân tỉnh Nghệ An"),
    ("Tỉnh Nghệ An: Thường trực Ban Thường vụ Tỉnh ủy họp với UBND tỉnh Nghệ An.",
     "Thường trực Ban Thường vụ Tỉnh ủy Nghệ An"),
])
def test_stacked_prefixes_before_a_body_with_an_implicit_place(text, body):
    assert body in body_names(text)


def test_a_title_before_standing_is_no_prefix():
    assert set(body_names("Tỉnh Nghệ An: Phó Chủ tịch Thường trực UBND tỉnh họp với UBND tỉnh Nghệ An.")) == {
        "Ủy ban nhân dân tỉnh Nghệ An"}


@pytest.mark.parametrize("text, body", [
    ("Ông A - bí thư Huyện ủy Phù Mỹ, chủ tịch HĐND huyện này - được điều động.", "Hội đồng nhân dân huyện Phù Mỹ"),
    ("Ông A, chủ tịch UBND huyện Hoài Ân, chủ tịch HĐND huyện này.", "Hội đồng nhân dân huyện Hoài Ân"),
    ("Lũ quét ở tỉnh Yên Bái và tỉnh Lào Cai. Chủ tịch UBND tỉnh này cho biết.", "Ủy ban nhân dân tỉnh Lào Cai"),
    ("Tại thị xã Ninh Hòa, Chủ tịch UBND thị xã này cho biết.", "Ủy ban nhân dân thị xã Ninh Hòa"),
    ("Huyện Hoài Ân có nhiều dự án. Chủ tịch UBND huyện này cho biết.", "Ủy ban nhân dân huyện Hoài Ân"),
])
def test_a_level_word_and_nay_name_the_last_place_of_that_level(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND huyện này cho biết.",  # no district named before
    "Ông A là người huyện Hoài Ân. Chủ tịch UBND xã này cho biết.",  # no commune named before
])
def test_nay_without_a_place_of_that_level_before_names_nothing(text):
    assert body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Ông A - phó bí thư Huyện ủy, chủ tịch UBND huyện Tây Sơn nhiệm kỳ 2021-2026 - được điều động.",
     "Huyện ủy Tây Sơn"),
    ("Ông D, Bí thư Quận ủy, Chủ tịch UBND quận Ba Đình cho biết.", "Quận ủy Ba Đình"),
    ("Ông B về Huyện ủy Hoài Ân, tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức phó bí thư.",
     "Ban Thường vụ Huyện ủy Hoài Ân"),
    ("Ông B về Huyện ủy Hoài Ân, tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức phó bí thư.",
     "Ban Chấp hành Đảng bộ huyện Hoài Ân"),
    ("Tại huyện Quỳnh Lưu, Ban Thường vụ Huyện ủy đã họp.", "Ban Thường vụ Huyện ủy Quỳnh Lưu"),
])
def test_a_district_committee_without_its_place_takes_the_chains_or_the_last_district(text, body):
    assert body in body_names(text)


def test_a_district_committee_with_no_district_named_names_nothing():
    assert body_names("Ông C là Bí thư Huyện ủy.") == []
    assert body_names("Ông C là Bí thư Huyện ủy, Chủ tịch UBND tỉnh Nghệ An.") == ["Ủy ban nhân dân tỉnh Nghệ An"]


@pytest.mark.parametrize("text, body", [
    ("Hôm qua, Thanh tra Sở Xây dựng lập biên bản công trình sai phép. UBND tỉnh Quảng Trị đã chỉ đạo xử lý.",
     "Thanh tra Sở Xây dựng tỉnh Quảng Trị"),
    ("Bà Lê Thị B, Chánh Văn phòng Sở Tài chính, ký công văn gửi UBND tỉnh Quảng Trị.",
     "Văn phòng Sở Tài chính tỉnh Quảng Trị"),
    ("Đảng ủy Sở Nội vụ vừa tổng kết năm. UBND tỉnh Quảng Trị ghi nhận kết quả này.",
     "Đảng ủy Sở Nội vụ tỉnh Quảng Trị"),
])
def test_prefixes_stack_on_a_department_printed_without_its_place(text, body):
    names = body_names(text)
    assert body in names and body.split(" ", 2)[-1] not in names


@pytest.mark.parametrize("text", [
    "Thanh tra Sở Xây dựng các tỉnh đã vào cuộc. UBND tỉnh Quảng Trị chỉ đạo.",  # a class of departments
    "Hôm qua, Thanh tra Sở Xây dựng lập biên bản. UBND tỉnh Quảng Trị và UBND tỉnh Quảng Bình đã chỉ đạo.",  # two provinces
])
def test_no_prefixed_department_without_one_place(text):
    assert not any(n.startswith("Thanh tra Sở Xây dựng") for n in body_names(text))
