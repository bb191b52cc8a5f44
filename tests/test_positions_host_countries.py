"""A foreign head's bare title in a sentence that named the host country before it (constructed sentences):
"... G20 tại Brazil, cùng Tổng thống Luiz Inácio Lula da Silva" = Tổng thống Brazil; "Tiếp đó tại Cộng hòa
Dominica, ... Tổng thống B" = Cộng hòa Dominica as printed; a head of government's = Chính phủ <country>.
A country printed without "tại", two foreign heads in the sentence, a Vietnamese name, or a country printed
with the title keep what they had."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Thủ tướng Phạm Minh Chính đã dự Hội nghị thượng đỉnh G20 tại Brazil, cùng Tổng thống Luiz Inácio Lula da Silva "
     "tuyên bố nâng cấp quan hệ.", "Luiz Inácio Lula da Silva", ("Tổng thống", "Brazil", "current")),
    ("Tiếp đó tại Cộng hòa Dominica, Thủ tướng Phạm Minh Chính và Tổng thống Luis Rodolfo Abinader Corona đã tìm thấy "
     "điểm chung.", "Luis Rodolfo Abinader Corona", ("Tổng thống", "Cộng hòa Dominica", "current")),
    ("Trong chuyến thăm tại Chile, Chủ tịch nước Lương Cường hội đàm với Tổng thống Gabriel Boric.",
     "Gabriel Boric", ("Tổng thống", "Chile", "current")),
    ("Tại Canada, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn và Thủ tướng Justin Trudeau bàn về thương mại. "
     "Ông Trudeau cũng thăm Mỹ và Mexico.",
     "Justin Trudeau", ("Thủ tướng", "Chính phủ Canada", "current")),
])
def test_a_bare_head_takes_the_host_country(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    # the country is not the host: printed after the title, without the cue
    ("Tổng thống Joe Biden sẽ thăm Brazil vào tháng tới.", "Joe Biden", ("Tổng thống", None, "current")),
    # a Vietnamese city hosts, no country
    ("Tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Tổng thống Joe Biden.", "Joe Biden", ("Tổng thống", None, "current")),
    # two foreign heads in the sentence: whose country is it?
    ("Tại Malaysia, Tổng Bí thư Tô Lâm gặp Tổng thống Joko Widodo và Tổng thống Ferdinand Marcos.",
     "Joko Widodo", ("Tổng thống", None, "current")),
    # a country printed with the title is the head's own
    ("Tại Brazil, Thủ tướng Phạm Minh Chính tiếp Tổng thống Pháp Emmanuel Macron.",
     "Emmanuel Macron", ("Tổng thống", "Pháp", "current")),
    # a Vietnamese name keeps the Vietnamese office
    ("Tại Brazil, đoàn gặp Thủ tướng Phạm Minh Chính.", "Phạm Minh Chính", ("Thủ tướng", "Chính phủ", "current")),
])
def test_guard_no_host_country(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert got == {office}
