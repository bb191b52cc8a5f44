"""A foreign person printed twice in two spellings (constructed sentences): a short form of a long Hispanic
name ('Luis Abinader' of 'Luis Rodolfo Abinader Corona') and a foreign spelling printed in brackets after a
name in Vietnamese spelling ('Hoàng Tuần Tài (Lawrence Wong)') are the same person, not a second one."""

from __future__ import annotations

from conftest import person_names


def test_a_short_form_of_a_long_foreign_name_is_the_same_person(pipeline):
    text = ("Tổng thống Cộng hòa Dominica Luis Rodolfo Abinader Corona đã chủ trì cuộc gặp. "
            "Tổng thống Luis Abinader cho biết hai nước chia sẻ nhiều mục tiêu.")
    assert person_names(pipeline, text) == {"Luis Rodolfo Abinader Corona"}


def test_the_short_form_printed_first_is_the_same_person(pipeline):
    text = ("Ông Luis Abinader cho biết như vậy. Tổng thống Cộng hòa Dominica Luis Rodolfo Abinader Corona "
            "đã chủ trì cuộc gặp.")
    assert person_names(pipeline, text) == {"Luis Rodolfo Abinader Corona"}


def test_a_short_form_fitting_two_long_names_is_left_alone(pipeline):
    text = "Ông Luis Abinader gặp ông Luis Rodolfo Abinader Corona và ông Luis Miguel Abinader Perez."
    assert "Luis Abinader" in person_names(pipeline, text)


def test_names_sharing_a_family_name_only_stay_apart(pipeline):
    names = person_names(pipeline, "Ông Kim Jong Un gặp bà Kim Yo Jong tại Bình Nhưỡng.")
    assert {"Kim Jong Un", "Kim Yo Jong"} <= names


def test_a_bracketed_foreign_spelling_is_the_same_person(pipeline):
    text = ("Thế hệ thứ tư do Thủ tướng Hoàng Tuần Tài (Lawrence Wong) đứng đầu. "
            "Thủ tướng Lawrence Wong phát biểu tại hội nghị.")
    assert person_names(pipeline, text) == {"Hoàng Tuần Tài"}


def test_the_foreign_spelling_printed_first_is_the_same_person(pipeline):
    text = ("Thủ tướng Lawrence Wong phát biểu tại hội nghị. "
            "Thế hệ thứ tư do Thủ tướng Hoàng Tuần Tài (Lawrence Wong) đứng đầu.")
    assert person_names(pipeline, text) == {"Hoàng Tuần Tài"}


def test_a_bracketed_vietnamese_name_is_another_person(pipeline):
    names = person_names(pipeline, "Ông Nguyễn Văn An (Nguyễn Văn Bình) đã đến dự.")
    assert {"Nguyễn Văn An", "Nguyễn Văn Bình"} <= names
