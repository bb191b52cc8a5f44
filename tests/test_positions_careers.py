"""Offices told in a career or by a title's own body word (constructed sentences, several variants each):
the head of a local police ("Trưởng Công an <place>") holds that place's police."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Lê Văn Ba từng giữ chức Trưởng Công an thành phố Phủ Lý.", "Lê Văn Ba",
     ("Trưởng Công an", "Công an thành phố Phủ Lý", "former")),
    ("Trước đó, ông Trần Văn Tư từng làm Trưởng công an thị xã Giá Rai và Phó giám đốc Công an tỉnh Bạc Liêu.",
     "Trần Văn Tư", ("Trưởng Công an", "Công an thị xã Giá Rai", "former")),
    ("Đại tá Lê Văn Ba, Trưởng Công an quận Hoàn Kiếm, cho biết vụ việc đang được điều tra.", "Lê Văn Ba",
     ("Trưởng Công an", "Công an quận Hoàn Kiếm", "current")),
    ("Trưởng Công an xã Tân Lập Nguyễn Văn Tư cho biết người dân đã báo tin.", "Nguyễn Văn Tư",
     ("Trưởng Công an", "Công an xã Tân Lập", "current")),
])
def test_the_head_of_a_local_police_holds_that_places_police(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]
