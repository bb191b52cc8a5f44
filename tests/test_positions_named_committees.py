"""A committee whose name opens with a level word is no local government (constructed sentences): "Ủy ban Xã
hội" (the National Assembly's social committee) is that committee, not "Ủy ban nhân dân xã Hội"; the short
"Ủy ban <level> <Place>" still names the people's committee of that place."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Chủ nhiệm Ủy ban Xã hội Nguyễn Thúy Anh cho hay dự luật có một số điểm mới.", "Nguyễn Thúy Anh",
     ("Chủ nhiệm", "Ủy ban Xã hội", "current")),
    ("Phó Chủ nhiệm Ủy ban Xã hội Đặng Thuần Phong phát biểu tại phiên họp.", "Đặng Thuần Phong",
     ("Phó Chủ nhiệm", "Ủy ban Xã hội", "current")),
    ("Chủ tịch Ủy ban xã Phước Thuận Nguyễn Văn Ba cho biết người dân đã đồng thuận.", "Nguyễn Văn Ba",
     ("Chủ tịch", "Ủy ban nhân dân xã Phước Thuận", "current")),
    ("Ông Nguyễn Văn Ba, Phó Chủ tịch Ủy ban phường 5, cho biết phường đã hoàn tất.", "Nguyễn Văn Ba",
     ("Phó Chủ tịch", "Ủy ban nhân dân phường 5", "current")),
    ("Chủ tịch Ủy ban tỉnh Lâm Đồng Trần Văn Hiệp cho biết tỉnh sẽ rà soát.", "Trần Văn Hiệp",
     ("Chủ tịch", "Ủy ban nhân dân tỉnh Lâm Đồng", "current")),
])
def test_a_short_people_committee_only_before_a_place(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert office in got
    assert not any(b and "nhân dân xã hội" in b.lower() for _t, b, _s in got)
