"""Persons: name shapes the rules used to miss: foreign names set off by commas after a title, with
particles or an overseas Vietnamese surname, stage names after an artist's honorific (alone or in a list),
streets named after persons listed after "các tuyến đường"."""

from __future__ import annotations

import pytest

from conftest import person_names

# ------------------------------------------------------------------ a name set off by commas after a title


@pytest.mark.parametrize("text, name", [
    ("Theo Bộ trưởng Công nghiệp Canada, Melanie Joly, quyết định này được đưa ra sau khi rà soát.", "Melanie Joly"),
    ("Ngoại trưởng Mỹ, Antony Blinken, cho biết hai bên sẽ tiếp tục đàm phán.", "Antony Blinken"),
    ("Giám đốc Sở Y tế, Nguyễn Văn An, cho biết bệnh viện đã sẵn sàng.", "Nguyễn Văn An"),
])
def test_name_apposed_after_title(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_no_name_between_two_titles(pipeline):
    assert person_names(pipeline, "Chủ tịch UBND tỉnh, Phó Chủ tịch HĐND tỉnh cùng dự họp.") == set()


def test_open_apposition_is_not_read(pipeline):
    # a place set off by commas is no name
    assert "Washington" not in person_names(pipeline, "Bộ trưởng Tài chính Mỹ, Washington, cho biết.")


def test_malay_honorific_is_no_part_of_the_name(pipeline):
    found = person_names(pipeline, "Phó đại sứ Malaysia tại Hà Nội Cik Aida Safura Niza Othman chia sẻ với báo chí.")
    assert found == {"Aida Safura Niza Othman"}


# ------------------------------------------------------------------ foreign names with particles


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch Ủy ban châu Âu, bà Ursula von der Leyen, đã đưa ra ý tưởng hợp tác.", "Ursula von der Leyen"),
    ("Ông Frank-Walter Steinmeier và ông Mark van Dijk dự lễ.", "Mark van Dijk"),
    ("Thủ tướng hội kiến ông Ricardo de los Santos Polanco tại trụ sở Quốc hội.", "Ricardo de los Santos Polanco"),
    ("Bà Ursula von der Leyen phát biểu. Bà Von der Leyen nhấn mạnh vai trò của EU.", "Ursula von der Leyen"),
])
def test_foreign_name_with_particles(pipeline, text, name):
    assert name in person_names(pipeline, text)


# ------------------------------------------------------------------ overseas Vietnamese names


@pytest.mark.parametrize("text, name", [
    ("Bà Christine Lê, Chủ tịch sáng lập hiệp hội, phát biểu tại lễ ra mắt.", "Christine Lê"),
    ("Ông Andrew Nguyễn cho biết công ty sẽ mở văn phòng tại TP.HCM.", "Andrew Nguyễn"),
])
def test_foreign_given_names_and_vietnamese_surname(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_short_mention_of_overseas_name_is_the_same_person(pipeline):
    found = person_names(pipeline, "Bà Christine Lê phát biểu tại buổi lễ. Bà Christine cho biết hiệp hội có nhiều lợi thế.")
    assert found == {"Christine Lê"}


# ------------------------------------------------------------------ stage names


@pytest.mark.parametrize("text, expected", [
    ("Chương trình có sự tham gia của nhiều nghệ sỹ như Cẩm Vân, Khắc Triệu, Hoàng Bách, Nhóm Mắt Ngọc.",
     {"Cẩm Vân", "Khắc Triệu", "Hoàng Bách"}),
    ("Đêm nhạc có các nghệ sĩ như Quốc Đại, NS Thục An và Hoàng Bách biểu diễn.",
     {"Quốc Đại", "Thục An", "Hoàng Bách"}),
    ("Các ca sĩ Mỹ Tâm, Đức Phúc và Hòa Minzy góp mặt trong đêm nhạc.", {"Mỹ Tâm", "Đức Phúc", "Hòa Minzy"}),
])
def test_stage_names_in_artist_lists(pipeline, text, expected):
    assert person_names(pipeline, text) == expected


@pytest.mark.parametrize("text, name", [
    ("Ca sĩ Mỹ Tâm mở màn đêm nhạc.", "Mỹ Tâm"),
    ("Tiết mục của NSƯT Thục An được khán giả yêu thích.", "Thục An"),
    ("Gia đình ca sĩ Cẩm Vân biểu diễn ca khúc mới.", "Cẩm Vân"),
])
def test_stage_name_after_artist_honorific(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Các ca sĩ Hàn Quốc tới Hà Nội biểu diễn.",
    "Nhiều nghệ sĩ như Nhóm Mắt Ngọc tham gia.",
    "Các nghệ sĩ Nhà hát Tuổi trẻ biểu diễn vở kịch mới.",
])
def test_no_stage_name_for_places_and_groups(pipeline, text):
    assert person_names(pipeline, text) == set()


# ------------------------------------------------------------------ streets named after persons, listed


@pytest.mark.parametrize("text", [
    "Mức này áp dụng cho các tuyến đường Ba Cu, Thùy Vân, Lê Hồng Phong, Hoàng Hoa Thám, Nguyễn Văn Trỗi.",
    "Dự án nằm trên đường Lê Lợi, Nguyễn Huệ, Lê Hồng Phong của thành phố.",
    "Cấm xe tải trên các tuyến phố Trần Hưng Đạo, Lý Thường Kiệt vào giờ cao điểm.",
])
def test_street_lists_are_no_persons(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch UBND xã Tân Thành, Nguyễn Văn Bình, cho biết xã đã hoàn thành.", "Nguyễn Văn Bình"),
    ("Làm việc với xã Tân Thành, Nguyễn Văn Bình cho biết xã đã hoàn thành.", "Nguyễn Văn Bình"),
])
def test_name_after_one_place_is_still_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


# ------------------------------------------------------------------ a voter, a patient: a name after the role


@pytest.mark.parametrize("text, name", [
    ("Tại buổi tiếp xúc, cử tri Lê Hùng đề nghị tăng hình phạt với hàng giả.", "Lê Hùng"),
    ("Bệnh nhân Trần Hoa được xuất viện sau hai tuần điều trị.", "Trần Hoa"),
    ("Ngư dân Phan Tư cứu được 5 người gặp nạn trên biển.", "Phan Tư"),
])
def test_name_after_a_role_noun(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_voters_of_a_place_are_no_person(pipeline):
    assert person_names(pipeline, "Các cử tri Hà Nội kiến nghị tăng cường kiểm tra an toàn thực phẩm.") == set()
