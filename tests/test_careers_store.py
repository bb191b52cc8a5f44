"""Careers in the store: position changes, their views, body successors, the persons command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from nqextract.cli import app
from nqextract.db import Database
from nqextract.history import successor
from nqextract.migrations import migrate
from nqextract.models import Article, Body, Mention, Person, Position, PositionChange, Sentence

# --------------------------------------------------------------------------- bodies over time


@pytest.mark.parametrize("body, succ, valid_to, change", [
    ("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "2025-02-28", "merged"),
    ("Bộ Giao thông vận tải", "Bộ Xây dựng", "2025-02-28", "merged"),
    ("Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Môi trường", "2025-02-28", "merged"),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường", "2025-02-28", "merged"),
    ("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", "2025-02-28", "merged"),
    ("Bộ Lao động - Thương binh và Xã hội", "Bộ Nội vụ", "2025-02-28", "merged"),
    ("Ủy ban nhân dân tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Quảng Trị", "2025-06-30", "merged"),
    ("Uỷ ban nhân dân tỉnh Bình Dương", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "2025-06-30", "merged"),
    ("Tỉnh ủy Yên Bái", "Tỉnh ủy Lào Cai", "2025-06-30", "merged"),
    ("Tỉnh ủy Hải Dương", "Thành ủy Thành phố Hải Phòng", "2025-06-30", "merged"),
    ("Sở Y tế tỉnh Hà Nam", "Sở Y tế tỉnh Ninh Bình", "2025-06-30", "merged"),
    ("Ủy ban nhân dân huyện Ba Vì", None, "2025-06-30", "abolished"),
    ("Huyện ủy Phù Cát", None, "2025-06-30", "abolished"),
    ("Ủy ban nhân dân thành phố Đồng Hới", None, "2025-06-30", "abolished"),
])
def test_bodies_that_ended_in_2025_and_their_successors(body, succ, valid_to, change):
    got = successor(body)
    assert got is not None and (got.successor, got.valid_to, got.change) == (succ, valid_to, change)


@pytest.mark.parametrize("body", [
    "Bộ Tài chính", "Bộ Xây dựng", "Ủy ban nhân dân tỉnh Nghệ An", "Tỉnh ủy Quảng Trị", "Quốc hội",
    "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân xã Tân An",
])
def test_bodies_that_continue_have_no_successor(body):
    assert successor(body) is None


def test_admin_list_has_63_old_units_and_34_new_ones():
    from nqextract.extract import resources

    rows = resources.load_tsv("admin_units_2025.tsv")
    old = {r["old"].replace("–", "-") for r in rows if r["old"] != "Thừa Thiên Huế"}
    assert len(old) == 63
    assert len({r["new"] for r in rows}) == 34


# --------------------------------------------------------------------------- rows and views


def _article(aid: str, published: str, text: str, persons, bodies, changes) -> Article:
    return Article(id=aid, text=text, published=dt.date.fromisoformat(published),
                   sentences=[Sentence(start=0, end=len(text))], persons=persons, bodies=bodies,
                   position_changes=changes)


def _span(text: str, needle: str) -> Mention:
    i = text.index(needle)
    return Mention(start=i, end=i + len(needle), text=needle, sentence=0)


def careers_articles() -> list[Article]:
    t1 = "Bộ trưởng bổ nhiệm ông Trần Văn Bảo giữ chức Vụ trưởng Vụ Pháp chế, Bộ Kế hoạch và Đầu tư."
    t2 = "Ông Trần Văn Bảo, Vụ trưởng Vụ Pháp chế, được bổ nhiệm giữ chức Thứ trưởng Bộ Tài chính từ ngày 1/10/2025."
    t3 = "Ông Trần Văn Bảo, Thứ trưởng Bộ Tài chính, nghỉ hưu theo chế độ từ ngày 1/3/2026."
    a1 = _article("a1", "2016-11-28", t1,
                  [Person(name="Trần Văn Bảo", positions=[Position(title="Vụ trưởng", body="Vụ Pháp chế")],
                          mentions=[_span(t1, "Trần Văn Bảo")])],
                  [Body(name="Bộ Kế hoạch và Đầu tư", mentions=[_span(t1, "Bộ Kế hoạch và Đầu tư")])],
                  [PositionChange(person="Trần Văn Bảo", change="appointed", title="Vụ trưởng", body="Vụ Pháp chế",
                                  span_start=t1.index("bổ nhiệm"), span_end=t1.index("bổ nhiệm") + 8, sentence=0)])
    a2 = _article("a2", "2025-10-08", t2,
                  [Person(name="Trần Văn Bảo", positions=[Position(title="Vụ trưởng", body="Vụ Pháp chế"),
                                                          Position(title="Thứ trưởng", body="Bộ Tài chính")],
                          mentions=[_span(t2, "Trần Văn Bảo")])],
                  [Body(name="Bộ Tài chính", mentions=[_span(t2, "Bộ Tài chính")])],
                  [PositionChange(person="Trần Văn Bảo", change="appointed", title="Thứ trưởng", body="Bộ Tài chính",
                                  effective="2025-10-01", decided_by="Thủ tướng Chính phủ",
                                  span_start=t2.index("bổ nhiệm"), span_end=t2.index("bổ nhiệm") + 8, sentence=0)])
    a3 = _article("a3", "2026-02-20", t3,
                  [Person(name="Trần Văn Bảo", positions=[Position(title="Thứ trưởng", body="Bộ Tài chính")],
                          mentions=[_span(t3, "Trần Văn Bảo")])],
                  [Body(name="Bộ Tài chính", mentions=[_span(t3, "Bộ Tài chính")])],
                  [PositionChange(person="Trần Văn Bảo", change="retired", title="Thứ trưởng", body="Bộ Tài chính",
                                  effective="2026-03-01", span_start=t3.index("nghỉ hưu"),
                                  span_end=t3.index("nghỉ hưu") + 8, sentence=0)])
    return [a1, a2, a3]


def test_changes_are_stored_viewed_and_round_trip(tmp_path: Path):
    db = Database(tmp_path / "c.duckdb")
    arts = careers_articles()
    db.write_articles(arts)
    _, rows = db.query("SELECT article_id, identity_id, change, title, body, effective_start, decided_by, "
                       "sentence_text IS NOT NULL FROM v_position_changes ORDER BY article_id")
    assert rows == [
        ("a1", "trần văn bảo", "appointed", "Vụ trưởng", "Vụ Pháp chế", None, None, True),
        ("a2", "trần văn bảo", "appointed", "Thứ trưởng", "Bộ Tài chính", dt.date(2025, 10, 1), "Thủ tướng Chính phủ",
         True),
        ("a3", "trần văn bảo", "retired", "Thứ trưởng", "Bộ Tài chính", dt.date(2026, 3, 1), None, True),
    ]
    assert db.article("a2") == arts[1]
    db.write_articles([arts[1]])  # re-ingest: replaced, not duplicated
    assert db.query("SELECT count(*) FROM position_changes")[1] == [(3,)]


def test_careers_view_orders_offices_with_from_to_and_evidence(tmp_path: Path):
    db = Database(tmp_path / "c.duckdb")
    db.write_articles(careers_articles())
    _, rows = db.query("SELECT title, body, held_from, held_to, n_articles, len(evidence) FROM v_careers "
                       "WHERE identity_id = 'trần văn bảo' ORDER BY held_from")
    assert rows == [
        # the move into the ministry ends the office in its department (a Vụ is a unit of a Bộ), the
        # retirement every office still open (each with its evidence: the closing change)
        ("Vụ trưởng", "Vụ Pháp chế", dt.date(2016, 11, 28), dt.date(2025, 10, 1), 2, 4),
        ("Thứ trưởng", "Bộ Tài chính", dt.date(2025, 10, 1), dt.date(2026, 3, 1), 2, 4),
    ]
    _, who = db.query("SELECT person FROM v_careers WHERE title = 'Thứ trưởng' AND body = 'Bộ Tài chính' "
                      "AND held_from <= DATE '2025-12-31' AND (held_to IS NULL OR held_to >= DATE '2025-12-31')")
    assert who == [("Trần Văn Bảo",)]


def test_body_successors_are_filled_and_flag_names_printed_after_the_end(tmp_path: Path):
    db = Database(tmp_path / "c.duckdb")
    db.write_articles(careers_articles())
    _, rows = db.query("SELECT body, successor, valid_to, printed_after_end FROM v_bodies_ended")
    assert rows == [("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", dt.date(2025, 2, 28), False)]
    db.delete_articles(["a1"])
    assert db.query("SELECT count(*) FROM body_successors")[1] == [(0,)]


def test_a_v2_file_is_migrated_with_identities_and_successors(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, target=2, views=False)
    con.execute("INSERT INTO articles (id, text, published) VALUES ('old', 'x', DATE '2016-01-02')")
    con.execute("INSERT INTO article_persons VALUES ('old', 0, 'trần văn bảo', 'Trần Văn Bảo')")
    con.execute("INSERT INTO positions VALUES ('old', 0, 0, 'trần văn bảo', 'Vụ trưởng', 'Vụ Pháp chế', 'vụ pháp chế', "
                "DATE '2016-01-02')")
    con.execute("INSERT INTO bodies VALUES ('bộ giao thông vận tải', 'Bộ Giao thông vận tải')")
    con.close()
    db = Database(path)
    assert 4 in db.migrated
    assert db.query("SELECT identity_id FROM person_identities")[1] == [("trần văn bảo",)]
    assert db.query("SELECT successor FROM body_successors")[1] == [("Bộ Xây dựng",)]


# --------------------------------------------------------------------------- nqextract persons


def test_persons_command_lists_identities_and_namesakes(tmp_path: Path):
    db = Database(tmp_path / "p.duckdb")
    arts = careers_articles()
    t = "Ông Trần Văn Bảo, Chủ tịch UBND xã Tân An, phát biểu."
    arts.append(_article("b1", "2024-05-01", t,
                         [Person(name="Trần Văn Bảo", positions=[Position(title="Chủ tịch", body="Ủy ban nhân dân xã Tân An")],
                                 mentions=[_span(t, "Trần Văn Bảo")])], [], []))
    db.write_articles(arts)
    runner = CliRunner()
    result = runner.invoke(app, ["persons", "tran van bao", "--db", str(db.path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2  # without tone marks too
    assert runner.invoke(app, ["persons", "lê", "--db", str(db.path), "--format", "json"]).stdout == ""
    result = runner.invoke(app, ["persons", "TRẦN VĂN", "--db", str(db.path), "--format", "json", "--namesakes"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["identity_id"] for r in rows) == ["trần văn bảo#trung ương", "trần văn bảo#xã tân an"]
    assert all(r["namesakes"] == 2 for r in rows)
    missing = runner.invoke(app, ["persons", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code != 0
