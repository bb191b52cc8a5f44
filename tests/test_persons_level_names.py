"""A title, a bare level word in lower case and a Vietnamese name (constructed sentences): "Phó chủ tịch
thành phố Nguyễn Doãn Toản" names the person; a known place ("thành phố Hồ Chí Minh"), a name of two words
("huyện Hương Khê") or a level and name the article also prints after no title ("UBND huyện Trần Văn Thời",
a place named after a person) name none."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name"), [
    ("Báo cáo tại hội nghị, Phó chủ tịch thành phố Nguyễn Doãn Toản thông tin, tổng sản phẩm tăng.",
     "Nguyễn Doãn Toản"),
    ("Tại hội nghị, Chủ tịch thành phố Nguyễn Đức Chung cho biết đã thương thảo xong.", "Nguyễn Đức Chung"),
    ("Chủ tịch tỉnh Trần Văn Nam cho biết tỉnh đã hoàn thành kế hoạch.", "Trần Văn Nam"),
    ("Phó chủ tịch huyện Lê Văn Hùng cho biết huyện đã hoàn thành kế hoạch.", "Lê Văn Hùng"),
    ("Văn phòng UBND tỉnh cho hay Phó chủ tịch tỉnh Lê Đức Tiến vừa ký quyết định.", "Lê Đức Tiến"),
    ("Phó chủ tịch thành phố Nguyễn Doãn Toản cho biết. Sau đó, Phó chủ tịch thành phố Nguyễn Doãn Toản ký.",
     "Nguyễn Doãn Toản"),
])
def test_a_name_after_a_title_and_a_level_word(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Chủ tịch thành phố Hồ Chí Minh cho biết thành phố đã hoàn thành kế hoạch.",
    "Theo Chủ tịch huyện Hương Khê, huyện đã hoàn thành kế hoạch.",
    "Huyện đã họp. Chủ tịch huyện Trần Văn Thời cho biết UBND huyện Trần Văn Thời đã hoàn thành.",
])
def test_a_place_after_a_title_and_a_level_word_names_no_person(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize(("text", "name", "office"), [
    ("UBND TP Hà Nội vừa họp. Tại hội nghị, Phó chủ tịch thành phố Nguyễn Doãn Toản thông tin.", "Nguyễn Doãn Toản",
     ("Phó Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội", "current")),
    ("Tại Quảng Trị, Phó chủ tịch tỉnh Lê Đức Tiến vừa ký quyết định.", "Lê Đức Tiến",
     ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")),
    ("Phó chủ tịch huyện Lê Văn Hùng cho biết huyện đã hoàn thành.", "Lê Văn Hùng",
     ("Phó Chủ tịch", None, "current")),  # no district named: the title stays bare
])
def test_a_chairman_of_a_level_holds_its_people_s_committee(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
