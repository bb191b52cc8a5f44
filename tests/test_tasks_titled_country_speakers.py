"""A title-only speaker printed with its country right after it ("lãnh tụ tối cao <country>", "Tổng thống
<country>") is that title of that country, whether the tagger reads the country as a place or as a name; a title
with no country after it stays the bare title (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.mark.parametrize(("text", "assigner"), [
    ("Lãnh tụ tối cao Iran yêu cầu lực lượng biên phòng siết chặt tuần tra.", "Lãnh tụ tối cao Iran"),
    ("Chiều qua, lãnh tụ tối cao Iran đã yêu cầu các bộ ngành rà soát ngân sách.", "lãnh tụ tối cao Iran"),
    ("Tổng thống Mỹ yêu cầu lực lượng biên phòng siết chặt tuần tra.", "Tổng thống Mỹ"),
    ("Chiều qua, tổng thống Pháp đã yêu cầu các bộ ngành rà soát ngân sách.", "tổng thống Pháp"),
])
def test_a_title_only_speaker_keeps_its_country(run_tasks, text, assigner):
    assert one(run_tasks(text)).assigner == assigner


def test_a_title_without_a_country_stays_bare(run_tasks):
    assert one(run_tasks("Tổng thống yêu cầu lực lượng biên phòng siết chặt tuần tra.")).assigner == "Tổng thống"
