"""Persons: a kin noun of family news ("vợ", "chồng", "người vợ đầu", "người vợ thứ hai", "con gái", "con trai",
"cháu gái", "em trai", ...) introduces a person's name, a foreign one included ("người vợ thứ hai Clara Jensen");
a place after it is none ("lấy chồng Hàn Quốc"), nor a word that only spells like one ("nợ chồng chất")."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Bà Helen Ward là con gái duy nhất của ông Ward và người vợ thứ hai Clara Jensen.", "Clara Jensen"),
    ("Con trai cả của ông Ward và người vợ đầu Nina Ward sẽ không tham gia chiến dịch.", "Nina Ward"),
    ("Nữ diễn viên khoe tên chồng Peter Mallory trên chiếc áo mới.", "Peter Mallory"),
    ("Gia đình ca sĩ Hồng Vân và con gái Mina Trương biểu diễn ca khúc mới.", "Mina Trương"),
    ("Bị cáo bị nghi dùng dao tấn công vợ Lê Thị Hằng (32 tuổi).", "Lê Thị Hằng"),
    ("Ông Y Brăm cùng cháu gái là H'Lan Niê (9 tuổi) đi vào rừng lấy măng.", "H'Lan Niê"),
])
def test_a_name_after_a_kin_noun_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Nhiều phụ nữ miền Tây lấy chồng Hàn Quốc, Đài Loan trong thập niên trước.",
    "Chị lấy chồng Tây và sang Pháp định cư từ năm 2010.",
    "Cô gái quê An Giang lấy chồng Hàn và sống ở Busan.",
    "Vợ chồng Hà Nội bán nhà về quê trồng rau sạch.",
    "Đội bóng con cưng của Hà Nội FC thua đậm trên sân Hàng Đẫy.",
    "Nợ xấu chồng chất khiến Ngân hàng Đông Á bị kiểm soát đặc biệt.",
    "Tiền đạo con cưng Manchester United lập cú đúp.",
])
def test_no_person_from_a_place_or_a_word_spelled_like_a_kin_noun(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize("text", [
    "Concert Anh Trai Say Hi thu hút hàng chục nghìn khán giả.",
    "Đêm nhạc Anh Trai Rừng Xanh diễn ra tối qua ở sân vận động.",
    "Khán giả xếp hàng mua vé xem Con Gái Ông Trùm Bến Cảng.",
    "Ngân hàng Lumibank tăng vốn điều lệ. Con gái Lumibank nói gì về kế hoạch này?",
])
def test_a_capitalized_kin_noun_inside_a_sentence_or_a_body_after_one_is_no_person(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize("text, name", [
    ("Con trai Lê Minh Khoa (12 tuổi) bị bỏng nặng sau vụ cháy.", "Lê Minh Khoa"),
    ("Anh Trai Đào Quang Vĩnh cho biết gia đình đã báo công an.", "Đào Quang Vĩnh"),
    ("Nữ doanh nhân cùng con gái Tina Moreau dự buổi ra mắt.", "Tina Moreau"),
])
def test_a_kin_noun_opening_a_sentence_or_in_lower_case_still_introduces_a_name(pipeline, text, name):
    assert name in person_names(pipeline, text)
