"""A counterpart ("người đồng cấp Nga Sergei Lavrov") holds the office of the holder named before him in the
sentence, in the country printed after the counterpart word: a head of state's or government's office by its
abroad form, a ministry with its country swapped or added (constructed sentences). No country printed, or an
office with no foreign analogue ("Tổng Bí thư"), gives no body or no office."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ngoại trưởng Triều Tiên Choe Son Hui nói với người đồng cấp Nga Sergei Lavrov rằng hai nước hợp tác.",
     "Sergei Lavrov", ("Ngoại trưởng", "Bộ Ngoại giao Nga", "current")),
    ("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân từ chối gặp người đồng cấp Mỹ Lloyd Austin.", "Lloyd Austin",
     ("Bộ trưởng", "Bộ Quốc phòng Mỹ", "current")),
    ("Thủ tướng Phạm Minh Chính hội đàm với người đồng cấp Campuchia Hun Manet.", "Hun Manet",
     ("Thủ tướng", "Chính phủ Campuchia", "current")),
    ("Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, hội đàm với người đồng cấp Trung Quốc Đổng Quân.",
     "Đổng Quân", ("Bộ trưởng", "Bộ Quốc phòng Trung Quốc", "current")),
    ("Tổng thống Pháp Emmanuel Macron điện đàm với người đồng cấp Mỹ Joe Biden.", "Joe Biden",
     ("Tổng thống", "Mỹ", "current")),
])
def test_a_counterpart_holds_the_same_office_abroad(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_an_office_with_no_foreign_analogue_gives_none(pipeline):
    got = positions(pipeline, "Tổng Bí thư Tô Lâm hội đàm với người đồng cấp Lào Thongloun Sisoulith.")
    assert got.get("Thongloun Sisoulith", set()) == set()


def test_no_country_printed_gives_no_body(pipeline):
    got = positions(pipeline, "Thủ tướng Phạm Minh Chính hội đàm với người đồng cấp Hun Manet tại Phnom Penh.")
    assert all(body is None for _t, body, _s in got.get("Hun Manet", set())), got


def test_a_holder_in_another_sentence_gives_none(pipeline):
    got = positions(pipeline, "Thủ tướng Phạm Minh Chính dự hội nghị. Sau đó người đồng cấp Campuchia Hun Manet phát biểu.")
    assert got.get("Hun Manet", set()) == set()
