"""The scorer follows GOLD_FORMAT.md's rules."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nqextract.evaluate import score_article
from nqextract.models import Article, Body, DateExpr, Document, Person, Position, Task


def _article(**kw) -> Article:
    return Article(id="x", text="Dòng một.\nQuang cảnh cuộc họp\nĐồng chí đề nghị các bộ, ngành hoàn thiện.\n", **kw)


def test_names_bodies_documents_dates_are_tone_and_case_normalized():
    art = _article(
        persons=[Person(name="trần lưu quang", positions=[Position(title="Trưởng Ban", body="Tổ biên tập")])],
        bodies=[Body(name="Uỷ ban quốc gia về chuyển đổi số")],
        documents=[Document(type="Nghị quyết", number="57- NQ/TW")],
        dates=[DateExpr(text="4/3", value="2025-03-04", granularity="day", start=0, end=3),
               DateExpr(text="2021-2025", value="2021/2025", granularity="range", start=0, end=9)],
    )
    gold = {
        "persons": [{"name": "Trần Lưu Quang", "positions": [{"title": "Trưởng ban", "body": None}]}],
        "bodies": ["Ủy ban quốc gia về chuyển đổi số"],
        "documents": [{"type": "Nghị quyết", "number": "57-NQ/TW"}],
        "dates": ["2025-03-04"],
    }
    s = score_article(art, gold)
    for f in ("persons", "positions", "bodies", "documents", "dates"):
        assert s.fields[f].f1 == 1.0, f


def test_position_body_must_equal_gold_when_gold_has_one():
    art = _article(persons=[Person(name="A B", positions=[Position(title="Ủy viên", body="Ban Bí thư")])])
    gold = {"persons": [{"name": "A B", "positions": [{"title": "Ủy viên", "body": "Bộ Chính trị"}]}]}
    assert score_article(art, gold).fields["positions"].tp == 0


def test_tasks_match_by_assignee_containment_and_action_overlap():
    art = _article(tasks=[Task(assigner="X", assignee="các bộ, ngành", action="hoàn thiện ý kiến gửi Tổ Biên tập",
                               deadline="2024-09-15", start=0, end=5)])
    gold = {"tasks": [{"assignee": "các bộ, ngành liên quan", "action": "hoàn thiện ý kiến gửi Tổ Biên tập tổng hợp",
                       "deadline": "2024-09-15"}]}
    s = score_article(art, gold)
    assert s.fields["tasks"].tp == 1 and s.deadline.value == 1.0


def test_gold_task_without_assignee_is_scored_not_crashed():
    art = _article(tasks=[Task(assigner="X", assignee="các bộ, ngành", action="hoàn thiện ý kiến", start=0, end=5)])
    gold = {"tasks": [{"assignee": None, "action": "hoàn thiện ý kiến"}]}
    s = score_article(art, gold)
    assert s.fields["tasks"].tp == 0 and s.fields["tasks"].gold == 1


def test_cleaning_keep_and_noise():
    gold = {"keep": ["Đồng chí đề nghị các bộ, ngành hoàn thiện."], "noise": ["Quang cảnh cuộc họp", "Zalo"]}
    s = score_article(_article(), gold)
    assert s.keep.value == 1.0
    assert s.noise_absent.hits == 1  # the caption line is still there, Zalo is not


def test_corpus_pointer_by_url_or_title_when_records_have_no_id(tmp_path, monkeypatch):
    import json

    from nqextract.evaluate import corpus_record

    recs = [{"url": "http://x.vn/a-1.htm", "title": "Bài A", "text": "Ngày 19/10, Bộ Tài chính họp."},
            {"url": None, "title": "Bài \"B\"", "sapo": "Tóm tắt.", "text": "Thân bài B."}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    monkeypatch.setenv("NQEXTRACT_CORPUS", str(tmp_path))
    a = corpus_record({"corpus": {"file": "c.jsonl", "url": "http://x.vn/a-1.htm"}, "published": "2016-10-19"})
    assert "Bộ Tài chính" in a.text and str(a.published).startswith("2016-10-19")
    b = corpus_record({"corpus": {"file": "c.jsonl", "url": None, "title": "Bài \"B\""}})
    assert b.text.startswith("Tóm tắt.")
    with pytest.raises(FileNotFoundError):
        corpus_record({"corpus": {"file": "c.jsonl", "title": "Không có"}})



def test_corpus_gold_scores_end_to_end(monkeypatch):
    """tests/gold/corpus (hand-annotated articles of ../shared/corpus) loads every gold file and scores
    the entity fields near the levels reached (1.000 each at the time of writing), with a margin for
    newly annotated articles."""
    import os

    from conftest import ROOT, SHARED, need_shared
    from nqextract.evaluate import gold_pairs, score_dir

    corpus = Path(os.environ.get("NQEXTRACT_CORPUS") or SHARED / "corpus")
    need_shared(corpus)
    monkeypatch.setenv("NQEXTRACT_CORPUS", str(corpus))  # absolute: independent of the working directory
    gold_dir = ROOT / "tests" / "gold" / "corpus"
    files = sorted(gold_dir.glob("*.json"))
    total, per = score_dir(gold_dir)
    assert len(gold_pairs(gold_dir)) == len(files) == len(per) == total.articles >= 12
    floors = {"persons": 0.9, "positions": 0.85, "bodies": 0.85, "documents": 0.85, "dates": 0.9}
    for field, floor in floors.items():
        assert total.fields[field].f1 >= floor, (field, total.as_dict()[field])


def _positions_score(pred: list[Position], gold_positions: list[dict]):
    art = _article(persons=[Person(name="Trần Văn A", positions=pred)])
    return score_article(art, {"persons": [{"name": "Trần Văn A", "positions": gold_positions}]}).fields["positions"]


@pytest.mark.parametrize(("status", "gold_title"), [("former", "nguyên Bí thư"), ("acting", "quyền Bí thư")])
def test_position_status_reads_as_title_prefix(status, gold_title):
    pred = [Position(title="Bí thư", body="Tỉnh ủy Yên Bái", status=status)]
    assert _positions_score(pred, [{"title": gold_title, "body": "Tỉnh ủy Yên Bái"}]).tp == 1
    # gold that also carries the status, and gold that writes the bare title with a status
    assert _positions_score(pred, [{"title": gold_title, "body": "Tỉnh ủy Yên Bái", "status": status}]).tp == 1
    assert _positions_score(pred, [{"title": "Bí thư", "body": "Tỉnh ủy Yên Bái", "status": status}]).tp == 1
    # a current office is not the former one, nor the reverse
    assert _positions_score([Position(title="Bí thư", body="Tỉnh ủy Yên Bái")],
                            [{"title": gold_title, "body": "Tỉnh ủy Yên Bái"}]).tp == 0
    assert _positions_score(pred, [{"title": "Bí thư", "body": "Tỉnh ủy Yên Bái", "status": "current"}]).tp == 0


@pytest.mark.parametrize(("pred", "gold"), [
    ("Ban Chính sách, chiến lược Trung ương", "Ban Chính sách - chiến lược Trung ương"),
    ("Phòng Tài chính - Kế toán", "Phòng Tài chính, Kế toán"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa - Thể thao và Du lịch"),
])
def test_body_separators_dash_and_comma_are_equal(pred, gold):
    assert _positions_score([Position(title="Trưởng ban", body=pred)], [{"title": "Trưởng ban", "body": gold}]).tp == 1
    s = score_article(_article(bodies=[Body(name=pred)]), {"bodies": [gold]})
    assert s.fields["bodies"].tp == 1


@pytest.mark.parametrize(("pred", "gold", "match"), [
    ("Sở Tư pháp tỉnh Nam Định", "Sở Tư pháp", True),
    ("Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân", True),
    ("Thành ủy Hải Phòng", "Thành ủy", True),
    ("Sở Tư pháp", "Sở Tư pháp tỉnh Nam Định", False),  # a place gold names must be found
    ("Sở Tư pháp tỉnh Nam Định", "Sở Tư pháp tỉnh Thái Bình", False),
    ("Sở Tư pháp và Sở Nội vụ", "Sở Tư pháp", False),  # more than a place
])
def test_body_with_place_resolved_counts_where_gold_names_no_place(pred, gold, match):
    s = _positions_score([Position(title="Giám đốc", body=pred)], [{"title": "Giám đốc", "body": gold}])
    assert s.tp == int(match)
    s = score_article(_article(bodies=[Body(name=pred)]), {"bodies": [gold]})
    assert s.fields["bodies"].tp == int(match)


def test_place_resolved_body_does_not_take_an_exact_match():
    # gold lists both the placeless and the placed body: each prediction matches once
    art = _article(bodies=[Body(name="Sở Tư pháp tỉnh Nam Định")])
    s = score_article(art, {"bodies": ["Sở Tư pháp", "Sở Tư pháp tỉnh Nam Định"]})
    assert (s.fields["bodies"].tp, s.fields["bodies"].predicted, s.fields["bodies"].gold) == (1, 1, 2)


def _change(**kw):
    from nqextract.models import PositionChange

    return PositionChange(span_start=0, span_end=3, **kw)


def test_position_changes_scored_only_where_gold_has_the_key():
    art = _article(position_changes=[_change(person="Nguyễn Văn A", change="appointed", title="Thứ trưởng",
                                             body="Bộ Xây dựng", effective="2025-08-01")])
    assert score_article(art, {}).changes_articles == 0
    assert "position_changes" not in score_article(art, {}).as_dict()
    s = score_article(art, {"position_changes": []})
    assert (s.changes.tp, s.changes.predicted, s.changes.gold) == (0, 1, 0)


def test_position_changes_match_person_change_title_body_and_count_effective_dates():
    art = _article(position_changes=[
        _change(person="Nguyễn Văn A", change="appointed", title="Thứ trưởng", body="Bộ Xây dựng",
                effective="2025-08-01"),
        _change(person="Lê Văn C", change="disciplined", title="nguyên Bí thư", body="Tỉnh ủy Yên Bái",
                discipline="cảnh cáo"),
        _change(person="Trần Văn B", change="dismissed", title="Bộ trưởng", body="Bộ Công Thương"),
    ])
    gold = {"position_changes": [
        {"person": "nguyễn văn a", "change": "appointed", "title": "Thứ trưởng", "body": "Bộ Xây dựng",
         "effective": "2025-07-30"},
        {"person": "Lê Văn C", "change": "disciplined", "title": "Bí thư", "body": "Tỉnh uỷ Yên Bái"},
        {"person": "Trần Văn B", "change": "removed", "title": "Bộ trưởng", "body": "Bộ Công Thương"},
        {"person": "Phạm Văn D", "change": "retired", "title": "Phó Chủ tịch", "body": None},
    ]}
    s = score_article(art, gold)
    assert (s.changes.tp, s.changes.predicted, s.changes.gold) == (2, 3, 4)
    assert (s.effective.hits, s.effective.total) == (1, 2)  # the wrong date counts against, two nulls agree


@pytest.mark.parametrize(("pred_body", "gold_body"), [
    ("Sở Tư pháp tỉnh Nam Định", "Sở Tư pháp"),              # the place resolved counts, as for positions
    ("Ban Chính sách, chiến lược Trung ương", "Ban Chính sách - chiến lược Trung ương"),
    ("Ủy ban nhân dân tỉnh Quảng Bình", "Uỷ ban nhân dân tỉnh Quảng Bình"),
])
def test_position_change_bodies_compare_as_position_bodies(pred_body, gold_body):
    art = _article(position_changes=[_change(person="Nguyễn Văn A", change="appointed", title="Giám đốc",
                                             body=pred_body)])
    gold = {"position_changes": [{"person": "Nguyễn Văn A", "change": "appointed", "title": "Giám đốc",
                                  "body": gold_body}]}
    assert score_article(art, gold).changes.tp == 1


def test_position_change_bodies_that_differ_do_not_match():
    art = _article(position_changes=[_change(person="Nguyễn Văn A", change="appointed", title="Giám đốc",
                                             body="Sở Tư pháp")])
    gold = {"position_changes": [{"person": "Nguyễn Văn A", "change": "appointed", "title": "Giám đốc",
                                  "body": "Sở Tư pháp tỉnh Nam Định"}]}
    assert score_article(art, gold).changes.tp == 0


@pytest.mark.parametrize("gold_doc", [
    {"type": "Luật", "number": None, "name": "Luật Đất đai"},
    {"type": "Luật", "number": None, "subject": "luật đất đai"},
    {"type": "Luật", "number": "Luật Đất đai"},
    {"type": "Luật", "number": "Đất đai"},
    {"type": "Luật", "number": None, "name": "Luật “Đất đai”"},
])
def test_a_document_without_a_number_is_keyed_by_its_name_in_either_gold_convention(gold_doc):
    art = _article(documents=[Document(type="Luật", number="Luật Đất đai")])
    assert score_article(art, {"documents": [gold_doc]}).fields["documents"].f1 == 1.0


def test_unnumbered_documents_of_one_type_are_not_one_key():
    art = _article(documents=[Document(type="Luật", number="Luật Đất đai")])
    gold = {"documents": [{"type": "Luật", "number": None, "name": "Luật Nhà ở"},
                          {"type": "Luật", "number": None, "name": "Luật Đất đai"}]}
    s = score_article(art, gold).fields["documents"]
    assert (s.tp, s.gold) == (1, 2)
    # a name with a period in it loses its type word too; a number never does
    art = _article(documents=[Document(type="Kế hoạch", number="Kế hoạch tái cơ cấu nền kinh tế giai đoạn 2016-2020")])
    gold = {"documents": [{"type": "Kế hoạch", "number": None, "subject": "tái cơ cấu nền kinh tế giai đoạn 2016-2020"}]}
    assert score_article(art, gold).fields["documents"].f1 == 1.0
    art = _article(documents=[Document(type="Luật", number="Luật 47/2024/QH15")])
    assert score_article(art, {"documents": [{"type": "Luật", "number": "47/2024/QH15"}]}).fields["documents"].tp == 0
    # a numbered document keeps its number as the key, whatever its name
    art = _article(documents=[Document(type="Luật", number="47/2024/QH15")])
    gold = {"documents": [{"type": "Luật", "number": "47/2024/QH15", "name": "Luật Đất đai"}]}
    assert score_article(art, gold).fields["documents"].f1 == 1.0


@pytest.mark.parametrize(("pred", "gold"), [
    ("UBND thị xã Ninh Hòa", "Ủy ban nhân dân thị xã Ninh Hòa"),
    ("Ủy ban nhân dân tỉnh Nghệ An", "UBND tỉnh Nghệ An"),
    ("HĐND và UBND xã Tân Thành", "Hội đồng nhân dân và Ủy ban nhân dân xã Tân Thành"),
])
def test_task_assignees_match_with_abbreviations_spelled_out(pred, gold):
    art = _article(tasks=[Task(assigner="Bộ Tài chính", assignee=pred, action="rà soát toàn bộ hồ sơ dự án", start=0, end=5)])
    g = {"tasks": [{"assigner": "Bộ Tài chính", "assignee": gold, "action": "rà soát toàn bộ hồ sơ dự án"}]}
    assert score_article(art, g).fields["tasks"].tp == 1


def test_task_assignees_of_other_units_still_differ():
    art = _article(tasks=[Task(assigner="Bộ Tài chính", assignee="UBND tỉnh Nghệ An", action="rà soát hồ sơ", start=0, end=5)])
    g = {"tasks": [{"assigner": "Bộ Tài chính", "assignee": "Hội đồng nhân dân tỉnh Nghệ An", "action": "rà soát hồ sơ"}]}
    assert score_article(art, g).fields["tasks"].tp == 0


def test_a_gold_task_without_an_assignee_matches_nothing_and_does_not_crash():
    art = _article(tasks=[Task(assigner="Bộ Tài chính", assignee="Bộ Xây dựng", action="rà soát hồ sơ", start=0, end=5)])
    g = {"tasks": [{"assigner": None, "assignee": None, "action": "rà soát hồ sơ", "deadline": None}]}
    s = score_article(art, g).fields["tasks"]
    assert (s.tp, s.predicted, s.gold) == (0, 1, 1)


def _shared(tmp_path, monkeypatch):
    """A ../shared of constructed files: corpus/, html/, rss/."""
    for sub in ("corpus", "html", "rss"):
        (tmp_path / sub).mkdir()
    monkeypatch.setenv("NQEXTRACT_CORPUS", str(tmp_path / "corpus"))
    return tmp_path


def test_page_pointer_reads_the_page_through_cleaning(tmp_path, monkeypatch):
    from nqextract.evaluate import gold_pairs, gold_record

    shared = _shared(tmp_path, monkeypatch)
    body = "".join(f"<p>Đoạn {i}: Sáng 3/5, Ủy ban nhân dân tỉnh Hòa Bình họp bàn kế hoạch năm.</p>" for i in range(6))
    (shared / "html" / "p.html").write_text(
        f"<html><head><title>Tin A</title></head><body><nav>Trang chủ</nav><article>{body}</article></body></html>",
        encoding="utf-8")
    gold = {"doc": "p", "page": {"file": "p.html"}, "published": "2026-05-04"}
    raw = gold_record(gold)
    assert raw.html and "Hòa Bình" in raw.html and str(raw.published) == "2026-05-04"
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "p.json").write_text(json.dumps(gold), encoding="utf-8")
    assert [g["doc"] for _, g in gold_pairs(tmp_path / "g")] == ["p"]
    with pytest.raises(FileNotFoundError, match="html"):
        gold_record({"page": {"file": "absent.html"}})


def test_feed_pointer_reads_one_item_by_link(tmp_path, monkeypatch):
    from nqextract.evaluate import gold_record

    shared = _shared(tmp_path, monkeypatch)
    (shared / "rss" / "f.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>K</title>'
        '<item><title>Tin một</title><link>https://x.vn/a-1.htm</link>'
        '<description><![CDATA[(X.vn) - Bộ Xây dựng ban hành <b>Thông tư số 12/2026/TT-BXD</b>.]]></description></item>'
        '<item><title>Tin hai</title><link>https://x.vn/b-2.htm</link><description></description></item>'
        '</channel></rss>', encoding="utf-8")
    raw = gold_record({"feed": {"file": "f.xml", "link": "https://x.vn/a-1.htm"}, "published": "2026-09-05"})
    assert raw.title == "Tin một" and raw.text == "(X.vn) - Bộ Xây dựng ban hành Thông tư số 12/2026/TT-BXD."
    assert str(raw.published) == "2026-09-05" and raw.url == "https://x.vn/a-1.htm"
    with pytest.raises(ValueError, match="no description"):
        gold_record({"feed": {"file": "f.xml", "link": "https://x.vn/b-2.htm"}})
    with pytest.raises(FileNotFoundError, match="no item"):
        gold_record({"feed": {"file": "f.xml", "link": "https://x.vn/c-3.htm"}})
    with pytest.raises(ValueError, match="points at no article"):
        gold_record({"doc": "d"})


def test_corpus_pointer_to_material_outside_shared(tmp_path, monkeypatch):
    """A corpus file that is not in ../shared/corpus is read from a folder NQEXTRACT_OUTSIDE names;
    without it (or with a folder that lacks it) the error names both variables."""
    import json

    from nqextract.evaluate import corpus_record

    shared, outside = tmp_path / "corpus", tmp_path / "outside"
    shared.mkdir()
    outside.mkdir()
    rec = {"id": "x-1", "title": "Tin xã", "sapo": "", "text": "Sáng 5/6, Ủy ban nhân dân xã họp."}
    (outside / "o.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setenv("NQEXTRACT_CORPUS", str(shared))
    monkeypatch.delenv("NQEXTRACT_OUTSIDE", raising=False)
    gold = {"corpus": {"file": "o.jsonl", "id": "x-1"}, "published": "2026-06-05"}
    with pytest.raises(FileNotFoundError, match="NQEXTRACT_OUTSIDE"):
        corpus_record(gold)
    monkeypatch.setenv("NQEXTRACT_OUTSIDE", str(tmp_path / "nowhere") + os.pathsep + str(outside))
    art = corpus_record(gold)
    assert "Ủy ban nhân dân xã" in art.text and str(art.published) == "2026-06-05"
