"""A lower-case syllable the tagger glues to a foreign proper word ("Ukraine tố", "Curie cử": no Vietnamese
syllable spells the word, however short) is the next clause's verb, not the body's name; a name going on to its
country stays whole (constructed sentences through the tagged pipeline)."""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Sáng 3-5, Không quân Ukraine tố Nga phóng tên lửa vào thành phố Dnipro.", "Không quân Ukraine"),
    ("Hải quân Ukraine tố Nga tấn công cảng Odessa, ông Dmytro Pletenchuk nói.", "Hải quân Ukraine"),
    ("Theo thỏa thuận, Trường Marie Curie cử giáo viên dạy trực tuyến cho học sinh huyện Mèo Vạc.",
     "Trường Marie Curie"),
    ("Trường Marie Curie cử ba giáo viên lên huyện Tân Lạc.", "Trường Marie Curie"),
])
def test_the_glued_verb_ends_the_name(text, body):
    assert extracted_body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    # near misses: Vietnamese syllables, a name going on to its country, other topics
    ("Công ty Samsung điện tử Việt Nam tuyển 500 kỹ sư cho nhà máy ở tỉnh Tân An.", "Công ty Samsung điện tử Việt Nam"),
    ("Bệnh viện Chợ Rẫy tiếp nhận 3 bệnh nhân, bác sĩ Phạm Thanh Việt cho biết.", "Bệnh viện Chợ Rẫy"),
    ("Đội tuyển Indonesia thua 0-2, Liên đoàn Bóng đá Indonesia xin lỗi người hâm mộ.", "Liên đoàn Bóng đá Indonesia"),
    ("Ông Trần Văn Nam cho biết Bộ Ngoại giao Nhật Bản đã phản hồi công hàm.", "Bộ Ngoại giao Nhật Bản"),
    ("Tập đoàn Vingroup tính đến năm 2030 sẽ có 10 nhà máy, bà Lê Thị Thu Thủy nói.", "Tập đoàn Vingroup"),
])
def test_near_misses(text, body):
    assert body in extracted_body_names(text)
