"""Person identity: families of printings of one person the first resolver kept apart."""

from __future__ import annotations

import pytest

from nqextract.identity import evidence_of, place_of, resolve_group


def _ids(name: str, bodies: dict[str, str | None], titles: dict[str, str] | None = None) -> dict[str, str]:
    occ = {}
    for aid, body in bodies.items():
        ev = evidence_of((titles or {}).get(aid, "Phó Giám đốc"), body)
        occ[(aid, 0)] = {ev} if ev else set()
    return {aid: ident for (aid, _), (ident, _ev) in resolve_group(name, occ).items()}


@pytest.mark.parametrize("short, long", [
    ("Ủy ban An toàn giao thông quốc gia", "Văn phòng Ủy ban An toàn giao thông quốc gia"),
    ("Sở Kế hoạch", "Sở Kế hoạch đầu tư"),
    ("Công ty Xuyên Việt Oil", "Công ty Xuyên Việt Oil chi nhánh Cần Thơ"),
])
def test_a_body_named_in_full_and_in_part_is_one_office(short, long):
    ids = _ids("nguyễn thị thu hoa", {"a": short, "b": long})
    assert ids["a"] == ids["b"]


@pytest.mark.parametrize("short, long", [
    ("Công ty cổ phần", "Công ty cổ phần Sông Đà"),  # a generic name says nothing of the office
    ("Bệnh viện", "Bệnh viện Bạch Mai"),
    ("Ủy ban nhân dân xã Tân An", "Ủy ban nhân dân xã Tân An Hội"),  # places are compared whole
])
def test_generic_or_local_names_do_not_link(short, long):
    ids = _ids("nguyễn văn thắng", {"a": short, "b": long})
    assert ids["a"] != ids["b"]


@pytest.mark.parametrize("title", ["Bộ trưởng", "Thứ trưởng"])
def test_a_minister_printed_without_the_ministry_is_central(title):
    assert evidence_of(title, None) == "trung ương"
    ids = _ids("nguyễn hồng diên", {"a": "Bộ Công Thương", "b": None}, {"a": "Bộ trưởng", "b": title})
    assert ids["a"] == ids["b"]
    assert place_of("Bộ Công Thương") == "trung ương"
