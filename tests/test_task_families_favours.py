"""Task family of a favour asked of a person (``cue_person``: "nhờ"): the one asking (a person's or a body's
name, an agent), then only verbs of contacting and adverbs (``cue_person_lead``: "gọi điện", "nhiều lần",
"đã"), then "nhờ", then a person's name (after one pronoun at most, "ông" or a capitalized "Ông") and an action
("bà A gọi điện nhờ thầy B kèm cặp ..."). Near misses: "nhờ" giving a cause after a predicate ("... thoát nghèo
nhờ bà B hướng dẫn ...", "ông A cho biết nhờ bà B ..."), before "đó", a noun, a body or a policy, opening the
sentence with no one asking, and a person's name followed by an apposition instead of an action
(constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Chị Hà Thị Lụa nhờ ông Tôn Đức Vỹ kèm cặp con trai môn toán trong dịp hè.",
     "Hà Thị Lụa", "Tôn Đức Vỹ", "kèm cặp con trai môn toán trong dịp hè"),
    ("Tuần trước, bà Mạc Thị Duyên gọi điện nhờ ông Khổng Văn Tài trông giúp căn nhà.",
     "Mạc Thị Duyên", "Khổng Văn Tài", "trông giúp căn nhà"),
    ("Giám đốc Lã Minh Quyết đã nhiều lần nhờ ông Ninh Văn Phúc rà soát phương án sản xuất.",
     "Lã Minh Quyết", "Ninh Văn Phúc", "rà soát phương án sản xuất"),
    ("Ông Thân Đức Huy trực tiếp nhờ bà Giáp Thị Quế đọc lại bản kế hoạch truyền thông.",
     "Thân Đức Huy", "Giáp Thị Quế", "đọc lại bản kế hoạch truyền thông"),
    ("Anh Khúc Văn Lợi nhờ Ông Viên Đình Cảnh sửa lại mái nhà trước mùa mưa.",
     "Khúc Văn Lợi", "Viên Đình Cảnh", "sửa lại mái nhà trước mùa mưa"),
])
def test_a_favour_asked_of_a_person(run, text, assigner, assignee, action):
    tasks = run(text)
    assert (assignee, action) in pairs(tasks)
    assert next(t.assigner for t in tasks if t.assignee == assignee) == assigner


@pytest.mark.parametrize("text", [
    # a cause after a predicate: the clause before "nhờ" has its verb, no one asks
    "Gia đình ông B đã thoát nghèo nhờ bà C hướng dẫn cách trồng rau.",
    "Công ty tăng trưởng mạnh nhờ ông Đ điều hành hiệu quả.",
    "Người dân xã X thoát nghèo nhờ ông Đ vận động bà con chuyển sang nuôi bò.",
    "Ông B cho biết nhờ bà C hướng dẫn, ông đã thoát nghèo.",
    "Gia đình ông Quách Văn Thịnh đã có nhà mới nhờ bà Đàm Thị Yến quyên góp thêm tiền.",
    "Hợp tác xã Đông Lâm làm ăn có lãi nhờ ông Hứa Văn Kiên tìm được đầu ra cho nông sản.",
    "Bà Lạc Thị Nhàn cho biết nhờ ông Mẫn Văn Hòa hướng dẫn, vườn cam đã cho trái.",
    "Nhà máy vượt kế hoạch nhờ bà Kiều Thị Vân điều hành sát sao.",
    "Nhiều hộ ở xã Phú Mỹ thoát nghèo nhờ ông Lục Văn Đông vận động bà con nuôi bò sinh sản.",
    # a cause before "đó", a noun, a body or a policy; "nhờ" with no one asking before it
    "Nhờ đó, người dân được hưởng lợi nhiều hơn.",
    "Nhờ ông Yên Văn Trí hỗ trợ, gia đình bà đã có nhà mới.",
    "Nhờ UBND xã Tân Hòa hỗ trợ, các hộ dân đã ổn định cuộc sống.",
    "Doanh nghiệp nhờ chính sách giảm thuế đã vượt qua khó khăn.",
    "Hợp tác xã Bình An nhờ ngân hàng hỗ trợ vốn nên đã mở rộng sản xuất.",
    # an apposition after the person's name instead of an action
    "Năm ngoái, chị Sầm Thị Ngân nhờ ông Lò Văn Chiến khi đó là hiệu phó nhà trường nên mọi việc suôn sẻ.",
])
def test_nho_giving_a_cause_or_no_action_is_no_task(run, text):
    assert not run(text)
