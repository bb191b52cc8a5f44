"""Offices listed for a body's delegation: "Đại diện <body> có <title> <name>, <title> <name> và ...": a title
printed in the list without a body of its own is an office of the represented body; a title with its own body
keeps it, and a body not opening such a list lends none. Constructed texts."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "expected"), [
    ("Về đại diện Báo Thế giới và Việt Nam có Tổng Biên tập Nguyễn Trường Sơn, Phó Tổng Biên tập Hoàng Diễm Hạnh "
     "và Phó Tổng Biên tập Hồ Thị Vân.",
     {"Nguyễn Trường Sơn": ("Tổng Biên tập", "Báo Thế giới và Việt Nam"),
      "Hoàng Diễm Hạnh": ("Phó Tổng Biên tập", "Báo Thế giới và Việt Nam"),
      "Hồ Thị Vân": ("Phó Tổng Biên tập", "Báo Thế giới và Việt Nam")}),
    ("Đại diện Công ty Cổ phần Hòa Phát có Tổng Giám đốc Nguyễn Văn Nam và Phó Tổng Giám đốc Trần Văn Bắc.",
     {"Nguyễn Văn Nam": ("Tổng Giám đốc", "Công ty Cổ phần Hòa Phát"),
      "Trần Văn Bắc": ("Phó Tổng Giám đốc", "Công ty Cổ phần Hòa Phát")}),
    ("Buổi lễ diễn ra sáng 3-6. Đại diện phía Bệnh viện Bạch Mai có Giám đốc Đào Xuân Cơ, Phó Giám đốc Nguyễn "
     "Văn Liệu.",
     {"Đào Xuân Cơ": ("Giám đốc", "Bệnh viện Bạch Mai"), "Nguyễn Văn Liệu": ("Phó Giám đốc", "Bệnh viện Bạch Mai")}),
])
def test_listed_titles_take_the_represented_body(pipeline, text, expected):
    got = positions(pipeline, text)
    for name, (title, body) in expected.items():
        assert (title, body, "current") in got[name]


def test_a_title_with_its_own_body_keeps_it(pipeline):
    got = positions(pipeline, "Đại diện Báo Nhân Dân có Tổng Biên tập Lê Quốc Minh và Giám đốc Sở Y tế Hà Nội "
                              "Trần Thị Nhị Hà.")
    assert ("Giám đốc", "Sở Y tế Hà Nội", "current") in got["Trần Thị Nhị Hà"] or any(
        b and "Sở Y tế" in b for _t, b, _s in got["Trần Thị Nhị Hà"])
    assert not any(b == "Báo Nhân Dân" for _t, b, _s in got["Trần Thị Nhị Hà"])


@pytest.mark.parametrize("text", [
    # no listing "có" after the body
    "Đại diện Sở Y tế cho biết sẽ kiểm tra. Giám đốc Nguyễn Văn Hùng chỉ đạo khẩn trương.",
    # the body opens no list: "có mặt"
    "Đại diện Sở Y tế có mặt tại hiện trường; Giám đốc Nguyễn Văn Hùng chỉ đạo khẩn trương.",
    # a body after "có" with no representing cue before it
    "Tỉnh Nghệ An có Bệnh viện Đa khoa tỉnh có Giám đốc Nguyễn Văn Hùng.",
])
def test_no_represented_body(pipeline, text):
    got = positions(pipeline, text)
    assert not any(b for _t, b, _s in got.get("Nguyễn Văn Hùng", set()) if b and "Sở Y tế" in b)
    assert not any(b == "Bệnh viện Đa khoa tỉnh" for _t, b, _s in got.get("Nguyễn Văn Hùng", set()))


def test_an_unmarked_foreign_name_represented(pipeline):
    # a foreign outlet the bodies component does not mark, between the cue and "có"
    text = ("Về đại diện Báo Thế giới và Việt Nam có Tổng Biên tập Nguyễn Trường Sơn. Đại diện phía The Colombo "
            "Times có Tổng Biên tập Mohammed Rasoodeen, Giám đốc điều hành Raees Rezwie.")
    got = positions(pipeline, text)
    assert got["Mohammed Rasoodeen"] == {("Tổng Biên tập", "The Colombo Times", "current")}
    assert got["Raees Rezwie"] == {("Giám đốc điều hành", "The Colombo Times", "current")}


@pytest.mark.parametrize("text", [
    "Về phía Việt Nam có Thứ trưởng Nguyễn Văn An và Vụ trưởng Lê Văn Bình.",  # a country, no body
    "Về phía ông Nguyễn Văn Cường có Thứ trưởng Nguyễn Văn An và Vụ trưởng Lê Văn Bình.",  # a person
])
def test_guard_a_place_or_a_person_is_no_represented_body(pipeline, text):
    got = positions(pipeline, text)
    assert got["Nguyễn Văn An"] == {("Thứ trưởng", None, "current")}
