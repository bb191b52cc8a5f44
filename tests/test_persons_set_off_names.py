"""Persons: a title and its body printed before a name and set off from it by a dash ("Chủ tịch UBND tỉnh X -
Nguyễn Văn A"), or by a dash or a comma and an honorific or rank after the body's country ("Người phát ngôn
Bộ Quốc phòng Việt Nam, đại tá A"): the name is a person holding that office, with the status printed before
the title; a body alone, a title alone or a lower-case word after the dash, places joined by a dash and a
chain set after another name set off no name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Buổi tiếp xúc cử tri do Chủ tịch UBND TP. Đà Nẵng - Hồ Quang Lực chủ trì.", "Hồ Quang Lực",
     ("Chủ tịch", "Ủy ban nhân dân thành phố Đà Nẵng", "current")),
    ("Chủ tịch UBND tỉnh Hòa Bình – Phạm Quang Huy cho biết kế hoạch đã xong.", "Phạm Quang Huy",
     ("Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình", "current")),
    ("Phát biểu tại buổi lễ, nguyên Giám đốc Sở Y tế tỉnh Quảng Lâm - Lê Thị Hồng Nhung nhấn mạnh vai trò "
     "của ngành.", "Lê Thị Hồng Nhung", ("Giám đốc", "Sở Y tế tỉnh Quảng Lâm", "former")),
    ("Người phát ngôn Bộ Quốc phòng Việt Nam, đại tá Trần Minh Hào cho biết kế hoạch đã được phê duyệt.",
     "Trần Minh Hào", ("Người phát ngôn", "Bộ Quốc phòng", "current")),
    ("Người phát ngôn Bộ Quốc phòng Việt Nam - Thượng tá Đỗ Quang Vinh cho biết kế hoạch đã được phê duyệt.",
     "Đỗ Quang Vinh", ("Người phát ngôn", "Bộ Quốc phòng", "current")),
])
def test_a_name_set_off_after_its_office(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_a_list_of_offices_each_set_off_from_its_name(pipeline):
    got = positions(pipeline, "Dự lễ có Bí thư Tỉnh ủy Hòa Bình - Đỗ Văn Tiến; Chủ tịch UBND tỉnh Hòa Bình - "
                              "Phạm Quang Huy.")
    assert ("Bí thư", "Tỉnh ủy Hòa Bình", "current") in got["Đỗ Văn Tiến"]
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình", "current") in got["Phạm Quang Huy"]
    assert ("Bí thư", "Tỉnh ủy Hòa Bình", "current") not in got["Phạm Quang Huy"]


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND tỉnh - người đứng đầu cơ quan hành chính - phải chịu trách nhiệm.",
    "UBND tỉnh Hòa Bình - nơi đặt nhà máy - đã tổ chức lễ khởi công.",
    "Tuyến cao tốc Hà Nội - Hải Phòng đã thông xe.",
    "Chủ tịch UBND tỉnh Hòa Bình - Hải Phòng cùng ký kết thỏa thuận hợp tác.",
    "Chủ tịch - Nguyễn Văn Khải cho biết.",
])
def test_no_name_set_off(pipeline, text):
    got = positions(pipeline, text)
    assert not any(offices for offices in got.values())


def test_a_name_in_another_clause_gets_no_office(pipeline):
    got = positions(pipeline, "UBND tỉnh Hòa Bình - nơi ông Đỗ Văn Tiến từng công tác - đã tổ chức lễ.")
    assert not got.get("Đỗ Văn Tiến")


def test_a_chain_set_after_a_name_stays_with_it(pipeline):
    text = "Trao đổi thêm với bà Vi Thị Mận - Trưởng ban Kinh tế HĐND tỉnh - Lò Văn Khiêm nêu ý kiến."
    got = positions(pipeline, text)
    assert got.get("Vi Thị Mận")
    assert not got.get("Lò Văn Khiêm")
    assert "Hải Phòng" not in person_names(pipeline, "Chủ tịch UBND tỉnh Hòa Bình - Hải Phòng cùng ký kết.")
