"""Person identity across articles: namesakes apart, one person's printings together, stable ids."""

from __future__ import annotations

import csv
import datetime as dt
from itertools import permutations
from pathlib import Path

import pytest

from conftest import ROOT, SHARED, need_shared
from nqextract.db import Database
from nqextract.identity import evidence_of, is_common_name, place_of, resolve_group
from nqextract.models import Article, Mention, Person, Position, Sentence

GOLD = ROOT / "tests" / "gold" / "identity" / "pairs.tsv"


# --------------------------------------------------------------------------- evidence


@pytest.mark.parametrize("body, place", [
    ("Ủy ban nhân dân xã Tân An", "xã tân an"),
    ("Uỷ ban nhân dân tỉnh Quảng Bình", "tỉnh quảng bình"),
    ("Tỉnh ủy Hà Tĩnh", "tỉnh hà tĩnh"),
    ("Thành ủy Thành phố Hồ Chí Minh", "thành phố hồ chí minh"),
    ("Huyện ủy Phù Cát", "huyện phù cát"),
    ("Bộ Công an", "trung ương"),
    ("Ban Chấp hành Trung ương Đảng", "trung ương"),
    ("Quốc hội", "trung ương"),
    ("Vụ Tổng hợp kinh tế quốc dân", "trung ương"),
    ("Cục Thuế tỉnh Nghệ An", "tỉnh nghệ an"),
    ("Công ty Xuyên Việt Oil", "công ty xuyên việt oil"),
])
def test_a_body_gives_a_place(body, place):
    assert place_of(body) == place


def test_a_title_without_body_gives_the_body_it_names():
    assert evidence_of("Tổng Bí thư", None) == evidence_of("Thủ tướng", None) == "trung ương"
    assert evidence_of("Giám đốc", None) is None


@pytest.mark.parametrize("name, common", [
    ("nguyễn văn thắng", True), ("nguyễn thị kim ngân", True), ("trần thị hoàng mai", True),
    ("lương văn huân", True), ("đinh la thăng", False), ("tô lâm", False), ("khương kim tạo", False), ("donald trump", False),
])
def test_common_names(name, common):
    assert is_common_name(name) is common


# --------------------------------------------------------------------------- grouping


def test_namesakes_in_different_places_stay_apart_and_one_place_is_one_person():
    got = resolve_group("nguyễn văn hùng", {
        ("a1", 0): {"trung ương"}, ("a2", 0): {"trung ương"}, ("a3", 0): {"xã tân an"}, ("a4", 1): {"xã tân an"},
    })
    assert got[("a1", 0)][0] == got[("a2", 0)][0] == "nguyễn văn hùng#trung ương"
    assert got[("a3", 0)][0] == got[("a4", 1)][0] == "nguyễn văn hùng#xã tân an"


def test_an_article_giving_two_places_links_them():
    got = resolve_group("hoàng trung dũng", {
        ("a1", 0): {"tỉnh hà tĩnh"}, ("a2", 0): {"trung ương", "tỉnh hà tĩnh"}, ("a3", 0): {"trung ương"},
    })
    assert {v[0] for v in got.values()} == {"hoàng trung dũng"}


def test_printings_without_position_of_a_common_name_stay_alone():
    got = resolve_group("nguyễn văn thắng", {("a1", 0): {"công ty x"}, ("a2", 0): set(), ("a3", 2): set()})
    assert len({v[0] for v in got.values()}) == 3
    assert got[("a2", 0)][0] == "nguyễn văn thắng#a2"


def test_printings_without_position_of_a_distinctive_name_join_its_only_identity():
    got = resolve_group("đinh la thăng", {("a1", 0): {"thành phố hồ chí minh"}, ("a2", 0): set()})
    assert got[("a1", 0)][0] == got[("a2", 0)][0] == "đinh la thăng"
    got = resolve_group("đinh la thăng", {("a1", 0): {"trung ương"}, ("a2", 0): {"xã a"}, ("a3", 0): set()})
    assert got[("a3", 0)][0] == "đinh la thăng#?"


def test_ids_do_not_depend_on_the_order_articles_come_in():
    occ = {("a1", 0): {"trung ương"}, ("a2", 0): {"xã a", "huyện b"}, ("a3", 0): {"huyện b"}, ("a4", 0): set()}
    results = [resolve_group("trần văn a", dict(order)) for order in permutations(occ.items())]
    assert all(r == results[0] for r in results)


# --------------------------------------------------------------------------- in the store


def _article(aid: str, name: str, title: str, body: str, published: str = "2025-03-04") -> Article:
    text = f"Ông {name}, {title} {body}, phát biểu."
    start = text.index(name)
    return Article(
        id=aid, text=text, published=dt.date.fromisoformat(published), sentences=[Sentence(start=0, end=len(text))],
        persons=[Person(name=name, positions=[Position(title=title, body=body)],
                        mentions=[Mention(start=start, end=start + len(name), text=name, sentence=0)])],
    )


def _identities(db: Database) -> dict[str, str]:
    return dict(db.query("SELECT article_id, identity_id FROM person_identities")[1])


