"""A body's name with lower-case words the tagger calls verbs ("Ban Quản lý dịch vụ công ích", "Trung tâm
Kiểm soát bệnh tật") goes on through a level word to the city or district it ends with, also one no
gazetteer row names ("thành phố Nha Trang", "TP Nha Trang"), when no capitalized word runs on after the
place's name (a person's name would); a title before it reads the whole name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions, tagged_body_names


@pytest.mark.parametrize(("text", "body"), [
    ("Bà Lê Thị Hoa - giám đốc Ban Quản lý dịch vụ công ích thành phố Nha Trang - cho biết.",
     "Ban Quản lý dịch vụ công ích thành phố Nha Trang"),
    ("Trung tâm Kiểm soát bệnh tật thành phố Cam Ranh cho biết.", "Trung tâm Kiểm soát bệnh tật thành phố Cam Ranh"),
    ("Ông Trần Văn Nam, giám đốc Ban Quản lý dịch vụ công ích thị xã Ninh Hòa, cho biết.",
     "Ban Quản lý dịch vụ công ích thị xã Ninh Hòa"),
    # the level abbreviated ("TP"), the place's name going on into a clause
    ("Ông A - phó phòng kế hoạch Ban Quản lý dịch vụ công ích TP Nha Trang và bà B - giám đốc.",
     "Ban Quản lý dịch vụ công ích thành phố Nha Trang"),
    ("Ban Quản lý dịch vụ công ích thành phố Nha Trang sẽ kiểm tra.", "Ban Quản lý dịch vụ công ích thành phố Nha Trang"),
])
def test_a_name_with_verbs_goes_on_to_its_city(text, body):
    assert body in tagged_body_names(text)


def test_a_title_reads_the_whole_name(pipeline):
    text = "Bà Nguyễn Thị Hồng Sâm - giám đốc Ban Quản lý dịch vụ công ích thành phố Nha Trang - cho biết."
    assert positions(pipeline, text)["Nguyễn Thị Hồng Sâm"] == {
        ("Giám đốc", "Ban Quản lý dịch vụ công ích thành phố Nha Trang", "current")}


@pytest.mark.parametrize(("text", "wrong"), [
    # a preposition before the place: a clause about where, not the name's place
    ("Ban Quản lý dự án kiểm tra rác thải ở thành phố Nha Trang.", "Ban Quản lý dự án kiểm tra rác thải ở thành phố Nha Trang"),
    # capitalized words run on past a place's length: a person's name follows the place
    ("Ông A, giám đốc Ban Quản lý dịch vụ công ích huyện Ba Vì Lê Văn Hoa cho biết.",
     "Ban Quản lý dịch vụ công ích huyện Ba Vì Lê"),
    # a surname and a middle name after the level word: a person, not a place
    ("Ban Quản lý dịch vụ công ích tỉnh Nguyễn Văn Giang cho biết.", "Ban Quản lý dịch vụ công ích tỉnh Nguyễn Văn Giang"),
    # a person's full name after a level word is no place (upper-case acronym too)
    ("Ban Quản lý dự án thực hiện thành phố TP mới.", "Ban Quản lý dự án thực hiện thành phố TP"),
])
def test_guard_no_city_no_longer_name(text, wrong):
    names = tagged_body_names(text)
    assert wrong not in names, names
