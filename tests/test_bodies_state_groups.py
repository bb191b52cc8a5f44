"""Bodies: state economic groups printed short or by their brand ("Tập đoàn Dầu khí", "Viettel", "EVN") take
their full names; another company carrying the brand does not (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Đại diện Tập đoàn Dầu khí, Viettel, Tập đoàn Hóa chất tham dự.", "Tập đoàn Dầu khí Quốc gia Việt Nam"),
    ("Đại diện Tập đoàn Dầu khí, Viettel, Tập đoàn Hóa chất tham dự.", "Tập đoàn Công nghiệp - Viễn thông Quân đội"),
    ("Đại diện Tập đoàn Dầu khí, Viettel, Tập đoàn Hóa chất tham dự.", "Tập đoàn Hóa chất Việt Nam"),
    ("EVN cho biết giá điện bán lẻ sẽ tăng.", "Tập đoàn Điện lực Việt Nam"),
    ("Ông A, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam, phát biểu.", "Tập đoàn Dầu khí Quốc gia Việt Nam"),
])
def test_a_state_group_printed_short_takes_its_full_name(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Viettel Post giao hàng trong ngày.",
    "Ứng dụng Viettel Money vừa ra mắt.",
    "Giá dầu khí thế giới giảm.",
])
def test_a_brand_inside_another_name_or_a_common_noun_names_no_group(text):
    assert "Tập đoàn Công nghiệp - Viễn thông Quân đội" not in body_names(text)
    assert "Tập đoàn Dầu khí Quốc gia Việt Nam" not in body_names(text)
