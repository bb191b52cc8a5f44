"""A district's department printed after its title without a place ("nguyên trưởng phòng Tài nguyên và Môi trường")
in an article whose local bodies name exactly one district is that district's department (constructed sentences);
two districts, none, or a body that is no district's department leave it as printed."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tòa xét xử ông Nguyễn Văn Bổng (nguyên chủ tịch UBND huyện Kỳ Anh) và ông Phạm Huy Tường (nguyên trưởng "
     "phòng Tài nguyên và Môi trường).",
     "Phạm Huy Tường", ("Trưởng phòng", "Phòng Tài nguyên và Môi trường huyện Kỳ Anh", "former")),
    ("UBND quận Tây Hồ vừa họp báo. Bà Lê Thị Hoa, Trưởng phòng Tư pháp, cho biết hồ sơ đã đủ.",
     "Lê Thị Hoa", ("Trưởng phòng", "Phòng Tư pháp quận Tây Hồ", "current")),
])
def test_a_department_of_the_articles_one_district(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    ("UBND quận Ba Đình và UBND quận Tây Hồ họp. Ông Lê Văn An, Trưởng phòng Tư pháp, cho biết.",
     "Lê Văn An", ("Trưởng phòng", "Phòng Tư pháp", "current")),
    ("Tại Hà Tĩnh, ông Lê Văn An, Trưởng phòng Tư pháp, cho biết.",
     "Lê Văn An", ("Trưởng phòng", "Phòng Tư pháp", "current")),
    ("UBND quận Tây Hồ vừa họp. Ông Lê Văn An, Trưởng phòng Cảnh sát hình sự, cho biết.",
     "Lê Văn An", None),
])
def test_guard_two_districts_none_or_another_body(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    if office is not None:
        assert got == {office}
    assert all("Tây Hồ" not in (b or "") for _t, b, _s in got)
