"""A title printed before a capitalized "Đoàn" (constructed sentences): a body opening with it ("Bí thư Đoàn Thanh
niên tỉnh Nghệ An") or a name of three words with the family name Đoàn ("Tổng Thanh tra Đoàn Hồng Phong") keeps
the title; "Chủ tịch đoàn" (the presidium) and a bare "Đoàn Trường" are no title and body. "Tổng Thanh tra"
printed bare is the Government Inspectorate's."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Bí thư Đoàn Thanh niên tỉnh Nghệ An Nguyễn Văn An phát biểu.",
     "Nguyễn Văn An", ("Bí thư", "Đoàn Thanh niên tỉnh Nghệ An", "current")),
    ("Sáng 26-11, Tổng Thanh tra Đoàn Hồng Phong trình bày báo cáo.",
     "Đoàn Hồng Phong", ("Tổng Thanh tra", "Thanh tra Chính phủ", "current")),
    ("Phó Tổng Thanh tra Chính phủ Đoàn Văn Nam cho biết.",
     "Đoàn Văn Nam", ("Phó Tổng Thanh tra", "Thanh tra Chính phủ", "current")),
])
def test_a_title_before_a_capitalized_doan(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize("text", [
    "Thành viên Chủ tịch đoàn Nguyễn Văn An điều hành phiên họp.",
    "Đồng chí là sinh viên, Bí thư Đoàn Trường (năm 1969).",
])
def test_guard_the_presidium_or_a_bare_doan(pipeline, text):
    assert all(("Bí thư", "Đoàn Trường") != (t, b) and t != "Chủ tịch"
               for ps in positions(pipeline, text).values() for t, b, _s in ps)
