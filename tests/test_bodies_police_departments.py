"""The Ministry of Public Security's departments named at length stay whole (constructed sentences).

Their official names run on past "và", a comma or a lower-case field ("Cục Cảnh sát quản lý hành chính về trật tự
xã hội", "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao"), where the reader stopped at "Cục
Cảnh sát" or "Cục An ninh mạng"; the gazetteer (data/bodies.tsv) names them whole. Near-misses: departments with
short names, the same words in ordinary sentences.
"""

import pytest

from conftest import extracted_body_names

ADMIN = "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
DRUGS = "Cục Cảnh sát điều tra tội phạm về ma túy"
PUBLIC_ORDER = "Cục Cảnh sát điều tra tội phạm về trật tự xã hội"
ECONOMIC = "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường"
FIRE = "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
CYBER = "Cục An ninh mạng và phòng chống tội phạm sử dụng công nghệ cao"
CULTURE = "Cục An ninh văn hóa, thông tin, truyền thông"
LONG = {ADMIN, DRUGS, PUBLIC_ORDER, ECONOMIC, FIRE, CYBER, CULTURE}


@pytest.mark.parametrize("text, body", [
    ("Mẫu thẻ mới do Cục Cảnh sát quản lý hành chính về trật tự xã hội thiết kế năm ngoái, ông Hồ Văn Tư kể.",
     ADMIN),
    ("Chuyên án do Cục Cảnh sát điều tra tội phạm về ma túy chủ trì kéo dài tám tháng ở vùng núi Lạng Sơn.", DRUGS),
    ("Đại tá Nguyễn Văn Thạch, phó cục trưởng Cục Cảnh sát điều tra tội phạm về trật tự xã hội, ghé thăm trại "
     "hè thiếu nhi.", PUBLIC_ORDER),
    ("Hồ sơ vụ gỗ lậu được chuyển sang Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu và môi "
     "trường hồi tháng chín.", ECONOMIC),
    ("Sổ tay do Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ biên soạn được phát tới từng tổ dân phố.",
     FIRE),
    ("Giải thưởng năm nay trao cho Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao vì bảo vệ "
     "dữ liệu bầu cử.", CYBER),
    ("Ngày 5-3, Cục An ninh văn hóa, thông tin, truyền thông gặp gỡ các hãng phim tư nhân tại Huế.", CULTURE),
])
def test_a_police_department_named_at_length_is_one_body(text, body):
    names = extracted_body_names(text)
    assert body in names
    assert "Cục Cảnh sát" not in names and "Cục An ninh mạng" not in names


@pytest.mark.parametrize("text", [
    "Cục Cảnh sát hình sự cùng Công an tỉnh Phú Yên truy tìm nghi phạm Trần Văn Cường.",
    "Cục An ninh mạng và Bộ Khoa học và Công nghệ ký biên bản ghi nhớ.",
    "Ông Lê Quang Vinh kể tổ trinh sát cảnh sát điều tra tội phạm về ma túy ập vào lúc nửa đêm.",
    "Bà Phan Thị Hạnh cho rằng công tác quản lý hành chính về trật tự xã hội ở phường còn lỏng lẻo.",
    "Cục Cảnh sát giao thông dự kiến tăng tuần tra xe khách dịp Tết.",
])
def test_short_departments_and_plain_words_name_no_long_department(text):
    names = extracted_body_names(text)
    assert not LONG & set(names)


@pytest.mark.parametrize("text, body", [
    ("Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an vừa cùng bộ đội biên phòng triệt phá một đường dây.",
     DRUGS),
    ("Đại tá Hà Văn Sinh, phó cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội Bộ Công an, trả lời.",
     ADMIN),
    ("Cục An ninh văn hóa, thông tin, truyền thông Bộ Công an mời các nhà mạng đến họp.", CULTURE),
])
def test_a_long_department_before_its_ministry_is_named_with_it(text, body):
    names = extracted_body_names(text)
    assert f"{body} Bộ Công an" in names and "Bộ Công an" in names
    assert body not in names


def test_a_long_department_before_another_body_stays_apart():
    names = extracted_body_names("Cục Cảnh sát điều tra tội phạm về ma túy và Bộ đội Biên phòng tỉnh Lào Cai "
                                 "ký quy chế phối hợp.")
    assert DRUGS in names and f"{DRUGS} Bộ Công an" not in names
