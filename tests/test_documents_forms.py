"""Documents: number forms, amending titles, the tail of a law's name, a type word with no name; constructed
sentences per family."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def pairs(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return [(d.type, d.number) for d in article.documents]


# --------------------------------------------------------------------------- a type word joined to the next word


@pytest.mark.parametrize(
    "text",
    [
        "Tại phiên họp, các đại biểu nhất trí việc ban hành Nghị quyết và cho rằng, nhiều nội dung sẽ góp phần tháo gỡ.",
        "Các đại biểu nhất trí ban hành Nghị quyết hoặc Chỉ thị riêng cho lĩnh vực này.",
        "Tỉnh triển khai Đề án hay Kế hoạch phù hợp với điều kiện địa phương.",
    ],
)
def test_a_conjunction_after_a_type_word_opens_no_name(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- a number with a decimal part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Xây dựng kiểm tra việc thực hiện Nghị quyết số 66.1/2025/NQ-CP ngày 18/7/2025 của Chính phủ.",
         [("Nghị quyết", "66.1/2025/NQ-CP")]),
        ("Chính phủ ban hành Nghị quyết 206.2/2025/NQ-CP về cơ chế đặc thù.", [("Nghị quyết", "206.2/2025/NQ-CP")]),
        ("Theo Quyết định số 12.3/QĐ-UBND, tỉnh giao đất cho dự án.", [("Quyết định", "12.3/QĐ-UBND")]),
    ],
)
def test_a_number_with_a_decimal_part_is_whole(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_a_decimal_before_a_slash_without_code_is_no_number(extractor) -> None:
    assert pairs(extractor, "Tỷ lệ đạt 66.1/100 điểm trong kỳ đánh giá.") == []


# --------------------------------------------------------------------------- '(sửa đổi)' after a year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cấp huyện kết thúc hoạt động sau khi Hiến pháp năm 2013 (sửa đổi) và Luật Tổ chức chính quyền địa phương "
         "năm 2025 (sửa đổi) có hiệu lực thi hành.",
         [("Hiến pháp", "Hiến pháp năm 2013 (sửa đổi)"),
          ("Luật", "Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi)")]),
        ("Quốc hội thông qua Luật Đất đai năm 2024 (sửa đổi, bổ sung) tại kỳ họp.",
         [("Luật", "Luật Đất đai năm 2024 (sửa đổi)")]),
        ("Theo Hiến pháp năm 2013, Quốc hội là cơ quan đại biểu cao nhất.", [("Hiến pháp", "Hiến pháp năm 2013")]),
        ("Quốc hội thông qua Luật Quản lý thuế (sửa đổi) năm 2025.", [("Luật", "Luật Quản lý thuế (sửa đổi) năm 2025")]),
    ],
)
def test_amended_after_the_year_belongs_to_the_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected
