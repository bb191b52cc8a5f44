"""Bodies: a school named by two levels joined by "&", "và" or a dash ("Trường TH & THCS X", "Trường THCS-THPT
Y", "Trường tiểu học và THCS Z") is one school, its levels written out and joined by "và", its own name after
them even when it is a person's; a school of one level, a second "Trường", another body or a person after "và"
stay apart (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông Nguyễn Văn Tám - hiệu trưởng Trường TH & THCS Đông Sơn, huyện Kỳ Anh - cho biết.",
     "Trường Tiểu học và Trung học cơ sở Đông Sơn"),
    ("Bà Lê Thị Hoa, hiệu trưởng Trường THCS & THPT Nguyễn Khuyến, cho biết trường có 900 học sinh.",
     "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Khuyến"),
    ("Trường TH&THCS Tân Phú tổ chức lễ khai giảng.", "Trường Tiểu học và Trung học cơ sở Tân Phú"),
    ("Trường tiểu học & THCS Tân Lập, huyện Mường Tè tổ chức lễ.", "Trường Tiểu học và Trung học cơ sở Tân Lập"),
    ("Sở Giáo dục kiểm tra Trường tiểu học và THCS Phước Hòa vào sáng 5-3.",
     "Trường Tiểu học và Trung học cơ sở Phước Hòa"),
    ("Học sinh Trường THCS-THPT Hồng Đức đạt giải.", "Trường Trung học cơ sở và Trung học phổ thông Hồng Đức"),
    ("Trường THCS - THPT Nguyễn Du khai giảng.", "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Du"),
    ("Trường Mầm non & Tiểu học Sao Mai khai giảng.", "Trường Mầm non và Tiểu học Sao Mai"),
    # a person's name after the joined levels is the school's own name
    ("Trường THCS và THPT Lê Quý Đôn đạt giải nhất.", "Trường Trung học cơ sở và Trung học phổ thông Lê Quý Đôn"),
    ("Trường Tiểu học và THCS Lê Văn Tám đạt giải.", "Trường Tiểu học và Trung học cơ sở Lê Văn Tám"),
])
def test_joined_levels_name_one_school(text, body):
    assert body in extracted_body_names(text)


def test_the_school_is_the_post_of_its_head():
    from nqextract.pipeline import extract

    art = extract("Ngày 12-11, ông Trần Văn Đức - hiệu trưởng Trường TH & THCS Hòa Lạc - cho biết.", published="2024-11-12")
    posts = {(p.name, q.title, q.body) for p in art.persons for q in p.positions}
    assert ("Trần Văn Đức", "Hiệu trưởng", "Trường Tiểu học và Trung học cơ sở Hòa Lạc") in posts


@pytest.mark.parametrize("text, bodies", [
    # two schools, each with its own head
    ("Trường Tiểu học Kim Đồng và Trường THCS Lê Lợi được khen thưởng.",
     ["Trường Tiểu học Kim Đồng", "Trường Trung học cơ sở Lê Lợi"]),
    # another body after "và" or "&"
    ("Trường THCS Lê Lợi và UBND xã Tân Phú cùng ký kết.",
     ["Trường Trung học cơ sở Lê Lợi", "Ủy ban nhân dân xã Tân Phú"]),
    ("Trường THCS Nguyễn Du & Công ty cổ phần Tân Phát ký kết hợp tác.",
     ["Trường Trung học cơ sở Nguyễn Du", "Công ty cổ phần Tân Phát"]),
    # a dash before another body's head
    ("Trường THPT Yên Lạc - Bộ Giáo dục và Đào tạo phối hợp.", ["Trường Trung học phổ thông Yên Lạc", "Bộ Giáo dục và Đào tạo"]),
])
def test_other_bodies_after_a_school_stay_apart(text, bodies):
    assert extracted_body_names(text) == bodies


def test_a_person_after_the_school_is_no_part_of_it():
    names = extracted_body_names("Hiệu trưởng Trường THCS Lê Lợi và ông Trần Văn Hùng cùng dự lễ.")
    assert names == ["Trường Trung học cơ sở Lê Lợi"]


def test_schools_in_general_are_no_body():
    assert extracted_body_names("Sở yêu cầu các trường tiểu học và THCS trên địa bàn rà soát.") == []


@pytest.mark.parametrize("text", [
    "Tỉnh có 12 Trường TH & THCS, 5 Trường THCS & THPT và 3 trường mầm non.",
    "Sở yêu cầu các Trường TH & THCS rà soát đội ngũ giáo viên.",
    "Những Trường THCS-THPT này đều đạt chuẩn quốc gia.",
    "Nhiều Trường TH & THCS ở vùng cao còn thiếu phòng học.",
    "Một số Trường Tiểu học và THCS chưa có nhà vệ sinh đạt chuẩn.",
])
def test_counted_or_plural_joined_levels_are_no_school(text):
    assert extracted_body_names(text) == []


def test_a_named_school_after_a_list_of_counted_levels_is_kept():
    names = extracted_body_names("Huyện có 4 Trường TH & THCS; riêng Trường TH & THCS Tân Phước được khen thưởng.")
    assert names == ["Trường Tiểu học và Trung học cơ sở Tân Phước"]
