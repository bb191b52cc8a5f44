"""Rare Vietnamese family names (here "Lư") start a personal name like the common ones: the whole name is
kept, not cut to the given names after it. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name"), [
    ("Với kinh nghiệm hơn 20 năm, ông Lư Nguyễn Xuân Vũ, Chủ tịch Hội Doanh nhân trẻ, cho rằng cần đổi mới.",
     "Lư Nguyễn Xuân Vũ"),
    ("Bà Lư Thị Hồng, Giám đốc Sở Y tế tỉnh Bạc Liêu, cho biết sẽ triển khai ngay.", "Lư Thị Hồng"),
    ("Phát biểu tại hội nghị, ông Lư Văn Minh đề nghị các sở ngành phối hợp chặt chẽ.", "Lư Văn Minh"),
])
def test_a_rare_family_name_starts_the_name(pipeline, text, name):
    names = person_names(pipeline, text)
    assert name in names
    assert not any(n != name and name.endswith(n) for n in names)


def test_the_office_goes_to_the_whole_name(pipeline):
    got = positions(pipeline, "Bà Lư Thị Hồng, Giám đốc Sở Y tế tỉnh Bạc Liêu, cho biết sẽ triển khai ngay.")
    assert ("Giám đốc", "Sở Y tế tỉnh Bạc Liêu", "current") in got["Lư Thị Hồng"]
