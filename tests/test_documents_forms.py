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
