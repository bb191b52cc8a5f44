"""Artists listed after one artist's honorific (constructed sentences): "ca sĩ Cẩm Vân - Khắc Triệu, Anh Bằng,
Quốc Đại" names every artist of the list, a duo joined by a dash included; the list ends at the first item
that is no Vietnamese-spelled name, and a place after the name ("Ca sĩ Mỹ Tâm, Đà Nẵng") is no artist."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "want"), [
    ("Chương trình có phần trình diễn của ca sĩ Hồng Nhung - Quang Minh, Thu Hà, Quốc Khánh và nhiều nghệ sĩ "
     "khác.", {"Hồng Nhung", "Quang Minh", "Thu Hà", "Quốc Khánh"}),
    ("Gia đình nghệ sĩ Lan Hương, Tiến Đạt và con gái biểu diễn ca khúc mở màn.", {"Lan Hương", "Tiến Đạt"}),
    ("Tham gia đêm nhạc có NSƯT Thanh Tâm, Bảo Yến, Anh Khoa, đoàn xiếc Trung ương.",
     {"Thanh Tâm", "Bảo Yến", "Anh Khoa"}),
    ("Khán giả cổ vũ diễn viên Minh Thư – Trọng Nghĩa suốt buổi diễn.", {"Minh Thư", "Trọng Nghĩa"}),
])
def test_the_artists_listed_after_one_honorific_are_read(pipeline, text, want):
    assert want <= person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name", "not_names"), [
    ("Ca sĩ Thu Minh, Đà Nẵng, cho biết sẽ trở lại.", "Thu Minh", {"Đà Nẵng"}),
    ("Hoa hậu Ngọc Hân, Miss World Vietnam, tham dự lễ.", "Ngọc Hân", {"Miss World Vietnam"}),
    ("NSND Lan Anh, Giám đốc Nhà hát Kịch, phát biểu.", "Lan Anh", {"Giám đốc Nhà hát Kịch"}),
    ("Nghệ sĩ Quốc Hưng, Trường Sa và Hoàng Sa luôn ở trong tim.", "Quốc Hưng", {"Trường Sa", "Hoàng Sa"}),
])
def test_a_place_or_an_office_after_the_artist_is_no_artist(pipeline, text, name, not_names):
    names = person_names(pipeline, text)
    assert name in names and not names & not_names
