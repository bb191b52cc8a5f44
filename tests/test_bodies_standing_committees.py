"""Bodies: "Thường vụ" printed before a party committee is its standing committee ("Thường vụ Thành ủy đã bàn
bạc" -> "Ban Thường vụ Thành ủy ..."); after a member's title ("Ủy viên Thường vụ Hội X") it is part of the title."""

from __future__ import annotations

from conftest import body_names


def test_short_standing_committee_before_a_party_committee() -> None:
    assert body_names("Thường vụ Tỉnh ủy Nghệ An đã họp.") == ["Ban Thường vụ Tỉnh ủy Nghệ An"]
    assert body_names("Thường vụ Đảng ủy Chính phủ thống nhất mô hình.") == ["Ban Thường vụ Đảng ủy Chính phủ"]


def test_short_standing_committee_without_place_in_an_article_about_one_city() -> None:
    text = "Ông Thăng cho biết, Thường vụ Thành ủy đã bàn bạc. Bí thư Thành uỷ TP HCM kể lại."
    assert body_names(text) == ["Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh"]


def test_member_title_keeps_the_short_form() -> None:
    assert body_names("Ông A, Ủy viên Thường vụ Tỉnh ủy Nghệ An.") == ["Tỉnh ủy Nghệ An"]
    assert body_names("Ông B, Ủy viên Thường vụ Hội Thầy thuốc trẻ Việt Nam.") == ["Hội Thầy thuốc trẻ Việt Nam"]
    text = "Ông A, Ủy viên Thường vụ Tỉnh ủy, Giám đốc Sở Y tế tỉnh Nghệ An."
    assert body_names(text) == ["Tỉnh ủy Nghệ An", "Sở Y tế tỉnh Nghệ An"]


def test_printed_standing_committee_is_unchanged() -> None:
    assert body_names("Ông A, Ủy viên Ban Thường vụ Tỉnh ủy Nghệ An.") == ["Ban Thường vụ Tỉnh ủy Nghệ An"]
    assert body_names("Ủy ban Thường vụ Quốc hội cho ý kiến.") == ["Ủy ban Thường vụ Quốc hội"]
