"""Task family of pleas to a court whoever prints them, on constructed sentences with several variants: a
cue followed by a trial panel or a court printed bare and a verb of review, annulment or leniency ("đề nghị
hội đồng xét xử xem xét ...", "đề nghị tòa chuyển tội danh ...") is the court's task even when the rules
know no speaker for the cue ("Luật sư bào chữa", "Tôi"). Near misses: a sentencing proposal, a plea with no
court, a court that only rules."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Luật sư của bị cáo đề nghị hội đồng xét xử xem xét các tình tiết giảm nhẹ cho thân chủ.",
     "Hội đồng xét xử", "xem xét các tình tiết giảm nhẹ cho thân chủ"),
    ("“Tôi đề nghị tòa chuyển tội danh cho tôi sang tội thiếu trách nhiệm”, bị cáo trình bày.",
     "Tòa án", "chuyển tội danh cho tôi sang tội thiếu trách nhiệm"),
    ("Gia đình bị hại đề nghị hội đồng xét xử xem xét giảm nhẹ hình phạt cho bị cáo.",
     "Hội đồng xét xử", "xem xét giảm nhẹ hình phạt cho bị cáo"),
])
def test_a_plea_whoever_prints_it(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Luật sư bào chữa đề nghị tuyên phạt bị cáo mức án thấp nhất.",
    "Luật sư bào chữa đề nghị xem xét lại toàn bộ chứng cứ.",
    "Hội đồng xét xử tuyên phạt bị cáo 5 năm tù.",
])
def test_no_plea(run, text):
    assert not [t for t in run(text) if t.assignee in ("Hội đồng xét xử", "Tòa án")]
