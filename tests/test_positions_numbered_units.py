"""A unit named by its number ("Đoàn Kiểm tra số 05", "Đoàn công tác số 2") keeps the number in the body of the
title printed before it, where the name used to stop at "số" (constructed sentences, several variants)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Văn phòng Chính phủ thông báo kết luận của Phó Thủ tướng Bùi Thanh Sơn - Trưởng Đoàn Kiểm tra số 05 về rà "
     "soát các dự án giao thông.", "Bùi Thanh Sơn", ("Trưởng đoàn", "Đoàn Kiểm tra số 05", "current")),
    ("Ông Nguyễn Văn An, Trưởng Đoàn công tác số 2, cho biết đoàn đã làm việc với tỉnh.", "Nguyễn Văn An",
     ("Trưởng đoàn", "Đoàn công tác số 2", "current")),
])
def test_a_numbered_unit_keeps_its_number(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_document_number_after_a_body_is_no_unit_number(pipeline):
    text = "Theo văn bản của Giám đốc Sở Y tế số 123/SYT-NVY, ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, đã ký."
    got = positions(pipeline, text)["Nguyễn Văn An"]
    assert all("123" not in (b or "") for _t, b, _s in got)
