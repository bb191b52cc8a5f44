"""Documents: a decree or circular titled by what it details ('Nghị định quy định chi tiết ...').
Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def pairs(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return sorted((d.type, d.number) for d in article.documents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giao Bộ Xây dựng khẩn trương trình ban hành Nghị định quy định chi tiết về Quỹ nhà ở quốc gia, Thủ tướng "
         "cho rằng cần nghiên cứu thêm.",
         [("Nghị định", "Nghị định quy định chi tiết về Quỹ nhà ở quốc gia")]),
        ("Bộ Tài chính đang hoàn thiện Thông tư quy định chi tiết về hóa đơn điện tử.",
         [("Thông tư", "Thông tư quy định chi tiết về hóa đơn điện tử")]),
        # the articles of a law it details: the law stays a document of its own
        ("Tại Chương IV, dự thảo Nghị định quy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp đề xuất "
         "quy định về thu nhập từ chuyển nhượng bất động sản.",
         [("Luật", "Luật Thuế thu nhập doanh nghiệp"),
          ("Nghị định", "Nghị định quy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp")]),
        ("Bộ đã ban hành Thông tư quy định chi tiết khoản 2 Điều 8 của Luật Quản lý thuế trong tháng 7.",
         [("Luật", "Luật Quản lý thuế"), ("Thông tư", "Thông tư quy định chi tiết khoản 2 Điều 8 của Luật Quản lý thuế")]),
    ],
)
def test_a_title_named_by_what_it_details(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # nothing detailed after the phrase, or a lower-case type word (what a ministry is asked to issue)
        "Các bộ khẩn trương trình Chính phủ ban hành Nghị định quy định chi tiết và biện pháp thi hành, trình Thủ tướng.",
        "Thủ tướng chỉ đạo Bộ Xây dựng tiếp tục có thông tư quy định chi tiết sau khi Chính phủ đã ban hành.",
        "Bộ ban hành Nghị định quy định chi tiết việc này trong tháng tới.",
    ],
)
def test_no_title_without_what_it_details(extractor, text) -> None:
    assert not any("chi tiết" in (n or "") for _, n in pairs(extractor, text))
