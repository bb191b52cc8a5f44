"""Bodies: foreign organizations named by a long translated name before their acronym in parentheses: the name
reaches the acronym across lower-case words when a proper noun stands right before it or the words are joined
by "và", across a dash, and an assembly's acronym may carry its session number (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Ông tiếp Chủ tịch Đảng Tổ chức thống nhất dân tộc Mã Lai (UMNO).", "Đảng Tổ chức thống nhất dân tộc Mã Lai"),
    ("Hai bên phối hợp tại Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC); thúc đẩy hợp tác.",
     "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương"),
    ("Đoàn dự phiên họp của Nghị viện quốc tế vì bao dung và hòa bình (IPTP) tại Phnom Penh.",
     "Nghị viện quốc tế vì bao dung và hòa bình"),
    ("Ông phát biểu tại phiên khai mạc Nghị viện Quốc tế vì hòa bình và phát triển (IPPD 5) với chủ đề mới.",
     "Nghị viện Quốc tế vì hòa bình và phát triển"),
    ("Bà là lãnh đạo Đảng Liên minh dân tộc Nam Phi (NAU) từ năm ngoái.", "Đảng Liên minh dân tộc Nam Phi"),
])
def test_a_long_name_reaches_its_acronym(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Tòa án Trọng tài thường trực phát lệnh bắt giữ ông Putin (PCA).",  # a clause naming a person
    "Tòa án Trọng tài thường trực phát lệnh bắt giữ nhiều người (PCA).",  # a clause, no proper noun before it
    "Nghị viện quốc tế họp hôm nay.",  # no acronym: the head alone proves nothing
])
def test_a_clause_before_the_parentheses_is_no_name(text):
    assert names(text) == []


def test_a_clause_and_a_news_credit_after_a_party_name_stay_out_of_it():
    # the party's own words name it (party_name rows); the clause and the credit do not
    assert names("Đảng Dân chủ thắng cử ở bang Texas (CNN).") == ["Đảng Dân chủ"]


@pytest.mark.parametrize("text, body", [
    ("Ông Hun Sen, chủ tịch Đảng Nhân dân Campuchia, chủ tịch Thượng viện Campuchia phát biểu.",
     "Đảng Nhân dân Campuchia"),
    ("Tòa án Hiến pháp Thái Lan ra phán quyết hôm qua.", "Tòa án Hiến pháp Thái Lan"),
    ("Chủ tịch Đảng Cộng hòa Mỹ phát biểu.", "Đảng Cộng hòa Mỹ"),
    ("Liên minh Tiến bộ Nhật Bản giành đa số.", "Liên minh Tiến bộ Nhật Bản"),
])
def test_a_foreign_organization_named_with_its_country(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Đảng Tiến bộ tuyên bố sẽ thắng.",  # no country, no acronym, no party_name row
    "Diễn đàn Kinh tế mở rộng năm nay.",
])
def test_without_a_country_or_an_acronym_nothing(text):
    assert names(text) == []


def test_a_party_named_by_its_own_words_needs_neither():
    assert names("Đảng Cộng hòa tuyên bố sẽ thắng.") == ["Đảng Cộng hòa"]  # party_name rows
