"""A chain of offices set after a name whose later link carries its own status word ("A, nguyên Thứ trưởng Bộ
X, nguyên Giám đốc Sở Y tỉnh Z") lists one holder's career: the local office after a central one stays in the
chain (constructed sentences). Without the status word a local office after a central one may open another
holder's chain ("Phó Thủ tướng Chính phủ, Chủ tịch UBND tỉnh X B"), as before."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đoàn công tác đã tới thăm ông Đào Minh Khuê, nguyên Thứ trưởng Bộ Tài chính, nguyên Giám đốc Sở Tài chính "
     "tỉnh Nghệ An.",
     "Đào Minh Khuê", {("Thứ trưởng", "Bộ Tài chính", "former"), ("Giám đốc", "Sở Tài chính tỉnh Nghệ An", "former")}),
    ("Nhân dịp năm mới, lãnh đạo thành phố thăm hỏi ông Đào Minh Khuê, nguyên thứ trưởng Bộ Y tế, nguyên "
     "giám đốc Sở Y tế tỉnh Thanh Hóa, tại nhà riêng.",
     "Đào Minh Khuê", {("Thứ trưởng", "Bộ Y tế", "former"), ("Giám đốc", "Sở Y tế tỉnh Thanh Hóa", "former")}),
    ("Bà Lưu Thị Hạnh, Thứ trưởng Bộ Xây dựng, nguyên Phó Chủ tịch UBND tỉnh Hà Tĩnh, phát biểu tại hội nghị.",
     "Lưu Thị Hạnh", {("Thứ trưởng", "Bộ Xây dựng", "current"),
                      ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", "former")}),
    ("Ông Đào Minh Khuê - cựu thứ trưởng Bộ Công Thương, cựu giám đốc Sở Công Thương tỉnh Bình Định - bị truy tố.",
     "Đào Minh Khuê", {("Thứ trưởng", "Bộ Công Thương", "former"),
                       ("Giám đốc", "Sở Công Thương tỉnh Bình Định", "former")}),
])
def test_a_status_marked_local_office_after_a_central_one_is_the_same_holders(pipeline, text, name, expected):
    assert expected <= positions(pipeline, text).get(name, set())


def test_an_unmarked_local_office_after_a_central_one_still_opens_another_holder(pipeline):
    held = positions(pipeline, "Dự lễ có Phó Thủ tướng Chính phủ, Chủ tịch UBND tỉnh Nghệ An Đào Minh Khuê.")
    assert held.get("Đào Minh Khuê") == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


def test_a_status_word_before_a_name_opens_no_link(pipeline):
    held = positions(pipeline, "Dự lễ có Thứ trưởng Bộ Tài chính Hà Quang Vinh, nguyên Giám đốc Sở Tài chính "
                               "tỉnh Nghệ An Đào Minh Khuê.")
    assert ("Giám đốc", "Sở Tài chính tỉnh Nghệ An", "former") not in held.get("Hà Quang Vinh", set())
