"""A body's name printed with several lower-case words and a place ending the clause ("Cục Thuế tiêu thụ đặc biệt
Thái Lan,", "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An,") is read after a title to that place (constructed
sentences); a verb, two bodies joined by "và", or a run too long before the place end it where it did."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Ekniti Nitithanprapas, tổng giám đốc Cục Thuế tiêu thụ đặc biệt Thái Lan, nhấn mạnh như vậy.",
     "Ekniti Nitithanprapas", ("Tổng Giám đốc", "Cục Thuế tiêu thụ đặc biệt Thái Lan", "current")),
    ("Ông Lê Văn An, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An, cho biết.",
     "Lê Văn An", ("Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", "current")),
])
def test_a_lower_case_run_to_a_place(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Ông Lê Văn An, Giám đốc Sở Y tế cho biết tại Nghệ An, dịch đã giảm.", "Lê Văn An", "Sở Y tế"),
    ("Ông Lê Văn An, Giám đốc Trung tâm Xúc tiến đầu tư thương mại và du lịch hàng đầu Nghệ An, cho biết.",
     "Lê Văn An", "Trung tâm Xúc tiến"),
])
def test_guard_a_verb_or_a_long_run(pipeline, text, name, body):
    assert {b for _t, b, _s in positions(pipeline, text)[name]} == {body}


def test_guard_two_bodies_joined_by_va_are_not_read_to_the_place(pipeline):
    text = "Trên cương vị là chủ tịch UBND và Hội đồng thẩm định giá đất tỉnh Bình Thuận, ông Lê Tiến Phương chỉ đạo."
    bodies = {b for ps in positions(pipeline, text).values() for _t, b, _s in ps}
    assert "UBND và Hội đồng thẩm định giá đất tỉnh Bình Thuận" not in bodies
