"""Task family of a favour asked of a person (``cue_person``: "nhờ"), the order of court and indictment
narratives: a speaker, then (after a verb of contacting or an adverb) "nhờ", then a person's name (after one
pronoun at most) and an action ("bà A liên lạc nhờ ông B giúp đỡ ..."). Near misses: "nhờ" giving a cause
(before "đó", a noun, a body, a policy), "nhờ" opening the sentence with no speaker, and a person's name
followed by an apposition instead of an action ("nhờ ông B khi đó là ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Bà Lương Thị Mai nhờ ông Đoàn Văn Sỹ giúp đỡ xin cấp lại giấy phép cho công ty.",
     "Lương Thị Mai", "Đoàn Văn Sỹ", "giúp đỡ xin cấp lại giấy phép cho công ty"),
    ("Theo cáo trạng, Trịnh Văn Lực nhờ Phùng Quốc Việt mua bán cổ phiếu để hưởng chênh lệch.",
     "Trịnh Văn Lực", "Phùng Quốc Việt", "mua bán cổ phiếu để hưởng chênh lệch"),
    ("Giữa năm 2020, bà Tống Thị Hoa liên lạc nhờ ông Vương Đình Khải can thiệp để công ty trúng thầu.",
     "Tống Thị Hoa", "Vương Đình Khải", "can thiệp để công ty trúng thầu"),
    ("Ông Lại Văn Sơn nhiều lần nhờ ông Kha Minh Đạt giới thiệu khách hàng.",
     "Lại Văn Sơn", "Kha Minh Đạt", "giới thiệu khách hàng"),
])
def test_a_favour_asked_of_a_person(run, text, assigner, assignee, action):
    tasks = run(text)
    assert (assignee, action) in pairs(tasks)
    assert next(t.assigner for t in tasks if t.assignee == assignee) == assigner


@pytest.mark.parametrize("text", [
    "Nhờ đó, người dân được hưởng lợi nhiều hơn.",
    "Nhờ ông Lâm Văn Tú hỗ trợ, gia đình bà đã có nhà mới.",
    "Nhờ UBND xã Tân Phú hỗ trợ, các hộ dân đã ổn định cuộc sống.",
    "Ông Võ Đình Lâm cho biết nhờ sự hỗ trợ của Sở Y tế, bệnh viện đã có thêm thiết bị.",
    "Doanh nghiệp nhờ chính sách giảm thuế đã vượt qua khó khăn.",
    "Công ty Hải Long nhờ ngân hàng hỗ trợ vốn nên đã mở rộng sản xuất.",
    "Giữa năm 2021, bà Lê Thị Hồng liên lạc nhờ ông Trương Văn Khải khi đó là phó giám đốc sở có thẩm quyền "
    "ký giấy phép để giúp đỡ.",
])
def test_nho_giving_a_cause_or_no_action_is_no_task(run, text):
    assert not run(text)