NAMESAKES = [
    ("m1", "Nguyễn Văn Hùng", "Bộ trưởng", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("m2", "Nguyễn Văn Hùng", "Bộ trưởng", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("c1", "Nguyễn Văn Hùng", "Chủ tịch", "Ủy ban nhân dân xã Tân An"),
    ("c2", "Nguyễn Văn Hoà", "Chủ tịch", "Ủy ban nhân dân xã Tân An"),
    ("c3", "Nguyễn Văn Hòa", "Phó Chủ tịch", "Hội đồng nhân dân xã Tân An"),
]


def test_store_keeps_namesakes_apart_merges_tone_variants_and_ids_survive_reingest(tmp_path: Path):
    db = Database(tmp_path / "a.duckdb")
    db.write_articles([_article(*row) for row in NAMESAKES])
    ids = _identities(db)
    assert ids["m1"] == ids["m2"] == "nguyễn văn hùng#trung ương"
    assert ids["c1"] == "nguyễn văn hùng#xã tân an"
    assert ids["c2"] == ids["c3"] == "nguyễn văn hòa"  # Hoà and Hòa: one name, one person
    other = Database(tmp_path / "b.duckdb")
    for row in reversed(NAMESAKES):  # one article per batch, the other way round
        other.write_articles([_article(*row)])
    assert _identities(other) == ids
    db.write_articles([_article(*NAMESAKES[2])])  # re-ingest: same ids, nothing duplicated
    assert _identities(db) == ids
    assert db.query("SELECT count(*) FROM person_identities")[1] == [(5,)]


def test_overrides_file_is_applied_on_every_write_and_on_demand(tmp_path: Path):
    overrides = tmp_path / "identity_overrides.tsv"
    db = Database(tmp_path / "x.duckdb")
    assert db.identity_overrides == overrides
    db.write_articles([_article(*row) for row in NAMESAKES])
    overrides.write_text(
        "# analyst corrections\naction\tid\ttarget\n"
        "merge\tnguyễn văn hùng#xã tân an\tnguyễn văn hùng#trung ương\n"
        "split\tc3:Nguyễn Văn Hòa\tnguyễn văn hòa#hđnd\n", encoding="utf-8")
    db.resolve_identities()
    ids = _identities(db)
    assert ids["c1"] == ids["m1"] == "nguyễn văn hùng#trung ương"
    assert ids["c3"] == "nguyễn văn hòa#hđnd" and ids["c2"] == "nguyễn văn hòa"
    db.write_articles([_article(*NAMESAKES[2])])  # a later write applies them too
    assert _identities(db) == ids
    overrides.write_text("merge\tonly-one-column\n", encoding="utf-8")
    from nqextract.errors import StoreError

    with pytest.raises(StoreError, match="identity_overrides.tsv: row 1"):
        db.resolve_identities()


# --------------------------------------------------------------------------- corpus gold


def read_pairs() -> list[dict[str, str]]:
    lines = [ln for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def pairwise_scores(extractor, tmp_path: Path) -> tuple[float, float, int, list[str]]:
    """Pairwise precision and recall of "same person" over the gold pairs, identities from a real store."""
    from nqextract.evaluate import corpus_record

    need_shared(SHARED / "corpus")
    pairs = read_pairs()
    refs = {(p[f"file_{s}"], p[f"key_{s}"], p[f"ref_{s}"]) for p in pairs for s in "ab"}
    arts = {}
    for ref in sorted(refs):
        arts[ref] = extractor.process(corpus_record({"corpus": {"file": ref[0], ref[1]: ref[2]}}))
    db = Database(tmp_path / "identity.duckdb")
    db.write_articles(list(arts.values()))
    ident = {(aid, pid): iid for aid, pid, iid in
             db.query("SELECT article_id, person_id, identity_id FROM person_identities")[1]}
    tp = fn = 0
    wrong = []
    for p in pairs:
        a = ident.get((arts[(p["file_a"], p["key_a"], p["ref_a"])].id, p["name"]))
        b = ident.get((arts[(p["file_b"], p["key_b"], p["ref_b"])].id, p["name"]))
        same_pred = a is not None and a == b
        gold_same = p["label"] == "same"
        tp += same_pred and gold_same
        fn += gold_same and not same_pred
        if same_pred and not gold_same:
            wrong.append(f"{p['name']}: {a} ({p['note']})")
    precision = tp / (tp + len(wrong)) if tp + len(wrong) else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, wrong


def test_gold_pairs_are_well_formed():
    pairs = read_pairs()
    assert len(pairs) >= 50
    assert {p["label"] for p in pairs} == {"same", "different"}
    assert sum(p["label"] == "different" for p in pairs) >= 10


def test_identity_pairwise_precision_on_corpus_gold(extractor, tmp_path: Path):
    precision, recall, tp, wrong = pairwise_scores(extractor, tmp_path)
    print(f"identity pairs: precision {precision:.3f} recall {recall:.3f} (merged right {tp}, wrong {len(wrong)})")
    assert precision >= 0.98, wrong
    assert recall >= 0.5
