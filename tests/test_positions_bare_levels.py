"""A body printed after a title with a bare level word of a province or city and no place ("Giám đốc Sở Tư pháp
tỉnh", "Chủ tịch Hội Nông dân tỉnh cho biết") is that body of the province the article names nearest to the title
(constructed sentences); a place printed after the level word, a level word that goes on ("tỉnh ủy"), or an
article naming no province leave it as printed."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tại tỉnh Hà Tĩnh, ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh, cho biết.",
     "Nguyễn Văn An", ("Giám đốc", "Sở Tư pháp tỉnh Hà Tĩnh", "current")),
    ("Tại Nghệ An, ông Nguyễn Văn An, Chủ tịch Hội Nông dân tỉnh cho biết.",
     "Nguyễn Văn An", ("Chủ tịch", "Hội Nông dân tỉnh Nghệ An", "current")),
    ("Đoàn công tác tỉnh Tuyên Quang do ông Trần Văn Bình, Chủ tịch Hội Nhà báo tỉnh làm trưởng đoàn.",
     "Trần Văn Bình", ("Chủ tịch", "Hội Nhà báo tỉnh Tuyên Quang", "current")),
    ("Tại TP.HCM, bà Lê Thị Cúc, Phó Giám đốc Sở Xây dựng thành phố, cho biết.",
     "Lê Thị Cúc", ("Phó Giám đốc", "Sở Xây dựng Thành phố Hồ Chí Minh", "current")),
])
def test_a_bare_level_takes_the_articles_province(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_the_province_nearest_the_title(pipeline):
    text = "Đoàn công tác Hà Tĩnh làm việc tại Nghệ An. Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh, cho biết."
    assert positions(pipeline, text)["Nguyễn Văn An"] == {("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}


def test_a_member_of_the_provinces_executive_committee(pipeline):
    text = ("Đoàn công tác tỉnh Tuyên Quang do ông Trần Văn Bình, Ủy viên BCH Đảng bộ tỉnh, Chủ tịch Hội Nhà báo "
            "tỉnh làm trưởng đoàn.")
    assert positions(pipeline, text)["Trần Văn Bình"] == {
        ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Tuyên Quang", "current"),
        ("Chủ tịch", "Hội Nhà báo tỉnh Tuyên Quang", "current")}


# near misses: the place printed, "tỉnh ủy", no province in the article
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Nghệ An, cho biết tại Hà Tĩnh.",
     "Nguyễn Văn An", ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")),
    ("Ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh, cho biết.",
     "Nguyễn Văn An", ("Giám đốc", "Sở Tư pháp tỉnh", "current")),
])
def test_guard_a_printed_place_or_none_named(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_guard_a_lower_case_party_committee_is_no_bare_level(pipeline):
    text = "Tại Hà Tĩnh, ông Nguyễn Văn An, Phó trưởng Ban Tổ chức tỉnh ủy cho biết."
    bodies = {body for _t, body, _s in positions(pipeline, text)["Nguyễn Văn An"]}
    assert "Ban Tổ chức tỉnh Hà Tĩnh" not in bodies
