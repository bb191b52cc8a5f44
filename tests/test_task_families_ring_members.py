"""Task family of a criminal ring's members or suspects as a cue's object (``cue_agent``: "đối tượng", "một số
đối tượng", "nhóm đối tượng"; ``staff_head`` "đối tượng" with its ``staff_qualifier`` "truy nã" kept in the
assignee): "A chỉ đạo một số đối tượng gặp người vay ...", "Công an tỉnh X kêu gọi các đối tượng truy nã ra đầu
thú ..."; a listed describing phrase after it, "các đối tượng lừa đảo", "cho vay nặng lãi", stays in the
assignee; an unlisted one before a movement verb ("các đối tượng cá độ về trụ sở") or a comma apposition after
the suspect ("đối tượng A, sinh năm 1990, ...") gives no task. Near misses: the suspects as a sentence's subject, after a preposition, or
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
    # a listed qualifier phrase matched whole stays in the assignee
    ("Công an huyện Bát Xát kêu gọi các đối tượng cho vay nặng lãi ra đầu thú.",
     "các đối tượng cho vay nặng lãi", "ra đầu thú"),
    ("Công an phường kêu gọi các đối tượng trộm cắp ra trình diện.",
     "các đối tượng trộm cắp", "ra trình diện"),
    ("Ông Khổng Minh Tâm đã chỉ đạo các đối tượng theo dõi nhà của bị hại.",
     "các đối tượng", "theo dõi nhà của bị hại"),
    # a named suspect: the bare name, as "ông" is dropped
    ("Hoàng Văn Lực chỉ đạo đối tượng Vi Văn Tâm đốt kho hàng của anh Khánh.",
     "Vi Văn Tâm", "đốt kho hàng của anh Khánh"),
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
    # a comma apposition after the suspect (birth year or date, residence): no task rather than a broken span
    "Công an xã yêu cầu đối tượng Hoàng Văn Tuấn, sinh năm 1995, đến trụ sở làm việc.",
    "Công an xã yêu cầu đối tượng Hoàng Văn Tuấn, SN 1995, đến trụ sở làm việc.",
    "Công an huyện yêu cầu đối tượng Vàng A Sử, trú tại bản Nà Hỳ, xã Chà Cang, ra trình diện.",
    "Công an huyện yêu cầu đối tượng Vàng A Sử, sinh ngày 2-7-1992, ra trình diện.",
    "Cảnh sát giao thông yêu cầu đối tượng, sinh năm 2006, dừng xe.",
    # an unlisted describing verb, the movement a few words into the action: no task
    "Công an xã yêu cầu các đối tượng cá độ về trụ sở làm việc.",
    "Công an huyện kêu gọi nhóm đối tượng gây gổ ra đầu thú.",
])
def test_ring_members_not_directed_is_no_task(run, text):
    assert not run(text)
