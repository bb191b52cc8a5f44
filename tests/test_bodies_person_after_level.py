"""A person's name printed right after a body's level word ("Phó Chủ tịch UBND tỉnh Nguyễn Văn Phương") is
the holder, not the body's place; places named after people ("phường Nguyễn Trãi") stay places."""

from __future__ import annotations

import pytest

from nqextract.pipeline import extract


def _facts(text: str):
    art = extract(text, published="2025-01-01")
    return {p.name: {(q.title, q.body) for q in p.positions} for p in art.persons}, {b.name for b in art.bodies}


@pytest.mark.parametrize(("text", "name"), [
    ("Tỉnh Nghệ An tổ chức hội nghị. Phó Chủ tịch UBND tỉnh Nguyễn Văn Phương cho biết kết quả.", "Nguyễn Văn Phương"),
    ("Huyện Quỳnh Lưu họp. Chủ tịch UBND huyện Lê Thị Hoa kiểm tra thực địa.", "Lê Thị Hoa"),
    ("Chủ tịch Ủy ban Kiểm tra tỉnh Nguyễn Văn An phát biểu.", "Nguyễn Văn An"),
    ("Giám đốc Sở Tài chính tỉnh Trần Đức Thắng cho biết.", "Trần Đức Thắng"),
])
def test_a_name_after_the_level_word_is_the_holder(text, name):
    persons, bodies = _facts(text)
    assert name in persons
    assert not any(name.split()[0] in b for b in bodies)


@pytest.mark.parametrize(("text", "body"), [
    ("UBND phường Nguyễn Trãi tổ chức lễ ra quân.", "Ủy ban nhân dân phường Nguyễn Trãi"),
    ("Trường THPT Nguyễn Văn Trỗi khai giảng năm học mới.", "Trường Trung học phổ thông Nguyễn Văn Trỗi"),
    ("Bệnh viện Đa khoa tỉnh Quảng Nam tiếp nhận bệnh nhân.", "Bệnh viện Đa khoa tỉnh Quảng Nam"),
])
def test_places_and_schools_named_after_people_stay_whole(text, body):
    assert body in _facts(text)[1]
