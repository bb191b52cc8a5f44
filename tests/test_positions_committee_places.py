"""A party committee printed without its place takes the place of the next link's body of the same level, the
level word capitalized or not (constructed sentences): "Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân Thành
phố Hồ Chí Minh" is the Thành ủy of Thành phố Hồ Chí Minh, not of the city another person's chain named just
before."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("15. Đồng chí Trần Sỹ Thanh, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành "
     "phố Hà Nội.\n16. Đồng chí Nguyễn Văn Được, Ủy viên Trung ương Đảng, Phó Bí thư Thành ủy, Chủ tịch Ủy ban "
     "nhân dân Thành phố Hồ Chí Minh.\n", "Nguyễn Văn Được",
     ("Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "current")),
    ("Tham dự có ông Trần Sỹ Thanh, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội và ông Nguyễn Văn Được, "
     "Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố Hồ Chí Minh.", "Nguyễn Văn Được",
     ("Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "current")),
    ("Dự lễ có ông Lê Văn Ba, Bí thư Thành ủy Hà Nội và ông Trần Văn Tư, Phó Bí thư Thành ủy, Chủ tịch HĐND "
     "Thành phố Cần Thơ.", "Trần Văn Tư", ("Phó Bí thư", "Thành ủy Cần Thơ", "current")),
    ("Tham dự có ông Trần Sỹ Thanh, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Hà Nội.", "Trần Sỹ Thanh",
     ("Phó Bí thư", "Thành ủy Hà Nội", "current")),
])
def test_a_bare_committee_takes_the_place_of_its_chain(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert office in got
    assert not any(t == office[0] and b != office[1] for t, b, _s in got)


def test_a_committee_inside_the_next_body_is_no_place(pipeline):
    text = ("Ông Đỗ Xuân Tuyên từng đảm nhiệm các chức vụ giám đốc Trung tâm Y tế thành phố Hưng Yên, chủ tịch UBND "
            "TP Hưng Yên, trưởng Ban Tuyên giáo Tỉnh ủy và trưởng Ban Tổ chức Tỉnh ủy Hưng Yên.")
    got = positions(pipeline, text)["Đỗ Xuân Tuyên"]
    assert ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Hưng Yên", "former") in got
    assert not any(b and "ủy ủy" in b.lower() for _t, b, _s in got)
