"""Calls to a public audience: "kêu gọi / thúc giục / đề nghị" + "thế giới", "cộng đồng (quốc tế)", "công dân",
"người tiêu dùng", "các nhà hoạch định chính sách" (cue_agent heads: an assignee only as a
cue's object); and the restraint verbs ("kiềm chế", "tự kiềm chế") that open the action of a call, so the
assignee ends before them ("kêu gọi các bên liên quan | kiềm chế, ..."). Constructed sentences; the heads as a
subject or after a verb that is no cue, and the restraint verbs outside a call, assign nothing."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tổng thống Ardania Kalo Venn kêu gọi thế giới lên án mạnh mẽ vụ tấn công.",
     "thế giới", "lên án mạnh mẽ vụ tấn công"),
    ("Bộ Ngoại giao Belmoria đã kêu gọi cộng đồng quốc tế phản ứng nhanh với vụ pháo kích.",
     "cộng đồng quốc tế", "phản ứng nhanh với vụ pháo kích"),
    ("Tổ chức Norvia cũng kêu gọi cộng đồng cùng bảo vệ liêm chính khoa học.",
     "cộng đồng", "cùng bảo vệ liêm chính khoa học"),
    ("Hiệp hội Delmar kêu gọi các nhà hoạch định chính sách tập trung vào việc quản lý các nhà phân phối.",
     "các nhà hoạch định chính sách", "tập trung vào việc quản lý các nhà phân phối"),
    ("Đại sứ quán Ardania đề nghị công dân Ardania theo dõi sát thông tin từ chính quyền sở tại.",
     "công dân Ardania", "theo dõi sát thông tin từ chính quyền sở tại"),
    ("Cục Quản lý cạnh tranh Belmoria kêu gọi người tiêu dùng kiểm tra kỹ nguồn gốc sản phẩm.",
     "người tiêu dùng", "kiểm tra kỹ nguồn gốc sản phẩm"),
    ("Ông Lino Marr thúc giục cộng đồng doanh nghiệp Ardania tiết kiệm nước trong mùa khô.",
     "cộng đồng doanh nghiệp Ardania", "tiết kiệm nước trong mùa khô"),
])
def test_a_call_addressed_to_a_public_audience(run, text, assignee, action) -> None:
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Ngoại giao Ardania kêu gọi các bên liên quan kiềm chế, chấm dứt xung đột, tăng cường đối thoại.",
     "các bên liên quan", "kiềm chế, chấm dứt xung đột, tăng cường đối thoại"),
    ("Bộ trưởng Quốc phòng Belmoria kêu gọi các bên kiềm chế, tránh các hành động làm gia tăng căng thẳng.",
     "các bên", "kiềm chế, tránh các hành động làm gia tăng căng thẳng"),
    ("Tổng thư ký Kalo Venn thúc giục hai nước láng giềng tự kiềm chế và nối lại đàm phán.",
     "hai nước láng giềng", "tự kiềm chế và nối lại đàm phán"),
])
def test_a_restraint_verb_opens_the_action_of_a_call(run, text, assignee, action) -> None:
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text", [
    "Cộng đồng quốc tế đã lên án vụ tấn công vào tuần trước.",  # a subject with a report, no cue
    "Ông Venn cảm ơn cộng đồng người Ardania đã ủng hộ quỹ cứu trợ.",  # no cue before the head
    "Thế giới đang chứng kiến nhiều biến động khó lường.",
    "Công dân Belmoria đã đi bỏ phiếu từ sáng sớm.",
    "Ngân hàng trung ương Ardania đã kiềm chế được lạm phát trong năm qua.",  # restraint verb, a report
    "Kiềm chế lạm phát vẫn là mục tiêu hàng đầu của Chính phủ Belmoria.",  # a topic, no assignee
])
def test_the_heads_and_verbs_outside_a_call_assign_nothing(run, text) -> None:
    assert run(text) == []
