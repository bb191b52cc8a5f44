"""A press secretary ("thư ký báo chí", "phó thư ký báo chí"; titles.tsv) is an office of the body printed after
it, a seat standing for its office ("Nhà Trắng", "Lầu Năm Góc" = Bộ Quốc phòng Mỹ). Constructed texts."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thư ký báo chí Nhà Trắng Karen Dalton cho biết tổng thống sẽ nghỉ lễ.", "Karen Dalton",
     ("Thư ký báo chí", "Nhà Trắng")),
    ("Hôm 19-11, phó thư ký báo chí Lầu Năm Góc Sarah Whitmore tuyên bố Mỹ không thấy dấu hiệu nào.",
     "Sarah Whitmore", ("Phó Thư ký báo chí", "Bộ Quốc phòng Mỹ")),
    ('"Chúng tôi xác nhận", phó thư ký báo chí Bộ Quốc phòng Mỹ Sarah Whitmore loan báo trong cuộc họp báo.',
     "Sarah Whitmore", ("Phó Thư ký báo chí", "Bộ Quốc phòng Mỹ")),
])
def test_a_press_secretary_of_a_body(pipeline, text, name, expected):
    assert (*expected, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    "Thư ký báo chí của đội tuyển Phạm Văn Đức sẽ tổ chức họp báo sau trận đấu với Thái Lan.",
    "Các thư ký báo chí Nhà Trắng thường xuyên phải trả lời câu hỏi khó, ông Lê Minh Quang nhận xét.",
    "Giá vàng tăng mạnh sau khi thư ký báo chí của ngân hàng trung ương Nhật Bản, bà Aiko Mori, lên tiếng.",
    "Văn phòng thư ký báo chí Điện Kremlin công bố lịch làm việc mới của ông Vadim Orlov.",
])
def test_a_press_secretary_of_no_body_is_no_office(pipeline, text):
    found = positions(pipeline, text)
    assert not any("báo chí" in p[0] for ps in found.values() for p in ps)


def test_a_press_secretary_printed_without_a_body_keeps_the_person(pipeline):
    """Without a body the office stays bare, and the name after it is still a person's (a 'needs_body' row
    loses the person: "Thư ký báo chí Karen Dalton cho biết")."""
    assert positions(pipeline, "Thư ký báo chí Karen Dalton cho biết tổng thống sẽ nghỉ lễ.") == {
        "Karen Dalton": {("Thư ký báo chí", None, "current")}}


def test_a_president_elect_choosing_a_press_secretary_holds_no_such_office(pipeline):
    found = positions(pipeline, "Ông Donald Lane chưa chọn thư ký báo chí Nhà Trắng cho nhiệm kỳ mới.")
    assert not any(p[0] == "Thư ký báo chí" for ps in found.values() for p in ps)
