"""Positions: the full title of an ambassador, "Đại sứ đặc mệnh toàn quyền", is one title, with the embassy of
its country at its place as the body, before or after the name, current or former (titles.tsv). Constructed
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def offices(extractor, text: str) -> dict[str, list[tuple[str, str | None, str]]]:
    art = extractor.extract_clean(CleanArticle(source="test", text=text, published=dt.date(2025, 6, 1)))
    return {p.name: [(q.title, q.body, q.status) for q in p.positions] for p in art.persons}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Đại sứ đặc mệnh toàn quyền Việt Nam tại Malaysia Trần Văn Khải đã trình quốc thư.", "Trần Văn Khải",
         ("Đại sứ đặc mệnh toàn quyền", "Đại sứ quán Việt Nam tại Malaysia", "current")),
        ("Ông Lê Minh Tâm, Đại sứ đặc mệnh toàn quyền Việt Nam tại Pháp, cho biết như vậy.", "Lê Minh Tâm",
         ("Đại sứ đặc mệnh toàn quyền", "Đại sứ quán Việt Nam tại Pháp", "current")),
        ("Bà Nguyễn Thu Hà, nguyên Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản, phát biểu.", "Nguyễn Thu Hà",
         ("Đại sứ đặc mệnh toàn quyền", "Đại sứ quán Việt Nam tại Nhật Bản", "former")),
    ],
)
def test_the_full_title_of_an_ambassador(extractor, text, name, expected) -> None:
    assert expected in offices(extractor, text)[name]


def test_the_short_title_stays_short(extractor) -> None:
    got = offices(extractor, "Đại sứ Việt Nam tại Malaysia Trần Văn Khải đã trình quốc thư.")
    assert got["Trần Văn Khải"] == [("Đại sứ", "Đại sứ quán Việt Nam tại Malaysia", "current")]
