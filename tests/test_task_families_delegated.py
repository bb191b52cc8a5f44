"""Task pattern family of delegated acts, on constructed sentences: an official named right before
"thừa ủy quyền (của)" and the one who delegates, then the act ("Quốc hội nghe Bộ trưởng Bộ A Nguyễn Văn B
thừa ủy quyền của Thủ tướng Chính phủ trình bày Tờ trình ..."): the official's name is the assignee, the
delegator the assigner. A delegation opening its clause, a comma after the delegator, speech ("cho biết")
and a report ("đang", "đã") after it stay none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Chiều nay, Quốc hội nghe Bộ trưởng Bộ Giáo dục và Đào tạo Phan Văn Đức thừa ủy quyền của Thủ tướng "
     "Chính phủ trình bày Tờ trình dự án Luật Nhà giáo.",
     "Thủ tướng Chính phủ", "Phan Văn Đức", "trình bày Tờ trình dự án Luật Nhà giáo"),
    ("Giám đốc Sở Tư pháp Nguyễn Thị Lan thừa uỷ quyền của Chủ tịch Ủy ban nhân dân tỉnh trình bày báo cáo "
     "về công tác cải cách hành chính.",
     "Chủ tịch Ủy ban nhân dân tỉnh", "Nguyễn Thị Lan", "trình bày báo cáo về công tác cải cách hành chính"),
    ("Bộ trưởng Bộ Tài chính Đỗ Văn Khải thừa ủy quyền Thủ tướng Chính phủ ký Tờ trình về dự thảo Nghị quyết.",
     "Thủ tướng Chính phủ", "Đỗ Văn Khải", "ký Tờ trình về dự thảo Nghị quyết"),
])
def test_delegated_act(run, text, assigner, assignee, action):
    got = run(text)
    assert pairs(got) == {(assignee, action)}
    assert [t.assigner for t in got] == [assigner]


@pytest.mark.parametrize("text", [
    "Chiều 27-11, thừa ủy quyền của Thủ tướng, Phó Thủ tướng Trần Văn Nam đã có báo cáo Quốc hội.",
    "Sau đó, Bộ trưởng Bộ Công Thương Lê Văn Tâm thừa ủy quyền của Thủ tướng Chính phủ cho biết dự án đã "
    "hoàn thành.",
    "Ông Lê Văn Tâm thừa ủy quyền của Thủ tướng Chính phủ đang trình bày báo cáo.",
    "Bà Lê Thị Hoa, thừa ủy quyền của Giám đốc, trình bày báo cáo.",
])
def test_no_delegated_act(run, text):
    assert run(text) == []
