"""Documents: a code of conduct printed with its abbreviation ('Bộ Quy tắc ứng xử ở Biển Đông (COC)') is a
document of type 'Bộ quy tắc' (a word flagged marked in document_types.tsv, as 'Thỏa thuận'); a capitalized place in
its name keeps it one, since the type names no organization. Without the abbreviation it names none. Constructed
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def docs(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return sorted((d.type, d.number) for d in article.documents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Việt Nam cam kết sớm thông qua Bộ Quy tắc ứng xử ở Biển Đông (COC) hiệu lực, thực chất.",
         [("Bộ quy tắc", "Bộ quy tắc ứng xử ở Biển Đông")]),
        ("Hai bên nhất trí đàm phán sớm đạt Bộ quy tắc ứng xử ở Biển Đông (COC) hiệu lực và hiệu quả.",
         [("Bộ quy tắc", "Bộ quy tắc ứng xử ở Biển Đông")]),
        ("Các nước thúc đẩy Bộ Quy tắc ứng xử trên biển (COC) phù hợp luật pháp quốc tế.",
         [("Bộ quy tắc", "Bộ quy tắc ứng xử trên biển")]),
        # without its abbreviation, or with no name, it names nothing
        ("Hội Nhà báo ban hành bộ quy tắc ứng xử trên mạng xã hội cho hội viên.", []),
        ("ASEAN và Trung Quốc thúc đẩy Bộ quy tắc ứng xử ở Biển Đông. Sau đó hai bên họp.", []),
        ("Bộ Quy tắc (QT) sẽ được ký vào tuần tới.", []),
        # a ministry printed with its abbreviation is no document
        ("Ông làm việc tại Bộ Quốc phòng (BQP) từ năm 2010.", []),
    ],
)
def test_code_of_conduct_with_its_abbreviation(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected
