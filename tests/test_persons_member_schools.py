"""A member school or institute of a university printed after a title short ("hiệu trưởng Trường đại học X") or
with its university in parentheses, when the article names it with its university (constructed sentences): the
office's body is the school with its university; a school the article never prints with one keeps its own name, a
school printed with two universities stays as printed, and a body that is no member school is left alone."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    # the full name printed earlier with a comma, the title's body short
    ("Trường đại học Y Dược, Đại học Quốc gia Hà Nội vừa ký kết hợp tác với bệnh viện. "
     "GS Lê Ngọc Hải - hiệu trưởng Trường đại học Y Dược - nhấn mạnh tầm quan trọng của hợp tác.",
     "Lê Ngọc Hải", ("Hiệu trưởng", "Trường đại học Y Dược, Đại học Quốc gia Hà Nội", "current")),
    # the university in parentheses right after the title's body
    ("Theo ông Trần Thiên Lộc - phó hiệu trưởng Trường đại học Bách khoa (Đại học Quốc gia TP.HCM), năm nay "
     "trường sẽ tuyển sinh thêm ngành mới.",
     "Trần Thiên Lộc", ("Phó Hiệu trưởng", "Trường đại học Bách khoa, Đại học Quốc gia Thành phố Hồ Chí Minh",
                        "current")),
    # printed with parentheses in one sentence, short after the title in another
    ("Trường đại học Khoa học tự nhiên (Đại học Quốc gia TP.HCM) tổ chức lễ kỷ niệm. "
     "Cô Lê Thị Hồng Nhung (chuyên viên Trường đại học Khoa học tự nhiên) chia sẻ cảm xúc.",
     "Lê Thị Hồng Nhung", ("Chuyên viên", "Trường đại học Khoa học tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh",
                           "current")),
    # an institute, the full name printed after the title
    ("Ông Đào Minh Khang, phó viện trưởng Viện Công nghệ thông tin, cho biết viện đã hoàn thành đề tài. "
     "Viện Công nghệ thông tin, Đại học Quốc gia Hà Nội được thành lập từ năm 1976.",
     "Đào Minh Khang", ("Phó Viện trưởng", "Viện Công nghệ thông tin, Đại học Quốc gia Hà Nội", "current")),
])
def test_a_member_school_takes_its_university(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    # never printed with a university: the school's own name
    ("GS Lê Ngọc Hải - hiệu trưởng Trường đại học Y Dược - nhấn mạnh tầm quan trọng của hợp tác.",
     "Lê Ngọc Hải", ("Hiệu trưởng", "Trường đại học Y Dược", "current")),
    # an institute printed with an academy in parentheses: no university, left as printed
    ("Viện Toán học (Viện Hàn lâm Khoa học và Công nghệ Việt Nam) vừa công bố giải thưởng. "
     "Ông Lê Văn Trường, viện trưởng Viện Toán học, cho biết giải được trao hằng năm.",
     "Lê Văn Trường", ("Viện trưởng", "Viện Toán học", "current")),
    # a school named with two universities in the article: ambiguous, left as printed
    ("Trường đại học Bách khoa (Đại học Quốc gia TP.HCM) và Trường đại học Bách khoa (Đại học Đà Nẵng) ký kết "
     "hợp tác. Ông Phan Minh Đức, hiệu trưởng Trường đại học Bách khoa, phát biểu tại lễ ký.",
     "Phan Minh Đức", ("Hiệu trưởng", "Trường đại học Bách khoa", "current")),
    # a hospital printed with a university: no member school head
    ("Bệnh viện Đại học Y Dược (Đại học Quốc gia Hà Nội) khai trương khoa mới. "
     "Bà Trần Thu Hà, giám đốc Bệnh viện Đại học Y Dược, cho biết khoa có 50 giường.",
     "Trần Thu Hà", ("Giám đốc", "Bệnh viện Đại học Y Dược", "current")),
])
def test_no_university_is_added(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
