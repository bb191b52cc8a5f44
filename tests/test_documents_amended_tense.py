"""Documents: a bare 'sửa đổi' printed after a law's name and followed by a tense word ('Luật Dược sửa đổi vừa
đệ trình Quốc hội', '... đã có hiệu lực', '... sẽ được thông qua') is the amended law's name, not a verb (the
amended_next rows of document_types.tsv); before any other word it stays a verb. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def laws(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return sorted(d.number for d in article.documents if d.type in ("Luật", "Hiến pháp"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự thảo Luật Dược sửa đổi vừa đệ trình Quốc hội hôm 21-10 với một số điểm mới.", ["Luật Dược sửa đổi"]),
        ("Luật Đất đai sửa đổi đã có hiệu lực từ ngày 1-8.", ["Luật Đất đai sửa đổi"]),
        ("Theo Bộ Tài chính, Luật Quản lý thuế sửa đổi sẽ được trình Quốc hội tại kỳ họp tới.",
         ["Luật Quản lý thuế sửa đổi"]),
        ("Dự án Luật Nhà ở sửa đổi đang được lấy ý kiến rộng rãi.", ["Luật Nhà ở sửa đổi"]),
        # an article that brackets the mark writes it so here too
        ("Luật Dược (sửa đổi) gồm 4 chương. Luật Dược sửa đổi vừa được thông qua.", ["Luật Dược (sửa đổi)"]),
        # 'sửa đổi' before any other word is a verb: the bare law
        ("Nghị định hướng dẫn Luật Đất đai sửa đổi nhiều điều về bồi thường.", ["Luật Đất đai"]),
        ("Dự Luật Bảo hiểm y tế sửa đổi quy định về mức hưởng của người bệnh.", ["Luật Bảo hiểm y tế"]),
        ("Quốc hội đã sửa đổi Luật Dược vừa qua.", ["Luật Dược"]),
    ],
)
def test_amended_mark_before_a_tense_word(extractor, text, expected) -> None:
    assert laws(extractor, text) == expected
