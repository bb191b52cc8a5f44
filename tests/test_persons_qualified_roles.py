"""A foreign name after a role noun and the lower-case words qualifying the role (constructed sentences):
"nhà phân tích chính trị A", "người đứng đầu chính sách đối ngoại B", "nhà báo kỳ cựu C" (person_honorifics.tsv
flag ``qualified``). No name is read past a preposition leading to a place or a body, past a one-word
honorific, or when the capitalized run goes on."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Nhà phân tích chính trị Oskar Lindholm nhận định cuộc bầu cử sẽ sít sao.", "Oskar Lindholm"),
    ("Người đứng đầu chính sách đối ngoại Margit Kjellberg kêu gọi hai bên ngừng bắn.", "Margit Kjellberg"),
    ("Nhà báo kỳ cựu Pieter Vandermolen đã đặt câu hỏi với bộ trưởng.", "Pieter Vandermolen"),
    ("Chuyên gia quân sự Dmitri Olshansky nói với báo chí rằng tên lửa có tầm bắn xa.", "Dmitri Olshansky"),
    ("Bà là con gái của người vợ cũ Ingrid Halvorsen.", "Ingrid Halvorsen"),
    ("Nhà phân tích Giorgio Benedetti cho rằng giá dầu sẽ tăng.", "Giorgio Benedetti"),
])
def test_a_foreign_name_after_a_qualified_role(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chuyên gia kinh tế tại Goldman Sachs dự báo lãi suất sẽ giảm.",  # a preposition: a body follows
    "Nhà báo của tờ Washington Post đặt câu hỏi.",
    "Ukraine đã bắn tên lửa tầm xa Storm Shadow vào lãnh thổ Nga.",  # "tên": a one-word honorific
    "Tổng thống và Phu nhân rời sân bay quốc tế Kuala Lumpur.",  # a companion's style, not a qualified role
    "Nhà phân tích thị trường New York Stock Exchange nhận định.",  # the capitalized run goes on
])
def test_no_name_past_other_words(pipeline, text):
    assert person_names(pipeline, text) == set()


def test_a_language_qualifier_is_no_part_of_the_name(pipeline):
    names = person_names(pipeline, "Biên tập viên tiếng Tamil Rani Kumaran phụ trách chuyên mục.")
    assert "Tamil Rani Kumaran" not in names
