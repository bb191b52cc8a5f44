"""Styles of address printed before a foreign leader's name (constructed sentences): Cambodia's "Samdech"
("Samdech Techo"), Malaysia's "Dato'", "Dato' Seri", "Dato' Sri", "Datuk Seri" are no part of the name; the
name after them is the person's, and the office printed before the style is his."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng Bí thư thăm Malaysia theo lời mời của Thủ tướng Malaysia Dato' Seri Anwar Ibrahim và Phu nhân.",
     "Anwar Ibrahim", ("Thủ tướng", "Chính phủ Malaysia", "current")),
    ("Chủ tịch Quốc hội Campuchia Samdech Khuon Sudary đã chủ trì lễ đón.",
     "Khuon Sudary", ("Chủ tịch", "Quốc hội Campuchia", "current")),
    ("Chủ tịch Thượng viện Campuchia Samdech Techo Hun Sen tiếp đoàn.",
     "Hun Sen", ("Chủ tịch", "Thượng viện Campuchia", "current")),
    ("Bộ trưởng Ngoại giao Malaysia Datuk Seri Mohamad Hasan cho biết hai nước sẽ tăng cường hợp tác.",
     "Mohamad Hasan", ("Bộ trưởng", "Bộ Ngoại giao Malaysia", "current")),
    ("Phó Thủ tướng Malaysia Dato' Sri Fadillah Yusof dự lễ khai mạc.",
     "Fadillah Yusof", ("Phó Thủ tướng", "Chính phủ Malaysia", "current")),
])
def test_a_style_before_a_foreign_name_is_no_part_of_it(pipeline, text, name, office):
    got = positions(pipeline, text)
    assert office in got[name]
    assert not any(n.startswith(("Samdech", "Dato", "Datuk", "Seri", "Sri", "Techo")) for n in got)


def test_the_style_alone_names_no_one(pipeline):
    found = person_names(pipeline, "Ông Nguyễn Văn Nam, Giám đốc Sở Tài chính, cho biết Samdech là tước hiệu cao quý.")
    assert "Samdech" not in found
