"""The executive director's title (constructed sentences): "Giám đốc điều hành" and its deputy are one title,
not "Giám đốc" followed by the verb "điều hành", so the name after it is read; a director who chairs a
meeting ("Giám đốc Sở Y tế điều hành cuộc họp") is no executive director."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đại diện phía báo bạn có Tổng Biên tập Mohammed Rasoodeen, Giám đốc điều hành Raees Rezwie.",
     "Raees Rezwie", ("Giám đốc điều hành", None, "current")),
    ("Ông Nguyễn Văn An, Giám đốc điều hành Công ty cổ phần Sữa Việt Nam cho biết.",
     "Nguyễn Văn An", ("Giám đốc điều hành", "Công ty cổ phần Sữa Việt Nam", "current")),
    ("Bà Lê Thị Hoa, nguyên Phó Giám đốc điều hành Bệnh viện Ung bướu TP.HCM, cho biết.",
     "Lê Thị Hoa", ("Phó Giám đốc điều hành", "Bệnh viện Ung bướu Thành phố Hồ Chí Minh", "former")),
])
def test_the_executive_directors_title_is_one_title(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_the_name_after_the_executive_title_is_a_person(pipeline):
    assert "Raees Rezwie" in person_names(
        pipeline, "Tổng Biên tập Mohammed Rasoodeen, Giám đốc điều hành Raees Rezwie tham dự buổi lễ.")


def test_a_director_chairing_a_meeting_is_no_executive_director(pipeline):
    held = positions(pipeline, "Ông Lê Văn Nam, Giám đốc Sở Y tế điều hành cuộc họp.")
    assert held == {"Lê Văn Nam": {("Giám đốc", "Sở Y tế", "current")}}
