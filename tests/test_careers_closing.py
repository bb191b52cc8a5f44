"""v_careers closes an office when a later change ends it, on a DuckDB file written and read again."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb

from nqextract.db import Database
from nqextract.models import Article, Person, PositionChange, Sentence

NAME = "Khuất Duy Tiến"  # a distinctive name: one identity across the articles


def _article(aid: str, published: str, changes: list[tuple]) -> Article:
    text = " ".join(f"Ông {NAME} {c} {t} {b}." for c, t, b, _ in changes)
    recs, at = [], 0
    for change, title, body, effective in changes:
        sentence = f"Ông {NAME} {change} {title} {body}."
        recs.append(PositionChange(person=NAME, change=change, title=title, body=body, effective=effective,
                                   span_start=at, span_end=at + len(sentence), sentence=0))
        at += len(sentence) + 1
    return Article(id=aid, text=text, published=dt.date.fromisoformat(published),
                   sentences=[Sentence(start=0, end=len(text))], persons=[Person(name=NAME)],
                   position_changes=recs)


def _careers(path: Path) -> dict[tuple[str, str], tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute("SELECT title, body, held_from, held_to, closed_by, "
                           "list_filter(evidence, lambda e: e.kind = 'closed') FROM v_careers").fetchall()
    finally:
        con.close()
    return {(r[0], r[1]): r[2:] for r in rows}


def test_offices_are_closed_by_later_changes(tmp_path: Path):
    path = tmp_path / "careers.duckdb"
    db = Database(path)
    db.write_articles([
        _article("a1", "2015-05-25", [("appointed", "Phó Giám đốc", "Công an tỉnh Nghệ An", "2015-05-24"),
                                      ("appointed", "Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An", "2015-06-01")]),
        _article("a2", "2023-11-25", [("transferred", "Giám đốc", "Công an tỉnh Quảng Trị", "2023-11-24")]),
        _article("a3", "2025-01-10", [("transferred", "Giám đốc", "Công an tỉnh Đồng Nai", "2025-01-08"),
                                      ("elected", "Chủ tịch", "Hội Cựu chiến binh tỉnh Đồng Nai", "2025-01-09")]),
        _article("a4", "2025-06-30", [("dismissed", "Chủ tịch", "Hội Cựu chiến binh tỉnh Đồng Nai", "2025-06-29")]),
        _article("a5", "2026-03-02", [("retired", "Giám đốc", "Công an tỉnh Đồng Nai", "2026-03-01")]),
    ])
    got = _careers(path)
    d = dt.date
    # a transfer to another office of the same kind of body ends the one before, with its evidence
    held_from, held_to, closed_by, closing = got[("Phó Giám đốc", "Công an tỉnh Nghệ An")]
    assert (held_from, held_to) == (d(2015, 5, 24), d(2023, 11, 24))
    assert closed_by == "transferred: Giám đốc Công an tỉnh Quảng Trị"
    assert [(e["change"], e["on_date"], e["article_id"]) for e in closing] == [("transferred", d(2023, 11, 24), "a2")]
    assert closing[0]["sentence"]
    assert got[("Giám đốc", "Công an tỉnh Quảng Trị")][:3] == (
        d(2023, 11, 24), d(2025, 1, 8), "transferred: Giám đốc Công an tỉnh Đồng Nai")
    # a dismissal ends its own office
    assert got[("Chủ tịch", "Hội Cựu chiến binh tỉnh Đồng Nai")][:3] == (d(2025, 1, 9), d(2025, 6, 29), "ended")
    # the retirement ends its office and every other one still open (the board seat of another kind of body)
    assert got[("Giám đốc", "Công an tỉnh Đồng Nai")][:3] == (d(2025, 1, 8), d(2026, 3, 1), "ended")
    assert got[("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An")][:3] == (
        d(2015, 6, 1), d(2026, 3, 1), "retired: Giám đốc Công an tỉnh Đồng Nai")


def test_a_change_in_a_body_of_another_kind_or_the_same_office_closes_nothing(tmp_path: Path):
    path = tmp_path / "careers.duckdb"
    db = Database(path)
    db.write_articles([
        _article("b1", "2020-10-01", [("elected", "Phó Bí thư", "Tỉnh ủy Quảng Bình", "2020-10-01")]),
        _article("b2", "2021-06-01", [("elected", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình", "2021-06-01"),
                                      ("reappointed", "Phó Bí thư", "Tỉnh ủy Quảng Bình", "2021-06-02")]),
    ])
    got = _careers(path)
    assert got[("Phó Bí thư", "Tỉnh ủy Quảng Bình")][1:3] == (None, None)
    assert got[("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Bình")][1:3] == (None, None)


def test_an_office_in_a_unit_is_closed_by_a_later_office_in_a_body_of_its_parent_kind(tmp_path: Path):
    path = tmp_path / "careers.duckdb"
    db = Database(path)
    db.write_articles([
        _article("c1", "2018-03-01", [("appointed", "Vụ trưởng", "Vụ Tổ chức cán bộ", "2018-03-01"),
                                      ("appointed", "Trưởng phòng", "Phòng Cảnh sát hình sự", "2018-03-02")]),
        _article("c2", "2022-05-01", [("appointed", "Thứ trưởng", "Bộ Y tế", "2022-05-01")]),
        _article("c3", "2023-01-01", [("elected", "Chủ tịch", "Hội Nông dân tỉnh Nghệ An", "2023-01-01")]),
    ])
    got = _careers(path)
    d = dt.date
    # Vụ -> Bộ: the unit's office ends with the move into the ministry
    assert got[("Vụ trưởng", "Vụ Tổ chức cán bộ")][1:3] == (d(2022, 5, 1), "appointed: Thứ trưởng Bộ Y tế")
    # a Phòng is no unit of a Bộ or a Hội: nothing closes it
    assert got[("Trưởng phòng", "Phòng Cảnh sát hình sự")][1:3] == (None, None)
