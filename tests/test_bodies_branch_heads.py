"""Bodies: the women's union, the party cell and the youth cell of a body are printed as a head glued to that body
("Hội Phụ nữ Công an tỉnh X", "Chi bộ Trung tâm Y", "Chi đoàn Đội Z"): one body, the inner one not counted on its
own; printed without a body right after them, or in lower case, they name no branch, and "Hội Phụ nữ" printed bare
keeps its own reading (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, name", [
    ("Hội Phụ nữ Công an tỉnh Gia Lai vừa trao quà cho các cháu ở vùng lũ.", "Hội Phụ nữ Công an tỉnh Gia Lai"),
    ("Chiều qua, Hội Phụ nữ Bệnh viện Quân y 175 ra mắt câu lạc bộ dưỡng sinh.", "Hội Phụ nữ Bệnh viện Quân y 175"),
    ("Sau đại hội, Chi bộ Trung tâm Lưu trữ quốc gia có bí thư mới.", "Chi bộ Trung tâm Lưu trữ quốc gia"),
    ("Năm 1975, anh giữ chức Bí thư Chi đoàn Đội Công binh 7.", "Chi đoàn Đội Công binh 7"),
    ("Ban Chấp hành Hội Phụ nữ Công an tỉnh Gia Lai đã họp phiên đầu tiên.",
     "Ban Chấp hành Hội Phụ nữ Công an tỉnh Gia Lai"),
])
def test_a_branch_is_named_with_its_body(text, name):
    names = body_names(text)
    assert name in names
    inner = name.split(" ", 3)[-1] if name.startswith("Ban Chấp hành") else name.split(" ", 2)[-1]
    assert inner not in names


@pytest.mark.parametrize("text, absent", [
    ("Các chi đoàn Bộ Y tế góp tiền xây nhà cho đồng bào.", "Chi đoàn Bộ Y tế"),
    ("Bí thư chi bộ Trường Tiểu học Lê Lợi dự lễ khai giảng.", "Chi bộ Trường Tiểu học Lê Lợi"),
    ("Hội Phụ nữ, Công an tỉnh Gia Lai và Đoàn Thanh niên cùng tham gia.", "Hội Phụ nữ Công an tỉnh Gia Lai"),
    ("Hội Phụ nữ Việt Nam phát động phong trào mới.", "Hội Phụ nữ Việt Nam"),
])
def test_no_branch_without_its_body_right_after(text, absent):
    assert absent not in body_names(text)


def test_a_bare_branch_head_keeps_its_own_reading():
    assert "Hội Phụ nữ" in body_names("Hội Phụ nữ, Hội Nông dân và Đoàn Thanh niên cùng ra quân dọn rác.")
