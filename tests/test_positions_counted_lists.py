"""A title printed once before the list of its holders (constructed sentences): "Cục X có 3 Phó Cục trưởng,
gồm: A; B và C", "bổ nhiệm giữ chức X đối với 3 cán bộ gồm: A, B và C"."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "title", "body", "names"), [
    ("Theo đó, Cục Cảnh sát giao thông có 3 Phó Cục trưởng, gồm: Đại tá Phạm Văn Lương (Phó Giám đốc Công an tỉnh "
     "Bắc Ninh); Đại tá Đỗ Thị Thu Hiền (Phó Giám đốc Công an tỉnh Hà Nam) và Thượng tá Nguyễn Đức Huyên.",
     "Phó Cục trưởng", "Cục Cảnh sát giao thông", ["Phạm Văn Lương", "Đỗ Thị Thu Hiền", "Nguyễn Đức Huyên"]),
    ("Sở Y tế tỉnh Nghệ An vừa có thêm hai Phó Giám đốc gồm ông Nguyễn Văn An, ông Trần Văn Bình.",
     "Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", ["Nguyễn Văn An", "Trần Văn Bình"]),
    ("Hội đồng nhân dân tỉnh bầu 3 Phó Chủ tịch UBND tỉnh Quảng Nam, gồm: ông Lê Văn Dũng, bà Trần Thị Hoa và ông Hồ Quang Bửu.",
     "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Nam", ["Lê Văn Dũng", "Trần Thị Hoa", "Hồ Quang Bửu"]),
    ("Bộ trưởng quyết định điều động, bổ nhiệm giữ chức phó cục trưởng Cục Cảnh sát giao thông đối với 3 cán bộ gồm: "
     "Đại tá Phạm Văn Lương (phó giám đốc Công an tỉnh Bắc Ninh), đại tá Đỗ Thị Thu Hiền và thượng tá Nguyễn Đức Huyên.",
     "Phó Cục trưởng", "Cục Cảnh sát giao thông", ["Phạm Văn Lương", "Đỗ Thị Thu Hiền", "Nguyễn Đức Huyên"]),
    ("Chủ tịch UBND tỉnh quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Tài chính đối với hai ông gồm Nguyễn Văn An và Trần Văn Bình.",
     "Phó Giám đốc", "Sở Tài chính", ["Nguyễn Văn An", "Trần Văn Bình"]),
])
def test_every_listed_holder_of_a_counted_title_holds_it(pipeline, text, title, body, names):
    got = positions(pipeline, text)
    for name in names:
        assert (title, body, "current") in got[name], name


def test_the_office_in_parentheses_stays_with_its_own_holder(pipeline):
    got = positions(pipeline, "Cục Cảnh sát giao thông có 2 Phó Cục trưởng, gồm: Đại tá Phạm Văn Lương (Phó Giám đốc "
                              "Công an tỉnh Bắc Ninh) và Đại tá Đỗ Thị Thu Hiền (Phó Giám đốc Công an tỉnh Hà Nam).")
    assert ("Phó Giám đốc", "Công an tỉnh Hà Nam", "current") not in got["Phạm Văn Lương"]
    assert ("Phó Giám đốc", "Công an tỉnh Bắc Ninh", "current") not in got["Đỗ Thị Thu Hiền"]


@pytest.mark.parametrize("text", [
    "Năm 2020 có 3 Phó Giám đốc nghỉ hưu, ông Nguyễn Văn An cho biết.",  # no intro word: not a list
    "Sở có 2 Phó Giám đốc gồm nhiều phòng ban, theo ông Nguyễn Văn An.",  # the intro opens no names
])
def test_a_count_without_a_list_of_names_gives_nobody_the_title(pipeline, text):
    got = positions(pipeline, text)
    assert all(t != "Phó Giám đốc" for t, _b, _s in got.get("Nguyễn Văn An", set()))
