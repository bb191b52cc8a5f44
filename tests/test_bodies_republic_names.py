"""Bodies: a foreign body's name goes on through its country's state form printed with a lower-case "hòa"
("Học viện Ngoại giao Cộng hòa Dominica"), as a country in that form after a state body or a minister's title
(the republic rows of body_patterns.tsv; constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Bản ghi nhớ giữa Học viện Ngoại giao Việt Nam và Học viện Ngoại giao Cộng hòa Dominica. Phát biểu sau đó.",
     "Học viện Ngoại giao Cộng hòa Dominica"),
    ("Đoàn thăm Viện Hàn lâm Khoa học Cộng hòa Séc. Sau đó đoàn về nước.", "Viện Hàn lâm Khoa học Cộng hòa Séc"),
    ("Ông gặp Bộ trưởng Hội nhập khu vực Cộng hòa Dominica.", "Bộ Hội nhập khu vực Cộng hòa Dominica"),
    ("Quốc hội Cộng hòa Dominica thông qua luật.", "Quốc hội Cộng hòa Dominica"),
])
def test_a_name_goes_on_through_the_state_form(text, body):
    assert body in names(text)


def test_a_longer_state_name_is_no_one_word_country():
    assert "Quốc hội Cộng hòa Dân" not in " ".join(names("Quốc hội Cộng hòa Dân chủ Nhân dân Lào họp."))


def test_a_rules_folder_without_not_before_rows_still_reads_republics(tmp_path):
    """Without republic_not_before rows the state form is followed by any capitalized word (no empty
    look-ahead that would never match)."""
    from nqextract.extract import resources
    from nqextract.extract.bodies import find_bodies
    from nqextract.extract.body_rules import load_rules

    packaged = resources.read_text("body_patterns.tsv")
    kept = [ln for ln in packaged.splitlines() if not ln.startswith("republic_not_before\t")]
    assert len(kept) < len(packaged.splitlines())
    (tmp_path / "body_patterns.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    assert rules.republic.match(" Cộng hòa Dominica").group(1) == "Cộng hòa Dominica"
    assert rules.republic.match(" Cộng hòa Séc").group(1) == "Cộng hòa Séc"
    text = "Quốc hội Cộng hòa Dominica thông qua luật."
    assert "Quốc hội Cộng hòa Dominica" in [m.name for m in find_bodies(text, rules=rules)]
