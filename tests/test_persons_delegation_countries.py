"""A delegation's country printed between its head's title and a foreign name (constructed sentences):
'Trưởng đoàn Ai Cập Ibrahim Mahlab' names the person Ibrahim Mahlab, the body ending at the country."""

from __future__ import annotations

from conftest import person_names, positions


def test_a_delegation_country_before_a_foreign_name(pipeline):
    text = "Chủ tịch nước đã gặp Trưởng đoàn Ai Cập Ibrahim Mahlab tại hội nghị."
    assert person_names(pipeline, text) == {"Ibrahim Mahlab"}
    text = "Chủ tịch nước đã gặp Trưởng đoàn Pháp Jean Dupont tại hội nghị."
    assert person_names(pipeline, text) == {"Jean Dupont"}


def test_a_delegation_country_before_a_vietnamese_name(pipeline):
    text = "Chủ tịch nước đã gặp Trưởng đoàn Lào Nguyễn Văn An tại hội nghị."
    assert person_names(pipeline, text) == {"Nguyễn Văn An"}


def test_a_lone_foreign_first_name_after_the_country_is_the_name(pipeline):
    text = ("Trưởng đoàn Ai Cập Ibrahim Mahlab đến Hà Nội. Tại cuộc gặp với Trưởng đoàn Ai Cập Ibrahim, "
            "Chủ tịch nước Trần Đại Quang chúc mừng Ai Cập.")
    assert person_names(pipeline, text) == {"Ibrahim Mahlab", "Trần Đại Quang"}
    assert positions(pipeline, text)["Trần Đại Quang"] == {("Chủ tịch nước", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam", "current")}
