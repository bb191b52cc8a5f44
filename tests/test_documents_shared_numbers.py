"""Documents: bare numbers listed before a số hiệu share its year and code ('Nghị định 151 và 226/2025/NĐ-CP').
Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def triples(extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return sorted((d.type, d.number, d.issuer) for d in article.documents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Địa phương thực hiện Nghị định 151 và 226/2025/NĐ-CP của Chính phủ, đồng thời tập huấn cán bộ.",
         [("Nghị định", "151/2025/NĐ-CP", "Chính phủ"), ("Nghị định", "226/2025/NĐ-CP", "Chính phủ")]),
        ("Theo Nghị định số 01, 02 và 03/2024/NĐ-CP, các bộ phải báo cáo.",
         [("Nghị định", "01/2024/NĐ-CP", "Chính phủ"), ("Nghị định", "02/2024/NĐ-CP", "Chính phủ"),
          ("Nghị định", "03/2024/NĐ-CP", "Chính phủ")]),
        ("Bộ đã ban hành Thông tư 12 và 13/2023/TT-BTC quy định mức thu phí.",
         [("Thông tư", "12/2023/TT-BTC", "Bộ Tài chính"), ("Thông tư", "13/2023/TT-BTC", "Bộ Tài chính")]),
    ],
)
def test_listed_numbers_share_the_last_ones_tail(extractor, text, expected) -> None:
    assert triples(extractor, text) == expected


def test_a_number_before_another_type_keeps_its_own_form(extractor) -> None:
    found = triples(extractor, "Xã lập quy hoạch theo Nghị định số 151 và Thông tư số 23/2025/TT-BNNMT hướng dẫn.")
    assert ("Nghị định", "151", None) in found
    assert not any(n == "151/2025/TT-BNNMT" for _, n, _ in found)
