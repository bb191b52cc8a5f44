"""A member school or institute of a university printed after a title short ("hiệu trưởng Trường đại học X") or
with its university in parentheses, when the article names it with its university (constructed sentences): the
office's body is the school with its university; a school the article never prints with one keeps its own name, a
school printed with two universities stays as printed, and a body that is no member school is left alone."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    # the full name printed earlier with a comma, the title's body short
    ("Trường đại học Y Dược, Đại học Quốc gia Hà Nội mở thêm hai phòng thí nghiệm. "
     "PGS Vũ Đình Hòa - hiệu trưởng Trường đại học Y Dược - cho biết phòng thí nghiệm dành cho sinh viên năm cuối.",
     "Vũ Đình Hòa", ("Hiệu trưởng", "Trường Đại học Y Dược, Đại học Quốc gia Hà Nội", "current")),
    # the university in parentheses right after the title's body
    ("Ông Kiều Quang Vĩnh, phó hiệu trưởng Trường đại học Bách khoa (Đại học Quốc gia TP.HCM), giới thiệu "
     "ba chương trình học bổng cho tân sinh viên.",
     "Kiều Quang Vĩnh", ("Phó Hiệu trưởng", "Trường đại học Bách khoa, Đại học Quốc gia Thành phố Hồ Chí Minh",
                        "current")),
    # printed with parentheses in one sentence, short after the title in another
    ("Trường đại học Khoa học tự nhiên (Đại học Quốc gia TP.HCM) tổ chức ngày hội việc làm. "
     "Cô Lê Thị Hồng Nhung (chuyên viên Trường đại học Khoa học tự nhiên) hướng dẫn sinh viên nộp hồ sơ.",
     "Lê Thị Hồng Nhung", ("Chuyên viên", "Trường đại học Khoa học tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh",
                           "current")),
    # an institute, the full name printed after the title
    ("Ông Đào Minh Khang, phó viện trưởng Viện Công nghệ thông tin, cho biết viện đã hoàn thành đề tài. "
     "Viện Công nghệ thông tin, Đại học Quốc gia Hà Nội được thành lập từ năm 1976.",
     "Đào Minh Khang", ("Phó Viện trưởng", "Viện Công nghệ thông tin, Đại học Quốc gia Hà Nội", "current")),
    # the university in parentheses after spaces; the same university printed again after the school
    ("Trường Đại học Sư phạm  (Đại học Đà Nẵng) khai giảng năm học mới. Trường Đại học Sư phạm, Đại học Đà Nẵng "
     "có 5.000 sinh viên. Ông Mạc Văn Thịnh, hiệu trưởng Trường Đại học Sư phạm, phát biểu.",
     "Mạc Văn Thịnh", ("Hiệu trưởng", "Trường Đại học Sư phạm, Đại học Đà Nẵng", "current")),
])
def test_a_member_school_takes_its_university(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    # never printed with a university: the school's own name
    ("PGS Vũ Đình Hòa - hiệu trưởng Trường đại học Y Dược - cho biết phòng thí nghiệm dành cho sinh viên năm cuối.",
     "Vũ Đình Hòa", ("Hiệu trưởng", "Trường Đại học Y Dược", "current")),
    # an institute printed with an academy in parentheses: no university, left as printed
    ("Viện Toán học (Viện Hàn lâm Khoa học và Công nghệ Việt Nam) vừa công bố giải thưởng. "
     "Ông Lê Văn Trường, viện trưởng Viện Toán học, cho biết giải được trao hằng năm.",
     "Lê Văn Trường", ("Viện trưởng", "Viện Toán học", "current")),
    # a school named with two universities in the article: ambiguous, left as printed
    ("Trường đại học Bách khoa (Đại học Quốc gia TP.HCM) và Trường đại học Bách khoa (Đại học Đà Nẵng) ký kết "
     "hợp tác. Ông Phan Minh Đức, hiệu trưởng Trường đại học Bách khoa, phát biểu tại lễ ký.",
     "Phan Minh Đức", ("Hiệu trưởng", "Trường Đại học Bách khoa", "current")),
    # a hospital printed with a university: no member school head
    ("Bệnh viện Đại học Y Dược (Đại học Quốc gia Hà Nội) khai trương khoa mới. "
     "Bà Trần Thu Hà, giám đốc Bệnh viện Đại học Y Dược, cho biết khoa có 50 giường.",
     "Trần Thu Hà", ("Giám đốc", "Bệnh viện Đại học Y Dược", "current")),
    # the school in parentheses is a shorter name than the office's school: no match on the resolved name
    ("Trường Đại học Bách khoa (Đại học Đà Nẵng) phối hợp tổ chức hội thảo. Ông Hà Minh Quân, phó hiệu trưởng "
     "Trường Đại học Bách khoa Hà Nội, phát biểu khai mạc.",
     "Hà Minh Quân", ("Phó Hiệu trưởng", "Trường Đại học Bách khoa Hà Nội", "current")),
    ("Trường Đại học Y Dược (Đại học Huế) đăng cai hội nghị. Bà Lương Thị Hạnh, phó hiệu trưởng "
     "Trường Đại học Y Dược Cần Thơ, trình bày báo cáo.",
     "Lương Thị Hạnh", ("Phó Hiệu trưởng", "Trường Đại học Y Dược Cần Thơ", "current")),
    ("Trường Đại học Luật (Đại học Huế) tổ chức cuộc thi. Ông Đỗ Văn Khiêm, phó hiệu trưởng "
     "Trường Đại học Luật Hà Nội, làm trưởng ban giám khảo.",
     "Đỗ Văn Khiêm", ("Phó Hiệu trưởng", "Trường Đại học Luật Hà Nội", "current")),
    # a second university printed after a comma in a list: ambiguous
    ("Trường Đại học Kinh tế (Đại học Đà Nẵng) và Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội thi đấu "
     "chung kết. Ông Vương Đình Lực, hiệu trưởng Trường Đại học Kinh tế, trao giải.",
     "Vương Đình Lực", ("Hiệu trưởng", "Trường Đại học Kinh tế", "current")),
    ("Trường Đại học Ngoại ngữ - Đại học Huế và Trường Đại học Ngoại ngữ (Đại học Đà Nẵng) ký kết hợp tác. "
     "Bà Tạ Thu Vân, hiệu trưởng Trường Đại học Ngoại ngữ, phát biểu.",
     "Tạ Thu Vân", ("Hiệu trưởng", "Trường Đại học Ngoại ngữ", "current")),
    # another parent printed after "thuộc" right after the school
    ("Viện Khoa học vật liệu, Đại học Quốc gia Hà Nội công bố đề tài. Bị cáo Khổng Văn Tú, nguyên viện trưởng "
     "Viện Khoa học vật liệu thuộc Viện Hàn lâm Khoa học và Công nghệ Việt Nam, khai nhận hành vi.",
     "Khổng Văn Tú", ("Viện trưởng", "Viện Khoa học vật liệu", "former")),
])
def test_no_university_is_added(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
