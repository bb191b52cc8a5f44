"""A body printed by its acronym right before a foreign name (constructed sentences): the tagger's word may run
the acronym into the name's first word ("WHO Tedros"), but the name is whole ("Tedros Adhanom Ghebreyesus",
"Kao Kim Hourn") and the office is the acronym's body; a place printed after an acronym stays the body's."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Thủ tướng tiếp Tổng Giám đốc WHO Tedros Adhanom Ghebreyesus tại Hà Nội.", "Tedros Adhanom Ghebreyesus",
     ("Tổng Giám đốc", "Tổ chức Y tế Thế giới", "current")),
    ("Thủ tướng tiếp Tổng Thư ký ASEAN Kao Kim Hourn tại Hà Nội.", "Kao Kim Hourn",
     ("Tổng Thư ký", "Hiệp hội các quốc gia Đông Nam Á", "current")),
    ("Thủ tướng tiếp Tổng Giám đốc WTO Ngozi Okonjo Iweala tại Hà Nội.", "Ngozi Okonjo Iweala",
     ("Tổng Giám đốc", "Tổ chức Thương mại Thế giới", "current")),
    ("Chánh án TAND TP.HCM Lê Thanh Phong cho biết.", "Lê Thanh Phong",
     ("Chánh án", "Tòa án nhân dân Thành phố Hồ Chí Minh", "current")),
    ("Chủ tịch UBND Hà Nội Trần Sỹ Thanh cho biết.", "Trần Sỹ Thanh",
     ("Chủ tịch", "Ủy ban nhân dân thành phố Hà Nội", "current")),
])
def test_a_name_after_an_acronym_is_whole(pipeline, text, name, office):
    got = positions(pipeline, text)
    assert office in got[name]
