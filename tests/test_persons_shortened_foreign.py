"""A foreign name printed in full, then cut to its first and a later word ("Luis Rodolfo Abinader Corona",
later "Luis Abinader"), is one person with the offices of both mentions (constructed sentences); Vietnamese
names so cut stay apart, and so does a short name whose first word differs."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Tổng thống Cộng hòa Dominica Luis Rodolfo Abinader Corona đón Thủ tướng. Sau đó, Tổng thống Luis Abinader "
     "phát biểu.", "Luis Rodolfo Abinader Corona", "Luis Abinader"),
    ("Tổng thống Brazil Luiz Inácio Lula da Silva chủ trì hội nghị. Ông Luiz Lula nhấn mạnh hợp tác.",
     "Luiz Inácio Lula da Silva", "Luiz Lula"),
    ("Ông Andrés Manuel López Obrador đến Hà Nội. Ông Andrés López cho biết sẽ ký thỏa thuận.",
     "Andrés Manuel López Obrador", "Andrés López"),
])
def test_a_shortened_foreign_name_is_the_same_person(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert full in names and short not in names


def test_the_short_mention_adds_no_bodiless_office(pipeline):
    text = ("Tổng thống Cộng hòa Dominica Luis Rodolfo Abinader Corona đón Thủ tướng. Sau đó, Tổng thống Luis "
            "Abinader phát biểu.")
    got = positions(pipeline, text)
    assert got["Luis Rodolfo Abinader Corona"] == {("Tổng thống", "Cộng hòa Dominica", "current")}


@pytest.mark.parametrize(("text", "short"), [
    ("Ông Nguyễn Văn Chính, Giám đốc Sở Tài chính, phát biểu. Ông Nguyễn Chính, Chủ tịch Hội Nông dân, dự họp.",
     "Nguyễn Chính"),
    ("Ông Luis Rodolfo Abinader Corona đến Hà Nội. Ông Carlos Abinader, doanh nhân, đi cùng.", "Carlos Abinader"),
])
def test_other_short_names_stay_apart(pipeline, text, short):
    assert short in person_names(pipeline, text)
