"""Bodies: a foreign chamber printed without its country ("Chủ tịch Hạ viện") in an article about one
country is that country's."""

from __future__ import annotations

from conftest import body_names


def test_bare_chambers_in_an_article_about_one_country() -> None:
    text = "Tổng Bí thư sẽ gặp Thủ tướng Malaysia, Chủ tịch Hạ viện, Chủ tịch Thượng viện của Malaysia."
    assert body_names(text) == ["Chính phủ Malaysia", "Hạ viện Malaysia", "Thượng viện Malaysia"]
    text = ("Thủ tướng hội kiến Chủ tịch Thượng viện Ricardo và Chủ tịch Hạ viện Alfredo tại trụ sở Quốc hội Cộng "
            "hòa Dominica. Việt Nam coi trọng quan hệ với Cộng hòa Dominica trong chính sách với khu vực Mỹ Latin. "
            "Tổng thống Cộng hòa Dominica cảm ơn.")
    assert body_names(text) == ["Thượng viện Cộng hòa Dominica", "Hạ viện Cộng hòa Dominica"]  # "trụ sở": a venue


def test_bare_chambers_without_one_country_name_no_body() -> None:
    assert body_names("Chủ tịch Hạ viện phát biểu tại Hà Nội, Việt Nam.") == []
    assert body_names("Chủ tịch Hạ viện gặp Thủ tướng Nhật Bản tại Mỹ.") == ["Chính phủ Nhật Bản"]


def test_chamber_printed_with_its_country_is_read_once() -> None:
    assert body_names("Hạ viện Nhật Bản và Thượng viện đã thông qua dự luật.") == ["Hạ viện Nhật Bản", "Thượng viện Nhật Bản"]
