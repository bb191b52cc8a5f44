"""The fire police of the two centrally-run cities, printed by its short name, is a body (constructed sentences).

"Cảnh sát PCCC TP.HCM", "Cảnh sát Phòng cháy chữa cháy Hà Nội": a force of its own under its city's name, named by
the gold "Cảnh sát Phòng cháy chữa cháy <city>" (data/bodies.tsv), its director's body too. Near-misses: the fire
police printed with no city, a province's (its gold spelling varies), a ministry's department, a provincial police's
unit, which keeps its own name.
"""

import pytest

from conftest import extracted_body_names, positions

HCM = "Cảnh sát Phòng cháy chữa cháy Thành phố Hồ Chí Minh"
HANOI = "Cảnh sát Phòng cháy chữa cháy Thành phố Hà Nội"


@pytest.mark.parametrize("text, body", [
    ("Chủ tịch thành phố giao Cảnh sát PCCC TP.HCM lập danh mục nhà trọ ven kênh.", HCM),
    ("Từ tuần sau, Cảnh sát Phòng cháy chữa cháy TP.HCM mở đợt diễn tập ở các chung cư cũ.", HCM),
    ("Đoàn giám sát đến gặp Cảnh sát PCCC TP HCM chiều thứ năm, ông Trần Đức Phú kể.", HCM),
    ("Sáng nay, Cảnh sát PCCC Hà Nội mở lớp huấn luyện cho ba trăm bảo vệ tòa nhà.", HANOI),
])
def test_a_city_fire_police_is_a_body(text, body):
    assert body in extracted_body_names(text)


def test_the_director_of_the_fire_police_holds_his_post_there(pipeline):
    found = positions(pipeline, "Thượng tá Lâm Quốc Hưng, giám đốc Cảnh sát PCCC TP.HCM, kể lại đêm trực bão số 9.")
    assert ("Giám đốc", HCM, "current") in found["Lâm Quốc Hưng"]


@pytest.mark.parametrize("text", [
    "Lực lượng cảnh sát PCCC khống chế đám cháy sau hai giờ, ông Đỗ Minh Khoa kể.",
    "Cục Cảnh sát PCCC và CNCH thống kê số vụ cháy nhà xưởng năm ngoái.",
    "Ông Vương Đình Hậu là cán bộ cảnh sát phòng cháy chữa cháy nhiều năm.",
    "Đại tá Ngô Văn Tâm, nguyên phó giám đốc Cảnh sát PCCC tỉnh Thái Bình, nay nghỉ hưu.",
])
def test_fire_police_with_no_city_names_no_city_force(text):
    assert not [n for n in extracted_body_names(text) if n.startswith("Cảnh sát Phòng cháy chữa cháy")]


def test_a_police_unit_keeps_its_own_name():
    names = extracted_body_names("Phòng Cảnh sát PCCC và CNCH Công an TP.HCM tập huấn cho hai trăm hộ kinh doanh.")
    assert "Phòng Cảnh sát PCCC và CNCH Công an Thành phố Hồ Chí Minh" in names
    assert HCM not in names
