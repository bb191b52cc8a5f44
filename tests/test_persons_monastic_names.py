"""A Vietnamese monk's or nun's name opens with the Dharma family name "Thích" ("Hòa thượng Thích Nhật Quang");
the Sangha's boards printed short after a title are the boards of the Giáo hội Phật giáo Việt Nam: "Hội đồng Trị
sự", and "Ban Trị sự tỉnh" with the province the article names (constructed sentences). "Thích" as a verb or in
"Thích Ca" names no one."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "names"), [
    ("Tham dự có Hòa thượng Thích Nhật Quang, Hòa thượng Thích Phước Thông.", {"Thích Nhật Quang", "Thích Phước Thông"}),
    ("Thượng tọa Thích Minh Sơn trình bày báo cáo.", {"Thích Minh Sơn"}),
    ("Ni sư Thích Nữ Như Hạnh phát biểu tại buổi lễ.", {"Thích Nữ Như Hạnh"}),
])
def test_a_dharma_name_is_a_person(pipeline, text, names):
    assert names <= person_names(pipeline, text)


def test_the_sangha_boards_are_named_in_full(pipeline):
    text = ("Hội nghị diễn ra tại tỉnh Đồng Tháp. Thượng tọa Thích Tĩnh Triệt, Ủy viên Hội đồng Trị sự, Trưởng ban "
            "Trị sự tỉnh, phát biểu khai mạc.")
    assert positions(pipeline, text)["Thích Tĩnh Triệt"] == {
        ("Ủy viên", "Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "current"),
        ("Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đồng Tháp", "current"),
    }


@pytest.mark.parametrize("text", [
    "Thích ứng với biến đổi khí hậu là nhiệm vụ cấp bách.",
    "Tượng Phật Thích Ca được an vị tại chùa.",
])
def test_no_monk_without_a_name(pipeline, text):
    assert not any(n.startswith("Thích") for n in person_names(pipeline, text))
