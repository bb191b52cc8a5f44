"""Bodies: foreign organizations named with their acronym in parentheses, and news agencies (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Sau khi Tòa án Hình sự quốc tế (ICC) phát lệnh bắt giữ ông X.", "Tòa án Hình sự quốc tế"),
    ("Ông A, Tổng Bí thư Đảng Phong trào cánh tả Thống nhất (MIU), phát biểu.",
     "Đảng Phong trào cánh tả Thống nhất"),
    ("Đảng Dân chủ Tự do (LDP) thắng cử.", "Đảng Dân chủ Tự do"),
    ("Diễn đàn Kinh tế Thế giới (WEF) khai mạc.", "Diễn đàn Kinh tế Thế giới"),
    ("Liên minh Dân chủ Tự do (FDP) rút khỏi chính phủ.", "Liên minh Dân chủ Tự do"),
])
def test_a_foreign_organization_defined_with_its_acronym(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Tòa án Hiến pháp ra phán quyết.",  # no acronym, no country: the head alone proves nothing (the ICC itself
    # is a gazetteer name now)
    "Đảng Dân chủ Tự do thắng cử.",
    "Chương trình Nghệ thuật (CT) diễn ra tối nay.",  # a programme is an event, not an organization
])
def test_the_same_heads_without_an_acronym_name_nothing(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Hãng tin Reuters cho biết.",
    "Ông nói theo Hãng tin Reuters, giá dầu tăng.",
])
def test_a_news_agency_after_its_head(text):
    assert "Reuters" in names(text)


def test_a_listed_body_defined_with_an_acronym_is_still_itself():
    assert set(names("Đảng Cộng sản Việt Nam (ĐCSVN) lãnh đạo.")) == {"Đảng Cộng sản Việt Nam"}
    assert set(names("Tòa án nhân dân tỉnh Nghệ An (TAND) xét xử.")) == {"Tòa án nhân dân tỉnh Nghệ An"}


@pytest.mark.parametrize("text, body", [
    ("Hiệp hội Tài chính và Đầu tư Việt Nam tại Vương quốc Anh (VIFA UK) chính thức ra mắt.",
     "Hiệp hội Tài chính và Đầu tư Việt Nam tại Vương quốc Anh"),
    ("Tham dự có đại diện Thương vụ Việt Nam tại Anh và các hiệp hội.", "Thương vụ Việt Nam tại Anh"),
    ("Đại sứ quán Việt Nam tại Nhật Bản tổ chức lễ kỷ niệm.", "Đại sứ quán Việt Nam tại Nhật Bản"),
    ("Hiệp hội Doanh nghiệp Việt Nam tại Lào họp báo.", "Hiệp hội Doanh nghiệp Việt Nam tại Lào"),
])
def test_a_vietnamese_body_abroad_names_its_country(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Ngân hàng Nhà nước Việt Nam tại Hà Nội họp.", "Ngân hàng Nhà nước Việt Nam"),  # a city, not a country
    # the host city only where the article names the mission with its host country (else: mission_host_cities); the
    # mission so read bare is the one the article names with its host (bodies/mission_repeats.py)
    ("Đại sứ quán Mỹ tại Việt Nam thông báo. Đại sứ quán Mỹ tại Hà Nội cho biết.", "Đại sứ quán Mỹ tại Việt Nam"),
])
def test_a_place_inside_the_country_is_no_part_of_the_name(text, body):
    assert body in names(text) and not any("Hà Nội" in n for n in names(text))


@pytest.mark.parametrize("text, body", [
    ("Tổng Bí thư Đảng Phong trào cánh tả thống nhất (MIU) - Bộ trưởng Hội nhập khu vực phát biểu.",
     "Đảng Phong trào cánh tả thống nhất"),
    ("Ông A, Tổng Bí thư Đảng Phong trào cánh tả thống nhất (MIU), phát biểu.", "Đảng Phong trào cánh tả thống nhất"),
    ("Liên minh Dân chủ tự do (FDP) rút khỏi chính phủ.", "Liên minh Dân chủ tự do"),
])
def test_lower_case_words_before_the_acronym_end_the_name(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text, party", [
    ("Đảng Cộng hòa tuyên bố (AFP) rằng sẽ thắng.", ["Đảng Cộng hòa"]),  # a clause and a news credit, not a name
    ("Đảng Dân chủ thắng cử (AFP).", ["Đảng Dân chủ"]),  # (the party's own words name it: party_name rows)
    ("Tòa án Trọng tài thường trực phát lệnh bắt giữ (PCA).", []),  # more than two words: a clause
    ("Đảng Dân chủ thắng cử ở bang này (CNN).", ["Đảng Dân chủ"]),
])
def test_a_clause_before_parentheses_is_no_part_of_the_name(text, party):
    assert names(text) == party
