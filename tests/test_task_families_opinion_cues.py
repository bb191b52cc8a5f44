"""Task pattern families of reported speech, each on constructed sentences with several variants: a verb of
saying or opinion ("cho rằng", "cho biết", "khẳng định") speaks a duty when an agent and a modal follow it
("ông A cho rằng Bộ X cần ..."), and reports when anything else follows."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- opinion verbs before a modal


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ trưởng Nguyễn Văn An cho rằng Bộ Tài chính cần sớm bố trí vốn cho dự án.",
     "Bộ Tài chính", "sớm bố trí vốn cho dự án"),
    ("Về lâu dài, ông Lê Văn Bình cho rằng Bộ Nông nghiệp và Môi trường cần có kế hoạch hỗ trợ tài chính "
     "cho người trồng rừng.",
     "Bộ Nông nghiệp và Môi trường", "có kế hoạch hỗ trợ tài chính cho người trồng rừng"),
    ("Bộ trưởng Phạm Thị Cúc cho biết các bộ, ngành phải tập trung hướng dẫn tất cả các văn bản có liên quan.",
     "các bộ, ngành", "tập trung hướng dẫn tất cả các văn bản có liên quan"),
    ("Phó Chủ tịch UBND tỉnh Trần Văn Dũng khẳng định, các sở, ngành cần khẩn trương hoàn thiện hồ sơ "
     "trình Ủy ban nhân dân tỉnh.",
     "các sở, ngành", "khẩn trương hoàn thiện hồ sơ trình Ủy ban nhân dân tỉnh"),
])
def test_opinion_verb_before_agent_and_modal_is_a_duty(run, text, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)
    assert t.assigner


@pytest.mark.parametrize("text", [
    "Bộ trưởng Nguyễn Văn An cho biết Bộ Tài chính đã bố trí vốn cho dự án.",  # a report, no modal
    "Ông Lê Văn Bình cho rằng việc sắp xếp cần được xem xét kỹ lưỡng.",  # no agent
    "Bộ trưởng Phạm Thị Cúc khẳng định Bộ Tài chính sẽ bố trí đủ vốn cho dự án trong năm nay.",  # a pledge
    "Ông Trần Văn Dũng cho biết, năm nay tỉnh đã hoàn thành kế hoạch giải ngân vốn đầu tư công.",
])
def test_opinion_verb_otherwise_reports(run, text):
    assert run(text) == []
