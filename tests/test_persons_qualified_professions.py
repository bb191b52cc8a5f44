"""Persons: a profession noun flagged ``qualified`` (person_honorifics.tsv: "chuyên gia", "nhà khoa học",
"nhà phân tích", "nhà kinh tế", ...), lower-case words of its field or rank, then a foreign full name the
tagger reads as a person's ("chuyên gia cao cấp A", "nhà khoa học hạt nhân Iran B"); a company, a team, a
product, an outlet or a place after the same words is none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Nhà phân tích Marco Bellini nhận định thị trường sẽ phục hồi.", "Marco Bellini"),
    ("Chuyên gia cao cấp Jeffrey Holt tại CNAS cho rằng rủi ro còn lớn.", "Jeffrey Holt"),
    ("Nhà kinh tế Ryan Dorsey tại Oxford Economics nhận định lạm phát giảm.", "Ryan Dorsey"),
    ("Nhà khoa học hạt nhân Iran Mohsen Rahimi thiệt mạng.", "Mohsen Rahimi"),
])
def test_a_qualified_profession_then_a_foreign_name(pipeline, text, name):
    assert person_names(pipeline, text) == {name}


@pytest.mark.parametrize("text", [
    "Các nhà phân tích Goldman Sachs dự báo giá vàng tăng.",
    "Chuyên gia an ninh mạng Google Cloud cảnh báo lỗ hổng mới.",
    "Nhà phân tích cho biết Apple Vision Pro bán chậm.",
    "Chuyên gia công nghệ Samsung Electronics nói rằng chip mới sẽ ra mắt.",
    "Nhà khoa học tại Đại học Harvard công bố nghiên cứu về bão.",
    "Nhà kinh tế học Mỹ cho rằng lạm phát còn cao.",
    "Nhà nghiên cứu khí hậu Nam Cực ghi nhận băng tan nhanh.",
    "Biên tập viên thể thao Premier League bình luận trận đấu tối qua.",
    "Chuyên gia dinh dưỡng Coca Cola khuyên uống ít đường.",
    "Nhà phân tích dầu mỏ Saudi Aramco dự báo giá dầu tăng.",
    "Chuyên gia bóng đá Real Madrid chia sẻ về mùa giải.",
])
def test_a_company_team_product_or_place_after_the_words_is_no_person(pipeline, text):
    assert person_names(pipeline, text) == set()
