"""Documents: a programme named by its field and its edition's bare year, printed in lower case ('chương trình
giáo dục phổ thông 2018'), is that edition (edition rows of document_types.tsv); 'hai chương trình giáo dục phổ
thông 2006 và 2018' names two editions. Another field or a bare type word with a year names none. Constructed
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def programmes(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 20)))
    return sorted(d.number for d in article.documents if d.type == "Chương trình")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ thi lần đầu tổ chức đồng thời cho hai chương trình giáo dục phổ thông 2006 và 2018, được đánh giá cao.",
         ["Chương trình giáo dục phổ thông 2006", "Chương trình giáo dục phổ thông 2018"]),
        ("Đề thi phù hợp với tinh thần chương trình giáo dục phổ thông 2018 vốn nhấn mạnh vai trò của người học.",
         ["Chương trình giáo dục phổ thông 2018"]),
        ("Giáo viên cần được bồi dưỡng để dạy chương trình giáo dục phổ thông 2018.",
         ["Chương trình giáo dục phổ thông 2018"]),
        ("Bộ triển khai Chương trình giáo dục phổ thông 2018 từ năm học 2020-2021.",
         ["Chương trình giáo dục phổ thông 2018"]),
        # a field that names no edition, or the type word alone before a year: none
        ("Nhiều sinh viên quan tâm chương trình học bổng 2024 của trường.", []),
        ("Học sinh học theo chương trình 2018 từ lớp 1.", []),
        ("Thí sinh học chương trình cũ 2006 được dự thi riêng.", []),
    ],
)
def test_programme_named_by_its_edition_year(extractor, text, expected) -> None:
    assert programmes(extractor, text) == expected
