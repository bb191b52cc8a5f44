"""Calls and orders addressed to a collective: "kêu gọi / thúc giục / ra lệnh cho" + "(các) đồng minh",
"(các) quan chức", "các quốc gia ..." (cue_agent heads: an assignee only as a cue's object). Constructed
sentences; a subject with these heads, or the heads after a verb that is no cue, assign nothing."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tổng thống Ardania Kalo Venn kêu gọi đồng minh cung cấp thêm thiết bị y tế.",
     "đồng minh", "cung cấp thêm thiết bị y tế"),
    ("Ông Venn thúc giục các đồng minh của Ardania tăng cường viện trợ lương thực.",
     "các đồng minh của Ardania", "tăng cường viện trợ lương thực"),
    ("Tổng thống Kalo Venn đã ra lệnh cho các quan chức nhanh chóng hoàn tất hồ sơ.",
     "các quan chức", "nhanh chóng hoàn tất hồ sơ"),
    ("Ngoại trưởng Belmoria Lino Marr kêu gọi các quốc gia thành viên tuân thủ phán quyết của tòa.",
     "các quốc gia thành viên", "tuân thủ phán quyết của tòa"),
    ("Bà Tessa Orlan thúc giục các quốc gia láng giềng mở cửa biên giới cho hàng cứu trợ.",
     "các quốc gia láng giềng", "mở cửa biên giới cho hàng cứu trợ"),
])
def test_a_call_addressed_to_a_collective(run, text, assignee, action) -> None:
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text", [
    "Các đồng minh cần tăng cường viện trợ cho Ardania.",  # a subject, no cue
    "Các quan chức phải hoàn tất hồ sơ trong tuần.",
    "Ông Venn gặp các đồng minh tại thủ đô Ardania.",  # no cue before the head
    "Ba quốc gia ký kết thỏa thuận thương mại mới.",
])
def test_the_heads_outside_a_call_assign_nothing(run, text) -> None:
    assert run(text) == []
