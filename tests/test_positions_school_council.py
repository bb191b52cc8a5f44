"""The chair of a school council (constructed sentences): "chủ tịch hội đồng trường Trường Đại học X" is the
Chủ tịch of the "Hội đồng trường Trường Đại học X", printed in lower or upper case."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bà Thủy được bà Nguyễn Thị Hồng - phó chủ tịch hội đồng trường Trường đại học Kinh Bắc - ký quyết định.",
     "Nguyễn Thị Hồng", ("Phó Chủ tịch", "Hội đồng trường Trường Đại học Kinh Bắc", "current")),
    ("Tiến sĩ Lê Mai Lan - chủ tịch hội đồng trường Đại học VinUni - cho biết.",
     "Lê Mai Lan", ("Chủ tịch", "Hội đồng trường Đại học VinUni", "current")),
    ("Chủ tịch Hội đồng trường Trường Đại học Bách khoa Hà Nội Nguyễn Văn An phát biểu.",
     "Nguyễn Văn An", ("Chủ tịch", "Hội đồng trường Trường Đại học Bách khoa Hà Nội", "current")),
])
def test_the_school_council_heads_the_body(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == {expected}


def test_a_council_printed_without_its_school_names_no_body(pipeline):
    assert positions(pipeline, "Ông Nguyễn Văn An, chủ tịch hội đồng trường, cho biết.") == {
        "Nguyễn Văn An": {("Chủ tịch", None, "current")}}
