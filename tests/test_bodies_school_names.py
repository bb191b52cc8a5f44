"""Bodies: schools printed with an abbreviated level ("Trường THCS Nguyễn Huệ" = Trường Trung học cơ sở Nguyễn
Huệ) or with their level in lower case ("Trường trung học cơ sở thị trấn Tuy Phước"); a plural class of schools
names none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Học sinh Trường THCS Nguyễn Huệ bị đánh.", "Trường Trung học cơ sở Nguyễn Huệ"),
    ("Thầy giáo Trường THPT Chu Văn An cho biết.", "Trường Trung học phổ thông Chu Văn An"),
    ("Cô giáo Trường trung học cơ sở thị trấn Tuy Phước (Bình Định) phát biểu.",
     "Trường trung học cơ sở thị trấn Tuy Phước"),
    ("Cô A, giáo viên Trường phổ thông dân tộc bán trú tiểu học Mường Toong số 1 (huyện Mường Nhé), cho hay.",
     "Trường phổ thông dân tộc bán trú tiểu học Mường Toong số 1"),
    ("Lễ khai giảng ở Trường tiểu học Kim Đồng diễn ra sáng nay.", "Trường tiểu học Kim Đồng"),
    ("Trường Tiểu học Đông La tổ chức lễ.", "Trường Tiểu học Đông La"),
    # a medical university named after a person: the name is the school's own
    ("Sinh viên Trường Đại học Y khoa Lê Hữu Trác vừa nhận học bổng xứ lạnh.", "Trường Đại học Y khoa Lê Hữu Trác"),
])
def test_a_school_named_with_its_level(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Các trường tiểu học trên địa bàn huyện đã khai giảng.",
    "Nhiều trường trung học cơ sở thiếu giáo viên.",
    "Trường tiểu học này có 500 học sinh.",
])
def test_a_class_of_schools_names_none(text):
    assert names(text) == []
