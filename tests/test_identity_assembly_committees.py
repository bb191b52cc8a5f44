"""Identity: a committee of the National Assembly printed with "của Quốc hội" in one article and bare in another is
one body, one place of evidence, so its officer stays one person; a foreign parliament's committee is never the home
central level (constructed names)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nqextract.db import Database, body_key
from nqextract.identity import place_of, resolve_group
from nqextract.models import Article, Mention, Person, Position, Sentence


@pytest.mark.parametrize("long, short", [
    ("Ủy ban Tư pháp của Quốc hội", "Ủy ban Tư pháp"),
    ("Uỷ ban Xã hội của Quốc hội", "Ủy ban Xã hội"),
    ("Ủy ban Văn hóa, Giáo dục của Quốc hội", "Ủy ban Văn hóa, Giáo dục"),
    ("Hội đồng Dân tộc của Quốc hội", "Hội đồng Dân tộc"),
])
def test_the_long_and_the_bare_committee_are_one_body_and_one_place(long, short):
    assert body_key(long) == body_key(short)
    assert place_of(long) == place_of(short)


@pytest.mark.parametrize("committee", [
    "Hội đồng Dân tộc", "Ủy ban Pháp luật", "Ủy ban Pháp luật và Tư pháp", "Ủy ban Tư pháp", "Ủy ban Kinh tế",
    "Ủy ban Kinh tế và Tài chính", "Ủy ban Tài chính, Ngân sách", "Ủy ban Quốc phòng và An ninh",
    "Ủy ban Quốc phòng, An ninh và Đối ngoại", "Ủy ban Văn hóa, Giáo dục", "Ủy ban Văn hóa và Xã hội",
    "Ủy ban Xã hội", "Ủy ban về các vấn đề xã hội", "Ủy ban Khoa học, Công nghệ và Môi trường", "Ủy ban Đối ngoại",
    "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng", "Ủy ban Khoa học và Kỹ thuật",
])
def test_every_committee_in_both_forms_is_central(committee):
    assert place_of(committee) == place_of(f"{committee} của Quốc hội") == "trung ương"


@pytest.mark.parametrize("body, place", [
    ("Bảo hiểm xã hội tỉnh Nam Định", "tỉnh nam định"),
    ("Trường Đại học Khoa học Xã hội", "trường đại học khoa học xã hội"),
    ("Ủy ban nhân dân xã Hội Xuân", "xã hội xuân"),
])
def test_social_is_no_commune(body, place):
    assert place_of(body) == place


@pytest.mark.parametrize("body", [
    "Ủy ban Đối ngoại của Quốc hội Hàn Quốc",
    "Ủy ban Tư pháp của Quốc hội Mỹ",
    "Ủy ban Tư pháp của Quốc hội Hàn Quốc",
    "Hội đồng Dân tộc của Quốc hội Lào khóa mới",
])
def test_a_foreign_parliament_committee_is_no_home_central_body(body):
    assert place_of(body) != "trung ương"
    assert body_key(body) != body_key(body.split(" của ")[0])


def test_one_officer_printed_with_both_forms_is_one_identity():
    got = resolve_group("lạc văn khiêm", {
        ("a1", 0): {place_of("Ủy ban Tư pháp của Quốc hội")}, ("a2", 0): {place_of("Ủy ban Tư pháp")},
    })
    assert len({ident for ident, _ in got.values()}) == 1


def _article(aid: str, name: str, title: str, body: str) -> Article:
    text = f"Hôm qua ông {name}, {title} {body}, trả lời cử tri."
    start = text.index(name)
    return Article(
        id=aid, text=text, published=dt.date(2024, 5, 6), sentences=[Sentence(start=0, end=len(text))],
        persons=[Person(name=name, positions=[Position(title=title, body=body)],
                        mentions=[Mention(start=start, end=start + len(name), text=name, sentence=0)])],
    )


def test_the_store_keeps_the_officer_one_person_across_both_forms(tmp_path: Path):
    db = Database(tmp_path / "a.duckdb")
    db.write_articles([_article("k1", "Lạc Văn Khiêm", "Phó Chủ nhiệm", "Ủy ban Xã hội của Quốc hội"),
                       _article("k2", "Lạc Văn Khiêm", "Phó Chủ nhiệm", "Ủy ban Xã hội"),
                       _article("k3", "Lạc Văn Khiêm", "Bộ trưởng", "Bộ Nội vụ")])
    ids = dict(db.query("SELECT article_id, identity_id FROM person_identities")[1])
    assert ids["k1"] == ids["k2"]
