"""Persons named with "tên" after a noun of a person (constructed sentences): "một người đàn ông tên K.", "đối
tượng tên Bờm (chưa rõ lai lịch)", "người đàn ông Campuchia tên A B C", "cô gái người Úc tên D E" are persons
(person_context.tsv called_noun); a thing's name after "tên" ("tiệm tên X", "tên lửa có tên Y", "phố mang tên Z"),
a family name alone, a place and a run a capitalized word goes on after stay out."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Xưởng gỗ đó thuộc về người đàn ông tên K. ở vùng núi phía tây.", "K."),
    ("Nhóm này đã liên lạc với một người tên Bờm (chưa rõ lai lịch) để mua lại tài khoản.", "Bờm"),
    ("Hai người đi cùng đối tượng tên Sẹo, sau đó bỏ trốn khỏi địa phương.", "Sẹo"),
    ("Số hàng trên là của một người đàn ông Campuchia tên Sokha Rithy Vann (trú tỉnh Kandal) thuê chở qua biên giới.",
     "Sokha Rithy Vann"),
    ("Nạn nhân thứ ba là cô gái người Canada tên Mellie Dorrington, vừa tới hôm qua.", "Mellie Dorrington"),
    ("Phụ huynh của nam sinh tên Đ.V.Q., lớp 8A, đã gửi đơn đến nhà trường.", "Đ.V.Q."),
    ("Tại đây, hắn gặp một thanh niên tên là Lò Văn Khiêm và rủ đi trộm xe.", "Lò Văn Khiêm"),
])
def test_a_name_after_a_person_noun_and_ten(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Khách hay ghé quán phở tên Bảo Ngọc bên bờ sông.", "Bảo Ngọc"),
    ("Nga vừa thử một tên lửa có tên Sarmat ở vùng Viễn Đông.", "Sarmat"),
    ("Khu vui chơi nằm trên con phố mang tên Hàng Mành gần hồ.", "Hàng Mành"),
    ("Cả làng có tới hàng trăm người tên Nguyễn và Trần.", "Nguyễn"),
    ("Ông kể có một người bạn tên Hà Nội, nghe rất lạ.", "Hà Nội"),
    ("Một người tên Kiên Giang Xanh đã đăng bài viết.", "Kiên Giang"),
])
def test_things_family_names_and_places_stay_out(pipeline, text, absent):
    assert absent not in person_names(pipeline, text)
