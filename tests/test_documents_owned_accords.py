"""Documents: an international document named by the organization it belongs to and its subject ('Công ước khung
của Liên Hiệp Quốc về biến đổi khí hậu') is named as printed, its owner's bracketed abbreviation left out; the year
it was signed, a date or a place after the subject is no part of the name. Without a capitalized owner printed in full
(not 'của LHQ'), for a statement, or at a sentence's start, none is read this way. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def accords(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 25)))
    return sorted((d.type, d.number) for d in article.documents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn đại biểu tới dự phiên họp các bên của Công ước khung của Liên Hợp Quốc (LHQ) về biến đổi khí hậu "
         "ngày 12-11 tại Baku.",
         [("Công ước", "Công ước khung của Liên Hợp Quốc về biến đổi khí hậu")]),
        ("Các nước cam kết tuân thủ Công ước của Liên Hợp Quốc về quyền trẻ em năm 1989, tôn trọng lẫn nhau.",
         [("Công ước", "Công ước của Liên Hợp Quốc về quyền trẻ em")]),
        ("Đại diện các nước thành viên Công ước của Liên Hiệp Quốc về chống tham nhũng (UNCAC) đã họp tại Viên.",
         [("Công ước", "Công ước của Liên Hiệp Quốc về chống tham nhũng")]),
        ("Hai bên giải quyết tranh chấp theo Công ước của Liên Hợp Quốc về Luật Biển năm 1982, theo đúng luật pháp.",
         [("Công ước", "Công ước của Liên Hợp Quốc về Luật Biển")]),
        # a comma, 'và' or a person's name after the subject ends it
        ("Dựa trên Công ước của Liên Hợp Quốc về quyền người khuyết tật, các tỉnh đã sửa lại quy chuẩn.",
         [("Công ước", "Công ước của Liên Hợp Quốc về quyền người khuyết tật")]),
        ("Phái đoàn đã ký Công ước của Liên Hợp Quốc về chống buôn bán người và đề nghị các bên hợp tác.",
         [("Công ước", "Công ước của Liên Hợp Quốc về chống buôn bán người")]),
        ("Tổng thư ký Công ước của Liên Hợp Quốc về chống sa mạc hóa Ibrahim Thiaw dự lễ khai mạc.",
         [("Công ước", "Công ước của Liên Hợp Quốc về chống sa mạc hóa")]),
        # no capitalized owner, or the owner's words run into a sentence: no accord named by its owner
        ("Ông cho biết Hiệp định của hai nước về thương mại đã được ký.", []),
        ("Công ước của Liên Hợp Quốc về quyền trẻ em được nhắc lại tại hội nghị.", []),
        # an owner printed by its abbreviation only; a statement or a memorandum of a body is no treaty so named
        ("Phiên họp thường niên của Công ước khung của LHQ về biến đổi khí hậu khai mạc hôm nay.", []),
        ("Người phát ngôn đọc Tuyên bố của Bộ Ngoại giao về vụ va chạm trên biển.", []),
    ],
)
def test_accord_named_by_its_owner(extractor, text, expected) -> None:
    assert accords(extractor, text) == expected
