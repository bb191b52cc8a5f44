"""Documents: a decree of 1945-1959 ("Sắc lệnh", its code SL), a peace treaty ("Hòa ước") and a treaty's year
printed after its name ("Hiệp định Geneva 1954": the year it was signed, no part of its name). Constructed
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def docs(extractor, text: str) -> list[tuple[str, str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return sorted((d.type, d.number, d.date) for d in article.documents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm 1946, Hội đồng Lâm Sơn ban hành Sắc lệnh số 21/SL về việc lập tỉnh mới.",
     [("Sắc lệnh", "21/SL", None)]),
    ("Theo Sắc lệnh số 33 ngày 5/3/1946 của Chủ tịch Chính phủ, các xã lập ủy ban hành chính.",
     [("Sắc lệnh", "33", "1946-03-05")]),
    ("Sắc lệnh 47 quy định việc thành lập các đoàn thanh tra ở những tỉnh miền núi.",
     [("Sắc lệnh", "47", None)]),
])
def test_a_decree_is_its_own_type(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Tổng thống Ardania ký nhiều sắc lệnh hành pháp trong ngày đầu nhậm chức.",  # lower case, no number
    "Công văn số 12/HC gửi các xã trong huyện.",  # a bare code that names no type
])
def test_no_decree_without_its_type_word_and_number(extractor, text) -> None:
    assert [d for d in docs(extractor, text) if d[0] == "Sắc lệnh"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sau đó Hòa ước Vạn Xuân được ký kết giữa hai bên.", [("Hòa ước", "Hòa ước Vạn Xuân", None)]),
    ("Hai nước ký Hòa ước Kim Lăng sau nhiều năm giao tranh.", [("Hòa ước", "Hòa ước Kim Lăng", None)]),
])
def test_a_peace_treaty_is_named_by_its_capitalized_words(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hiệp định Bắc Hà 1962 đã chấm dứt chiến tranh.", [("Hiệp định", "Hiệp định Bắc Hà", "1962")]),
    ("Hiệp ước Lâm Hà 1980 vẫn còn hiệu lực giữa hai nước.", [("Hiệp ước", "Hiệp ước Lâm Hà", "1980")]),
    # "năm" before the year keeps it in the name, as printed
    ("Hiệp định Nam Thành năm 1971 đã chấm dứt chiến tranh.", [("Hiệp định", "Hiệp định Nam Thành năm 1971", None)]),
])
def test_a_treaty_year_after_its_name_is_its_date(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a pair of sides joined by a dash, lower-case words, an acronym: the year is trimmed, it is no signing date
    ("Hiệp định Thương mại tự do Ardania - EU 2020 mở ra cơ hội mới.",
     [("Hiệp định", "Hiệp định Thương mại tự do Ardania - EU", None)]),
    ("Hiệp định Đối tác kinh tế Lâm Hà - Bắc Thành 2018 có hiệu lực.",
     [("Hiệp định", "Hiệp định Đối tác kinh tế Lâm Hà - Bắc Thành", None)]),
    ("Hiệp định ARFTA 2019 đã giúp xuất khẩu tăng mạnh.", [("Hiệp định", "Hiệp định ARFTA", None)]),
])
def test_a_year_after_a_treaty_not_named_by_a_place_is_no_date(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch nước ký Sắc lệnh số 14/SL về tổ chức chính quyền.", [("Sắc lệnh", "14/SL", None)]),
    ("Theo Sắc lệnh 52/SL, các tỉnh lập ban thanh tra.", [("Sắc lệnh", "52/SL", None)]),
])
def test_a_bare_code_flagged_bare_ok_names_a_document(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Theo Quyết định số 15/QĐ, ông Lâm Văn Tú được điều động về xã.",
    "Báo cáo 12/BC gửi Ủy ban nhân dân huyện Lâm Hà.",
    "Chỉ thị số 8/CT được phổ biến đến các thôn.",
])
def test_a_bare_code_not_flagged_names_no_document(extractor, text) -> None:
    assert docs(extractor, text) == []
