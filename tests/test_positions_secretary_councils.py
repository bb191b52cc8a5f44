"""A party secretary's title printed without its committee right before an office of a local government
("Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh Nghệ An") is of that place's party committee (Tỉnh ủy Nghệ An),
not of the council or the people's committee; a commune's is its Đảng ủy. Other titles still share the next
body. Constructed texts."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tham dự có ông Hoàng Nghĩa Hiếu, Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh Nghệ An.", "Hoàng Nghĩa Hiếu",
     {("Phó Bí thư Thường trực", "Tỉnh ủy Nghệ An"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An")}),
    ("Về phía tỉnh Nghệ An có các đồng chí: Hoàng Nghĩa Hiếu, Phó Bí thư Thường trực, Chủ tịch Hội đồng nhân dân "
     "tỉnh; Lê Hồng Vinh, Chủ tịch Ủy ban nhân dân tỉnh.", "Hoàng Nghĩa Hiếu",
     {("Phó Bí thư Thường trực", "Tỉnh ủy Nghệ An"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An")}),
    ("Ông Trần Văn Nam, Phó Bí thư, Chủ tịch UBND huyện Tây Sơn phát biểu.", "Trần Văn Nam",
     {("Phó Bí thư", "Huyện ủy Tây Sơn"), ("Chủ tịch", "Ủy ban nhân dân huyện Tây Sơn")}),
    ("Ông Lê Văn Ba, Bí thư, Chủ tịch UBND xã Tân Thành phát biểu.", "Lê Văn Ba",
     {("Bí thư", "Đảng ủy xã Tân Thành"), ("Chủ tịch", "Ủy ban nhân dân xã Tân Thành")}),
    ("Ông Nguyễn Văn Được, Phó Bí thư Thường trực, Chủ tịch HĐND TP.HCM phát biểu.", "Nguyễn Văn Được",
     {("Phó Bí thư Thường trực", "Thành ủy Thành phố Hồ Chí Minh"),
      ("Chủ tịch", "Hội đồng nhân dân Thành phố Hồ Chí Minh")}),
])
def test_secretary_before_local_government(pipeline, text, name, expected):
    got = {(t, b) for t, b, s in positions(pipeline, text)[name] if s == "current"}
    assert expected <= got


def test_committee_printed_keeps_its_own(pipeline):
    got = positions(pipeline, "Ông Phan Văn Mãi, Phó Bí thư Thành ủy, Chủ tịch UBND Thành phố Hồ Chí Minh phát biểu.")
    assert ("Phó Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "current") in got["Phan Văn Mãi"]


def test_other_titles_still_share_the_next_body(pipeline):
    got = positions(pipeline, "Ông Trần Văn Tư, Phó Chủ tịch Thường trực, Chủ tịch Công đoàn Tổng công ty Sông Đà "
                              "phát biểu.")
    assert not any(b and b.startswith(("Tỉnh ủy", "Đảng ủy")) for _t, b, _s in got["Trần Văn Tư"])
