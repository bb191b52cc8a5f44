"""Bare names listed together (constructed sentences): in a list of names printed with no honorific or
title ("như: Nguyễn Ngọc, Nguyễn Văn Phong, Hồ Lâm ..."), an item of two to four capitalized words next
to a name already read is a name too, though it has no middle name the recognizer knows; places, bodies
and items beside no name stay out."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "names"), [
    ("Cùng bị truy tố có các bị can như: Nguyễn Ngọc, Nguyễn Văn Phong, Hồ Lâm, Lê Nguyễn Thanh Danh, "
     "Nguyễn Thanh Cho, Lê Quang Vinh.", ["Nguyễn Ngọc", "Hồ Lâm", "Lê Nguyễn Thanh Danh"]),
    ("Tham dự có các Thứ trưởng: Vũ Chiến Thắng, Trương Hải Long, Cao Huy, Nguyễn Thị Hà.", ["Cao Huy"]),
    ("Các bị cáo gồm Trần Văn Bình, Đỗ Ngọc Điệp, Lê Nam Hưng và Phạm Duy Cường bị đề nghị mức án.",
     ["Lê Nam Hưng"]),
    ("Danh sách khen thưởng gồm Phạm Thị Lan, Hồ Lâm, Võ Kim Cương.", ["Hồ Lâm"]),
])
def test_an_item_beside_a_listed_name_is_a_name(pipeline, text, names):
    found = person_names(pipeline, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(("text", "absent"), [
    ("Đoàn công tác đã đến Quảng Ngãi, Bình Định, Phú Yên và Khánh Hòa, gặp ông Nguyễn Văn Phong.",
     ["Bình Định", "Phú Yên", "Khánh Hòa"]),
    ("Hội nghị có đại diện Sở Tài chính, Sở Xây dựng và ông Nguyễn Văn Phong.", ["Sở Xây dựng"]),
    ("Tham dự có Hồ Lâm, Cao Huy.", ["Hồ Lâm", "Cao Huy"]),
])
def test_places_bodies_and_lone_items_stay_out(pipeline, text, absent):
    found = person_names(pipeline, text)
    for name in absent:
        assert name not in found
