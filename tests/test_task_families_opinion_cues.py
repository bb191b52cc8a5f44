"""Task pattern families of reported speech, each on constructed sentences with several variants: a verb of
saying or opinion ("cho rằng", "cho biết", "khẳng định") speaks a duty when an agent and a modal follow it
("ông A cho rằng Bộ X cần ..."), and reports when anything else follows; an ellipsis before a capitalized
clause ends the action the sentence splitter left uncut."""

from __future__ import annotations

import pytest

from conftest import one, pairs


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


# --------------------------------------------------------------------------- ellipsis before a new clause


@pytest.mark.parametrize("text, action", [
    ("Ông Nguyễn Văn An cho rằng Bộ Tài chính cần có kế hoạch hỗ trợ tài chính, tập huấn nâng cao nhận "
     "thức ở Việt Nam… Để nâng cao thu nhập cho bà con, huyện đã ký thỏa thuận hợp tác.",
     "có kế hoạch hỗ trợ tài chính, tập huấn nâng cao nhận thức ở Việt Nam"),
    ("Thủ tướng yêu cầu Bộ Xây dựng rà soát các dự án nhà ở xã hội... Trong năm qua, cả nước đã hoàn "
     "thành hơn 100.000 căn.",
     "rà soát các dự án nhà ở xã hội"),
])
def test_ellipsis_before_a_capitalized_clause_ends_the_action(run, text, action):
    assert one(run(text)).action == action


@pytest.mark.parametrize("text, action", [
    ("Thủ tướng yêu cầu Bộ Tài chính rà soát các khoản chi… và báo cáo Chính phủ.",
     "rà soát các khoản chi… và báo cáo Chính phủ"),
    ("Thủ tướng yêu cầu Bộ Xây dựng rà soát các dự án ở Hà Nội… Hải Phòng và báo cáo Chính phủ.",
     "rà soát các dự án ở Hà Nội… Hải Phòng và báo cáo Chính phủ"),
])
def test_ellipsis_inside_the_action_keeps_it(run, text, action):
    assert {a for _, a in pairs(run(text))} == {action}
