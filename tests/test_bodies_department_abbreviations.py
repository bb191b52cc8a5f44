"""Bodies: a province's departments printed with ampersand abbreviations (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Tối 28-6, Sở VH&TT TP.HCM tổ chức chương trình nghệ thuật.", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh"),
    ("Sở NN&MT TP.HCM đề xuất bảng giá đất.", "Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh"),
    ("Sở VHTT&DL tỉnh Quảng Nam thông báo.", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam"),
    ("Sở LĐTB&XH tỉnh Hải Dương kiểm tra.", "Sở Lao động - Thương binh và Xã hội tỉnh Hải Dương"),
    ("Sở DT&TG tỉnh Gia Lai báo cáo.", "Sở Dân tộc và Tôn giáo tỉnh Gia Lai"),
])
def test_department_abbreviations_with_a_place(text, body):
    assert body_names(text) == [body]


def test_a_department_abbreviation_takes_the_place_of_a_one_province_article():
    assert body_names("UBND TPHCM giao Sở NN&MT chủ trì.") == [
        "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Sở Nông nghiệp và Môi trường Thành phố Hồ Chí Minh"]


def test_a_department_abbreviation_alone_names_nothing():
    assert body_names("Sở NN&MT đề xuất bảng giá đất.") == []
