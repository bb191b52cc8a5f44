"""A spouse named after her husband's title (constructed sentences, invented names): after a person noun
("Phu nhân", "Vợ của", "Trợ lý") the name set off by a comma or a dash is that person's, not the office
holder's, so she gets no title ("Phu nhân Thủ tướng - bà A -", "Phu nhân Chủ tịch nước B- bà C-"); a name
printed right after the title is hers too when the article prints it right after a spouse noun elsewhere
("Phu nhân A", "Bà A – Phu nhân Chủ tịch nước"), and the title then goes to no name read further on (a body
"Anh Helen" before "Carter"). Near-misses keep the title: the husband named right after it, a name printed
after "ông", "bà", a kin or an aide noun elsewhere ("Trợ lý Thủ tướng A ... Bà A", "Con trai Thủ tướng B ...
Cha B"), and a name the article also prints right after the title alone ("Thủ tướng A")."""

from __future__ import annotations

import pytest

from conftest import positions


def _titles(pipeline, text: str) -> dict[str, set[str]]:
    return {name: {t for t, _body, _status in ps} for name, ps in positions(pipeline, text).items()}


@pytest.mark.parametrize("text", [
    "Chiều nay, Phu nhân Thủ tướng - bà Phạm Thị Hương - đã tới thăm một bệnh viện nhi ở ngoại thành.",
    "Sáng qua, Phu nhân Chủ tịch Quốc hội – bà Phạm Thị Hương – trao học bổng cho sinh viên nghèo vượt khó.",
    "Phu nhân Phó Thủ tướng, bà Phạm Thị Hương, đón các vị khách tại nhà khách của Chính phủ.",
])
def test_a_wife_set_off_after_the_title_gets_none(pipeline, text):
    assert _titles(pipeline, text).get("Phạm Thị Hương", set()) == set()


def test_a_husband_named_then_his_wife_after_a_glued_dash(pipeline):
    text = ("Từ rất sớm, Phu nhân Chủ tịch nước Đỗ Minh Khải- bà Phạm Thị Hương- cùng công đoàn cơ quan "
            "đã quyên góp tiền giúp bà con vùng lũ.")
    got = _titles(pipeline, text)
    assert got.get("Phạm Thị Hương", set()) == set()
    assert got["Đỗ Minh Khải"] == {"Chủ tịch nước"}


@pytest.mark.parametrize("text", [
    "Bà Phạm Thị Hương – Phu nhân Chủ tịch nước rất giản dị. Người dân mong gặp lại Phu nhân Chủ tịch nước "
    "Phạm Thị Hương ở vùng lũ.",
    "Phu nhân Phạm Thị Hương tặng quà cho các em. Sau đó, Phu nhân Thủ tướng Phạm Thị Hương đến thăm trạm y tế.",
])
def test_a_wife_named_right_after_the_title_when_printed_as_hers_elsewhere(pipeline, text):
    assert _titles(pipeline, text).get("Phạm Thị Hương", set()) == set()


@pytest.mark.parametrize("text", [
    "Phu nhân Chủ tịch nước Đỗ Minh Khải cùng đoàn tới thăm trường. Chủ tịch nước Đỗ Minh Khải phát biểu tại lễ.",
    "Ông Đỗ Minh Khải có mặt từ sớm. Phu nhân Chủ tịch nước Đỗ Minh Khải đã tới thăm các em nhỏ.",
    "Phu nhân Thủ tướng Đỗ Minh Khải, bà Phạm Thị Hương, đã tới dự buổi lễ khánh thành bệnh viện.",
])
def test_the_husband_named_right_after_the_title_keeps_it(pipeline, text):
    got = _titles(pipeline, text)
    assert got["Đỗ Minh Khải"] and got["Đỗ Minh Khải"] <= {"Chủ tịch nước", "Thủ tướng"}
    assert got.get("Phạm Thị Hương", set()) == set()


