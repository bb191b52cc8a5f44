"""Foreign names listed after one introduced by a title or an honorific ("ông Mark Dunleavy, Oskar Brandt và John
Sauer vào ...") are persons too: an item of two to four foreign words beside a foreign name so introduced, the
last one after "và" closed by a lower-case word (constructed sentences). Places, organizations, single words and
items beside a Vietnamese name stay out."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "names"), [
    ("Ông sẽ bổ nhiệm các luật sư, gồm ông Mark Dunleavy, Oskar Brandt và Peter Kellam vào các vị trí cấp cao.",
     {"Mark Dunleavy", "Oskar Brandt", "Peter Kellam"}),
    ("Bà Ursula von der Leyen, Charles Michel và Antonio Costa dự hội nghị.",
     {"Ursula von der Leyen", "Charles Michel", "Antonio Costa"}),
    ("Tổng thống Emmanuel Macron, Olaf Scholz và Giorgia Meloni đã gặp nhau.",
     {"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni"}),
])
def test_foreign_names_listed_after_one(pipeline, text, names):
    assert names <= person_names(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("Tham dự có ông John Smith, New York và Washington Post.", {"New York", "Washington Post"}),
    ("Tham dự có ông Nguyễn Văn Minh, Oskar Brandt và Peter Kellam.", {"Oskar Brandt", "Peter Kellam"}),
    ("Các tên lửa do ông John Smith, Lockheed Martin Systems và Boeing sản xuất.", {"Lockheed Martin Systems"}),
])
def test_no_person_beside_no_foreign_name(pipeline, text, absent):
    assert not person_names(pipeline, text) & absent
