"""A role noun printed before a foreign name introduces a person as a rank does: "tỉ phú" (the spelling with "i"
of "tỷ phú"), "tác giả", a bare "tướng" (constructed sentences). The same words before no capitalized name, or
inside a longer word ("Thủ tướng", "tướng lĩnh"), name no one."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Nhóm cắt giảm chi tiêu do tỉ phú Vivek Ramaswamy dẫn đầu.", "Vivek Ramaswamy"),
    ("Nhóm thứ hai do tỷ phú Scott Bessent dẫn đầu.", "Scott Bessent"),
    ("Đó là nhận định của tác giả Chris Whipple trong cuốn sách mới.", "Chris Whipple"),
    ("Tác giả Nguyễn Nhật Ánh ra mắt cuốn sách mới.", "Nguyễn Nhật Ánh"),
    ("Trong cuộc họp báo cùng ngày, tướng Romeo Brawner xác nhận thông tin.", "Romeo Brawner"),
])
def test_a_role_noun_introduces_a_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Các tướng lĩnh cấp cao cùng dự lễ.",
    "Tác giả Truyện Kiều là đại thi hào của dân tộc.",
    "Ông cho biết tác giả của cuốn sách chưa lên tiếng.",
])
def test_no_name_after_the_role_noun(pipeline, text):
    assert person_names(pipeline, text) == set()
