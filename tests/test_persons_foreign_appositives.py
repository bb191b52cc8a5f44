"""A foreign name of two or three words printed with no title before it is a person when a comma sets it off
before an age ("Brody Kettler, 12 tuổi,") or before a role noun of several syllables that introduces no name of its
own ("Daniel Roka, một chuyên gia về ..."); a short form later is the same person (constructed sentences). A
place before an age, a role noun introducing its own name, a pronoun-like honorific and a Vietnamese word name no
one."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Daniel Roka, một chuyên gia về chính trị Trung Quốc, nói với hãng tin AFP.", "Daniel Roka"),
    ("Hãng tin AFP dẫn lời Brody Kettler, 12 tuổi, cho biết.", "Brody Kettler"),
    ("Maria Fernanda Lopez, sinh viên năm ba, cho biết cô rất lo lắng.", "Maria Fernanda Lopez"),
    ("Theo John Whitfield, nhà nghiên cứu tại đại học, xu hướng này còn kéo dài.", "John Whitfield"),
])
def test_a_foreign_name_set_off_before_an_age_or_a_role(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Các em sống ở Los Angeles, 12 tuổi là độ tuổi đi học.", "Los Angeles"),
    ("Tại New York, chuyên gia John Smith cho biết.", "New York"),
    ("Ở Silicon Valley, đồng chí đại sứ đã thăm nhiều công ty.", "Silicon Valley"),
    ("Bình Minh, 12 tuổi, là học sinh giỏi.", "Bình Minh"),
])
def test_no_person_from_a_place_or_a_vietnamese_word(pipeline, text, absent):
    assert absent not in person_names(pipeline, text)
