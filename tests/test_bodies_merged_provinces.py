"""Bodies: a province printed as merged into another ("tỉnh Bình Phước cũ") does not make an article name two
provinces: "Tỉnh ủy", "UBND tỉnh" printed without a place are the remaining province's."""

from __future__ import annotations

from conftest import body_names


def test_former_province_aside_the_article_names_one() -> None:
    text = ("Thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh đã yêu cầu khởi công. Đồng Nai là địa phương có nhu cầu lớn. "
            "Tỉnh Đồng Nai (bao gồm cả tỉnh Bình Phước cũ) được giao chỉ tiêu.")
    assert body_names(text) == ["Tỉnh ủy Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai"]
    text = ("UBND tỉnh đã yêu cầu khởi công. Đồng Nai là địa phương có nhu cầu lớn. Tỉnh Đồng Nai và địa bàn "
            "tỉnh Bình Phước (cũ) được giao chỉ tiêu.")
    assert body_names(text) == ["Ủy ban nhân dân tỉnh Đồng Nai"]


def test_two_current_provinces_give_no_place() -> None:
    text = ("Thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh đã yêu cầu khởi công. Đồng Nai là địa phương có nhu cầu lớn. "
            "Tỉnh Đồng Nai và tỉnh Bình Phước được giao chỉ tiêu.")
    assert body_names(text) == []
