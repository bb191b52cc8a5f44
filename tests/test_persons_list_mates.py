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


_SURNAMES = ["Hồ", "Cao", "Đỗ", "Lê", "Võ", "Phạm", "Trần", "Đặng"]
_GIVEN = ["Lâm", "Huy", "Điệp", "Hưng", "Cương", "Lan", "Tâm", "Hòa", "Sơn", "Khoa", "Thắng", "Phúc"]


def _long_list(n: int) -> tuple[str, list[str]]:
    names = []
    for i in range(n):
        name = f"{_SURNAMES[i % len(_SURNAMES)]} {_GIVEN[(i // len(_SURNAMES)) % len(_GIVEN)]}"
        if name not in names:
            names.append(name)
    # the only name read first is the last one: each item is a name through the item after it
    return "Danh sách khen thưởng gồm: " + ", ".join(names) + ", Nguyễn Văn Phong.", names


def test_a_long_list_is_read_from_its_last_name_back(pipeline):
    text, names = _long_list(40)
    found = person_names(pipeline, text)
    assert set(names) <= set(found)


def test_list_mates_weighs_each_item_a_bounded_number_of_times(pipeline, monkeypatch):
    """Each item is weighed again only when a name is found beside it: linear in the list's length (a pass
    over the whole list for each name found was quadratic). The separator's uses by the list reading are
    counted, whatever method it calls; a count of nothing (the reading no longer uses it) fails rather than
    passing unseen."""
    from nqextract.extract.persons import finding

    calls = {"n": 0}
    real = finding.LIST_SEP

    class Counting:
        def __getattr__(self, attr):
            method = getattr(real, attr)
            if not callable(method):
                return method

            def counted(*a, **k):
                calls["n"] += 1
                return method(*a, **k)
            return counted

    monkeypatch.setattr(finding, "LIST_SEP", Counting())
    counts = {}
    for n in (20, 80):
        calls["n"] = 0
        text, names = _long_list(n)
        assert set(names) <= set(person_names(pipeline, text))
        counts[n] = calls["n"]
    assert counts[20] >= 20  # the list reading went through the counted separator
    assert counts[80] <= 6 * counts[20]
