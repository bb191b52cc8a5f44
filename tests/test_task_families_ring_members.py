"""Task family of a criminal ring's members or suspects as a cue's object (``cue_agent``: "đối tượng", "một số
đối tượng", "nhóm đối tượng"; ``staff_head`` "đối tượng" with its ``staff_qualifier`` "truy nã" kept in the
assignee): "A chỉ đạo một số đối tượng gặp người vay ...", "Công an tỉnh X kêu gọi các đối tượng truy nã ra đầu
thú ..."; a describing verb after it, "các đối tượng lừa đảo", and a birth year after a name, "đối tượng A,
sinh năm 1990,", stay in the assignee. Near misses: the suspects as a sentence's subject, after a preposition, or
after a cue naming no action (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Khi con nợ chậm trả, Lục Văn Khiêm sẽ chỉ đạo một số đối tượng đến nhà người vay để đe dọa.",
     "một số đối tượng", "đến nhà người vay để đe dọa"),
    ("Theo cáo trạng, bà Mẫn Thị Hòa chỉ đạo nhóm đối tượng tại Công ty Hưng Phát lập hồ sơ khống.",
     "nhóm đối tượng tại Công ty Hưng Phát", "lập hồ sơ khống"),
    ("Công an thành phố Lạng Sơn kêu gọi các đối tượng truy nã ra trình diện tại cơ quan công an nơi cư trú.",
     "các đối tượng truy nã", "ra trình diện tại cơ quan công an nơi cư trú"),
    # a describing verb after "đối tượng" stays in the assignee
    ("Công an huyện Yên Minh kêu gọi các đối tượng lừa đảo ra trình diện.",
     "các đối tượng lừa đảo", "ra trình diện"),
    ("Chi cục Thuế khu vực yêu cầu các đối tượng nộp thuế hoàn thành quyết toán trước ngày 31-3.",
     "các đối tượng nộp thuế", "hoàn thành quyết toán"),
    # a birth year after the name is its apposition, no action
    ("Công an xã yêu cầu đối tượng Hoàng Văn Tuấn, sinh năm 1995, đến trụ sở làm việc.",
     "đối tượng Hoàng Văn Tuấn, sinh năm 1995", "đến trụ sở làm việc"),
    ("Ông Khổng Minh Tâm đã chỉ đạo các đối tượng theo dõi nhà của bị hại.",
     "các đối tượng", "theo dõi nhà của bị hại"),
])
def test_ring_members_directed(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # the suspects as the subject: no one directs them here
    "Các đối tượng đã khai nhận toàn bộ hành vi phạm tội.",
    "Nhóm đối tượng tại Công ty Hưng Phát thường xuyên đe dọa người vay.",
    # after a preposition, not a cue's object
    "Công an huyện đang làm rõ vai trò của các đối tượng trong vụ án.",
    # a negated cue
    "Ông Khổng Minh Tâm khai không chỉ đạo các đối tượng đánh người.",
])
def test_ring_members_not_directed_is_no_task(run, text):
    assert not run(text)
