"""A stage name printed in brackets after a Vietnamese full name, with its artist's honorific alone
('Nguyễn Trung Hiếu (ca sĩ Chi Dân)'), is the same person: one row under the full name (constructed
sentences); a bracket saying more than the honorific and the name keeps two people."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name", "stage"), [
    ("Công an đã bắt tạm giam Nguyễn Trung Hiếu (ca sĩ Chi Dân), Nguyễn Thị An để điều tra. Ca sĩ Chi Dân bị bắt.",
     "Nguyễn Trung Hiếu", "Chi Dân"),
    ("Bắt ca sĩ Chi Dân do liên quan ma túy. Công an đã bắt Nguyễn Trung Hiếu (ca sĩ Chi Dân).",
     "Nguyễn Trung Hiếu", "Chi Dân"),
    ("Ông Nguyễn Văn Nam (nghệ sĩ Quốc Đại) cho biết buổi diễn sẽ diễn ra.", "Nguyễn Văn Nam", "Quốc Đại"),
])
def test_a_bracketed_stage_name_is_the_same_person(pipeline, text, name, stage):
    names = person_names(pipeline, text)
    assert name in names and stage not in names


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Nam (con trai ca sĩ Chi Dân) cho biết.",
    "Ông Nguyễn Văn Nam (ca sĩ Chi Dân hát) cho biết.",
])
def test_a_bracket_saying_more_keeps_two_people(pipeline, text):
    assert {"Nguyễn Văn Nam", "Chi Dân"} <= person_names(pipeline, text)
