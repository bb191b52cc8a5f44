"""A family name that is also a noun for a group (constructed sentences): "Đoàn" printed with no honorific
or title before a place only names that place's delegation ("Đoàn Việt Nam"), no person; with an honorific,
a title or a middle name it stays a name."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text", [
    "Bên cạnh đó, Đoàn Việt Nam cũng có các buổi làm việc song phương với các đối tác.",
    "Phát biểu thảo luận, đại biểu Trần Quốc Tuấn, Đoàn Vĩnh Long bày tỏ: tôi đồng tình.",
    "Tại hội nghị, Đoàn Việt Nam đã có các cuộc gặp song phương.",
])
def test_a_delegation_before_its_place_is_no_person(pipeline, text):
    assert not any(n.startswith("Đoàn ") for n in person_names(pipeline, text))


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Đoàn Việt Nam, Giám đốc Sở Y tế, cho biết.", "Đoàn Việt Nam"),
    ("Dự họp có Đoàn Văn Việt, Phó Chủ tịch UBND tỉnh.", "Đoàn Văn Việt"),
    ("Phó Chủ tịch UBND tỉnh Đoàn Hồng Phong phát biểu.", "Đoàn Hồng Phong"),
])
def test_the_family_name_with_an_honorific_title_or_given_name_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)
