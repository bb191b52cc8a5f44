"""Words of the bodies' grammar read from body_patterns.tsv rows instead of literals in code: the rows' effect on
constructed sentences, and the same sentences read with the rows taken out (a rules_dir of its own)."""

from __future__ import annotations

from nqextract.extract import resources
from nqextract.extract.body_rules import load_rules


def rules_without(tmp_path, *rows: str):
    """The packaged rules with the body_patterns.tsv ``rows`` (whole lines) taken out."""
    lines = resources.read_text("body_patterns.tsv").split("\n")
    for row in rows:
        assert row in lines, row
    (tmp_path / "body_patterns.tsv").write_text("\n".join(x for x in lines if x not in rows), encoding="utf-8")
    return load_rules(tmp_path)


def test_document_words_are_the_flagged_topic_capitals(tmp_path):
    assert load_rules().topic_doc_words == {"nghị quyết", "kết luận", "chỉ thị", "quyết định", "hiến pháp", "luật",
                                            "đề án"}
    assert "trung ương" not in load_rules().topic_doc_words  # a capital allowed in a topic, no document
    rules = rules_without(tmp_path, "topic_capital_ok\tLuật\tdocument")
    assert "luật" not in rules.topic_doc_words and "nghị quyết" in rules.topic_doc_words
