"""Bodies: "TP" printed before a city's name is its level word, spelled out in the canonical name ("Bệnh viện
Ung bướu TP Cần Thơ" = "Bệnh viện Ung bướu thành phố Cần Thơ"), as the gold names every body; "TP.HCM" keeps
its own spelling; the scorer spells "TP" out on both sides of an assignee (constructed sentences, tagged)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names
from nqextract.evaluate import expand_abbreviations, score_article
from nqextract.models import Article, Task


@pytest.mark.parametrize("text, name", [
    ("Bệnh viện Ung bướu TP Cần Thơ đã tiếp nhận bệnh nhân.", "Bệnh viện Ung bướu thành phố Cần Thơ"),
    ("Cục Thi hành án dân sự TP Cần Thơ đã tổ chức cưỡng chế.", "Cục Thi hành án dân sự thành phố Cần Thơ"),
    ("Bệnh viện Nhi đồng TP Cần Thơ cho biết bệnh nhi đã ổn định.", "Bệnh viện Nhi đồng thành phố Cần Thơ"),
])
def test_tp_before_a_city_is_spelled_out(text, name):
    assert name in extracted_body_names(text)


def test_tp_hcm_keeps_its_own_spelling():
    names = extracted_body_names("Sở Y tế TP.HCM đã có văn bản hướng dẫn.")
    assert names and all("thành phố.HCM" not in n for n in names)


@pytest.mark.parametrize("printed, spelled", [
    ("Công an TP Hà Nội", "Công an thành phố Hà Nội"),
    ("UBND TP Huế", "Ủy ban nhân dân thành phố Huế"),
    ("TPHCM", "TPHCM"),
    ("ATP Tour", "ATP Tour"),
])
def test_the_scorer_spells_tp_out_as_a_whole_word(printed, spelled):
    assert expand_abbreviations(printed) == spelled


def test_an_assignee_printed_with_tp_matches_gold_spelled_out():
    art = Article(id="t", text="x", tasks=[Task(assigner="X", assignee="Công an TP Hà Nội",
                                                   action="khẩn trương điều tra mở rộng vụ án", start=0, end=1)])
    gold = {"tasks": [{"assignee": "Công an Thành phố Hà Nội", "action": "khẩn trương điều tra mở rộng vụ án"}]}
    assert score_article(art, gold).fields["tasks"].tp == 1
