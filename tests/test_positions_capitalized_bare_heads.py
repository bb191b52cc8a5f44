"""A title closed by its body's head alone, printed capitalized ("Phó Giám đốc Sở, ...", "Phó chánh thanh tra
Sở”"), is of the body of that head the article printed before it, as the lower-case head is ("Phó Giám đốc
sở") (constructed sentences, several variants)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Sở Y tế Hà Nội có 9 phòng. Ông Nguyễn Văn An, Phó Giám đốc Sở, cho biết như vậy.", "Nguyễn Văn An",
     ("Phó Giám đốc", "Sở Y tế thành phố Hà Nội", "current")),
    ("Sở Lao động, Thương binh và Xã hội Hải Dương có 9 phòng. “Bà Vũ Thị Thu Hà được bổ nhiệm giữ chức Phó chánh "
     "thanh tra Sở”, ông Quang nói.", "Vũ Thị Thu Hà",
     ("Phó Chánh Thanh tra", "Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương", "current")),
    ("Bệnh viện Bạch Mai vừa tổ chức lễ kỷ niệm. Ông Trần Văn Bình, Phó Giám đốc Bệnh viện, cho biết như vậy.",
     "Trần Văn Bình", ("Phó Giám đốc", "Bệnh viện Bạch Mai", "current")),
])
def test_a_capitalized_bare_head_is_the_body_printed_before(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # no body of that head printed before
    ("Ông Nguyễn Văn An, Phó Giám đốc Sở, cho biết như vậy. Sở Y tế Hà Nội có 9 phòng.", "Nguyễn Văn An"),
])
def test_no_body_without_one_printed_before(pipeline, text, name):
    assert all(b is None for _t, b, _s in positions(pipeline, text)[name])
