"""Persons: a foreign name printed with one or two middle initials keeps them and the family name after
them ("John Q. Doe", "Mary A. B. Smith"); a capital letter and a full stop that end a sentence or name
something else are no initials (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Chuyên gia John R. Deni từ Atlantic Council đánh giá, việc tăng chi tiêu là khó.", "John R. Deni"),
    ("Giáo sư Mary A. B. Collins cho biết dự án sẽ hoàn thành.", "Mary A. B. Collins"),
    ("Ông Peter K. Lindqvist, giám đốc quỹ, phát biểu.", "Peter K. Lindqvist"),
])
def test_middle_initials_stay_in_the_name(pipeline, text, name):
    assert person_names(pipeline, text) == {name}


@pytest.mark.parametrize("text, names", [
    ("Ông Robert Quill Jr. phát biểu.", {"Robert Quill Jr."}),
    ("Ông Smith hẹn gặp ở khu A. Sau đó ông về nhà.", {"Smith"}),
    ("Bà Maria ở tòa nhà B. Harris Tower đã chuyển đi.", {"Maria"}),
    ("Đội Arsenal F. C. Bristol thắng trận tối qua.", set()),
    ("Tổng thống Biden. Ông nói thêm về kinh tế.", {"Biden"}),
    ("Ông Nguyễn Văn A. Hôm sau ông trở lại.", {"Nguyễn Văn A."}),
])
def test_no_initials_where_the_name_ends(pipeline, text, names):
    assert person_names(pipeline, text) == names


@pytest.mark.parametrize("text, name", [
    ("Đến tháng 9, ông K. L. Brandt khi đó là ứng viên thống đốc bang.", "K. L. Brandt"),
    ("Ông T.R. Whitfield là nhà văn nổi tiếng.", "T.R. Whitfield"),
    ("Giáo sư A. Rahmani phát biểu tại hội thảo.", "A. Rahmani"),
    ("Cầu thủ C. Morales ghi bàn cho câu lạc bộ.", "C. Morales"),
])
def test_initials_before_a_foreign_family_name(pipeline, text, name):
    assert person_names(pipeline, text) == {name}


@pytest.mark.parametrize("text, names", [
    ("Chủ tịch UBND Q. Ba Đình chủ trì cuộc họp về ngập lụt.", set()),
    ("Ông Tuấn sống ở P. Long Bình, TP. Biên Hòa.", {"Tuấn"}),
    ("Giám đốc Công ty TNHH X. Long An cho biết doanh thu tăng.", set()),
    ("Huấn luyện viên đội U. Roma thất bại.", set()),
    ("Chuyên gia tại H. Mall nói giá thuê tăng.", set()),
    ("Khói bốc lên từ nhà anh M. Nghi có chuyện chẳng lành nên mọi người chạy qua.", set()),
])
def test_no_initials_name_before_a_place_a_company_or_a_new_sentence(pipeline, text, names):
    assert person_names(pipeline, text) == names