def test_a_holder_set_off_after_a_plain_title_keeps_it(pipeline):
    got = _titles(pipeline, "Thủ tướng, ông Đỗ Minh Khải, đã chủ trì cuộc họp về phòng chống thiên tai.")
    assert "Thủ tướng" in got.get("Đỗ Minh Khải", set())


def test_a_count_word_ending_the_sentence_before_is_no_plural(pipeline):
    text = ("Ngôi trường khánh thành vào mùa thu ba mươi năm. Phu nhân Thủ tướng, bà Phạm Thị Hương, đã "
            "trồng một cây lưu niệm trong sân trường.")
    assert _titles(pipeline, text).get("Phạm Thị Hương", set()) == set()


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Trợ lý Phó Chủ tịch nước Lê Thị Quyên cho biết đoàn sẽ lên đường vào sáng mai. Bà Lê Thị Quyên sẽ dự "
     "phiên khai mạc hội nghị.", "Lê Thị Quyên", "Phó Chủ tịch nước"),
    ("Cố vấn của Thủ tướng Thái Lan Somsri Kanjana nói với phóng viên rằng lịch trình chưa đổi. Bà Somsri "
     "Kanjana chưa bình luận về việc này.", "Somsri Kanjana", "Thủ tướng"),
    ("Người kế nhiệm Thủ tướng Malee Chanthra sẽ được chọn trong tuần tới. Bà Malee Chanthra đã từ chức "
     "hôm thứ hai.", "Malee Chanthra", "Thủ tướng"),
    ("Con gái Thủ tướng Thái Lan Malee Chanthra nói vài lời cảm ơn khi nhận giải. Bà Malee Chanthra là thủ "
     "tướng trẻ nhất của nước này.", "Malee Chanthra", "Thủ tướng"),
    ("Con trai Bí thư Huyện ủy Nam Đàn Lê Thị Quyên bị tạm giữ để điều tra. Bà Lê Thị Quyên khẳng định "
     "không can thiệp vào vụ việc.", "Lê Thị Quyên", "Bí thư"),
    ("Con trai Thủ tướng Campuchia Sok Vannak vừa nhận bằng tiến sĩ ở nước ngoài. Cha Sok Vannak là cựu "
     "quân nhân.", "Sok Vannak", "Thủ tướng"),
    ("Vợ Chủ tịch UBND xã Tân Lợi Đỗ Minh Khải đã nộp đơn khiếu nại lên huyện. Chồng Đỗ Minh Khải đã bị "
     "đình chỉ công tác.", "Đỗ Minh Khải", "Chủ tịch"),
    ("Phu nhân Thủ tướng Đỗ Minh Khải tới thăm trường. Phu nhân Đỗ Minh Khải trao quà cho các em. Thủ tướng "
     "Đỗ Minh Khải cũng gửi thư chúc mừng.", "Đỗ Minh Khải", "Thủ tướng"),
])
def test_a_holder_named_after_bà_kin_or_an_aide_elsewhere_keeps_the_title(pipeline, text, name, title):
    assert title in _titles(pipeline, text).get(name, set())


@pytest.mark.parametrize(("text", "wife"), [
    ("Phu nhân Thủ tướng Anh Helen Carter đã tới thăm bệnh viện nhi. Phu nhân Helen Carter trò chuyện với "
     "các y bác sĩ.", "Helen Carter"),
    ("Phu nhân Thủ tướng Ý Maria Bellini dự buổi hòa nhạc. Phu nhân Maria Bellini tặng hoa cho dàn nhạc.",
     "Maria Bellini"),
    ("Phu nhân Thủ tướng Đức Anna Keller thăm một ngôi trường. Phu nhân Anna Keller đọc truyện cho các em.",
     "Anna Keller"),
])
def test_a_cleared_title_is_not_reattached_to_a_country_and_given_name(pipeline, text, wife):
    got = positions(pipeline, text)
    assert all(wife not in name and name not in wife for name in got if got[name]), got
