"""Documents: a treaty named in lower case and closed by its abbreviation. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def treaties(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return sorted(d.number for d in article.documents if d.type in ("Hiệp định", "Hiệp ước", "Công ước"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai nước đã có Hiệp định thương mại tự do song phương UKVFTA, sau đó Anh tham gia nhiều khối.",
         ["Hiệp định thương mại tự do song phương UKVFTA"]),
        ("Thứ trưởng cho biết Hiệp định đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) đã cam kết mở cửa.",
         ["Hiệp định đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)"]),
        ("Doanh nghiệp hưởng lợi từ Hiệp định thương mại tự do Việt Nam - EU (EVFTA) trong năm qua.",
         ["Hiệp định thương mại tự do Việt Nam - EU (EVFTA)"]),
        ("Việt Nam tham gia Hiệp định đối tác kinh tế toàn diện khu vực (RCEP) từ năm 2022.",
         ["Hiệp định đối tác kinh tế toàn diện khu vực (RCEP)"]),
        # the abbreviation printed again names the same treaty
        ("Hiệp định đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP) có hiệu lực từ năm 2018. "
         "Năm 2024 Anh tham gia Hiệp định CPTPP.",
         ["Hiệp định đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)"]),
    ],
)
def test_a_lower_case_treaty_name_runs_to_its_abbreviation(extractor, text, expected) -> None:
    assert treaties(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause between the type word and an abbreviation: no name
        "Hiệp định này sẽ giúp mở rộng thị trường ASEAN trong thời gian tới.",
        "Hiệp định được ký kết tại trụ sở WTO năm ngoái.",
        "Hiệp định mở ra cơ hội cho doanh nghiệp khi vào thị trường ASEAN.",
    ],
)
def test_no_treaty_name_over_a_clause(extractor, text) -> None:
    assert treaties(extractor, text) == []
