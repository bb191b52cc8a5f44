"""A foreign first name printed alone (constructed sentences): 'Fidel' after both 'Fidel Castro Ruz' and
'Fidel Castro' is the one person those two name, not a second person; a first name shared by two different
people stays unresolved."""

from __future__ import annotations

from conftest import person_names


def test_a_first_name_beside_nested_full_names_is_one_person(pipeline):
    text = ("Nhà lãnh đạo Cuba Fidel Castro Ruz từ trần. Nhà lãnh đạo Fidel Castro là người bạn lớn. "
            "Nhân dân không quên công lao của nhà lãnh đạo Fidel trong việc thiết lập quan hệ.")
    assert person_names(pipeline, text) == {"Fidel Castro Ruz"}


def test_a_first_name_of_two_people_is_left_alone(pipeline):
    text = ("Ông Raúl Castro gặp ông Raúl Modesto trong ngày. Sau đó ông Raúl phát biểu tại buổi lễ.")
    names = person_names(pipeline, text)
    assert {"Raúl Castro", "Raúl Modesto"} <= names


def test_the_leader_word_introduces_a_foreign_leader_past_his_country(pipeline):
    text = "Đoàn sang Cuba dự lễ tang lãnh tụ Cuba Fidel Castro Ruz, nguyên Bí thư thứ nhất."
    assert person_names(pipeline, text) == {"Fidel Castro Ruz"}


def test_a_country_before_a_lone_first_name_is_no_part_of_a_name(pipeline):
    text = "Chủ tịch Quốc hội ca ngợi đóng góp to lớn của lãnh tụ Cuba Fidel đối với phong trào cộng sản."
    assert not any(n.startswith("Cuba") for n in person_names(pipeline, text))


def test_a_vietnamese_name_opening_with_a_place_word_is_still_read(pipeline):
    assert "Hà Nam Ninh" in person_names(pipeline, "Ông Hà Nam Ninh cho biết như vậy.")
