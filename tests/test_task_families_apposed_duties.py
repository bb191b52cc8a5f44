"""Task family of a duty stated of a person named with an apposition: the sentence opens with a person's
name (after "ông", "bà" or a defendant's role word at most), then, between commas, who the person is, then
a duty phrase ("có nhiệm vụ", "có trách nhiệm") and a verb: "Bị can Lê Thị B, thủ quỹ của hai công ty, có
nhiệm vụ lập ...". The person is the assignee, never the apposition ("thủ quỹ của hai công ty").

Near misses: a verb of saying after the apposition ("..., cho biết sẽ ..."), accountability rather than a
duty ("chịu trách nhiệm trước cấp trên"), an opening adverbial rather than a name ("Theo quy định, UBND tỉnh
có trách nhiệm ...": the body after the comma stays the assignee)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Bị can Lê Thị Hương, thủ quỹ của hai công ty, có nhiệm vụ ghi chép mọi khoản tiền mặt nhận về.",
     "Lê Thị Hương", "ghi chép mọi khoản tiền mặt nhận về"),
    ("Bị can Lê Thị Hương, giám sát sổ sách của hai công ty, có nhiệm vụ ghi chép mọi khoản tiền mặt nhận về.",
     "Lê Thị Hương", "ghi chép mọi khoản tiền mặt nhận về"),
    ("Ông Trần Văn Nam, phó giám đốc Sở Xây dựng, có trách nhiệm rà lại từng bộ hồ sơ cấp phép trong tháng.",
     "Trần Văn Nam", "rà lại từng bộ hồ sơ cấp phép trong tháng"),
])
def test_the_person_not_the_apposition_is_assigned(run, text, assignee, action):
    tasks = run(text)
    assert (assignee, action) in {(t.assignee, t.action) for t in tasks}
    assert all(t.assignee == assignee for t in tasks)


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Nam, phó giám đốc Sở Xây dựng, cho biết sẽ rà lại từng bộ hồ sơ cấp phép trong tháng.",
    "Ông Trần Văn Nam, phó giám đốc Sở Xây dựng, chịu trách nhiệm trước cấp trên về các sai phạm nói trên.",
])
def test_no_duty_after_the_apposition(run, text):
    assert run(text) == []


def test_an_opening_adverbial_keeps_the_body_after_it(run):
    tasks = run("Theo quy định, UBND tỉnh có trách nhiệm rà lại từng bộ hồ sơ cấp phép trong tháng.")
    assert [(t.assignee, t.action) for t in tasks] == [("UBND tỉnh", "rà lại từng bộ hồ sơ cấp phép trong tháng")]


@pytest.mark.parametrize("text, assignee, action", [
    ("Theo cáo trạng, bị can Trương Thị Yến, kế toán trưởng của công ty, có nhiệm vụ theo dõi công nợ của các "
     "khách hàng.", "Trương Thị Yến", "theo dõi công nợ của các khách hàng"),
    ("Theo kết luận điều tra, bị cáo Đinh Văn Lực, thủ kho của xí nghiệp, có trách nhiệm kiểm đếm hàng nhập "
     "mỗi ngày.", "Đinh Văn Lực", "kiểm đếm hàng nhập mỗi ngày"),
    ("Tại phiên tòa, bà Mai Thị Hạnh, thủ quỹ của ban quản lý chợ, có nhiệm vụ thu tiền thuê sạp của tiểu "
     "thương.", "Mai Thị Hạnh", "thu tiền thuê sạp của tiểu thương"),
    ("Bị cáo Đinh Văn Lực, thủ kho của xí nghiệp, có trách nhiệm kiểm đếm hàng nhập mỗi ngày.",
     "Đinh Văn Lực", "kiểm đếm hàng nhập mỗi ngày"),
])
def test_after_an_opening_phrase_the_person_not_the_apposition_is_assigned(run, text, assignee, action):
    tasks = run(text)
    assert [(t.assignee, t.action) for t in tasks] == [(assignee, action)]


def test_after_an_opening_phrase_no_duty_no_task(run):
    assert run("Theo cáo trạng, bị can Trương Thị Yến, kế toán trưởng của công ty, đã nhiều lần rút tiền quỹ.") == []
