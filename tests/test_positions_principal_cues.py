"""An office printed after "thừa ủy quyền (của)" (constructed sentences): it is the principal's on whose
authority the person named after the chain acts, not that person's, and "quyền" there is no acting status."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Trình bày Tờ trình, thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà cho "
     "biết, việc sắp xếp là cần thiết.", "Phạm Thị Thanh Trà", {("Bộ trưởng", "Bộ Nội vụ", "current")}),
    ("Thừa uỷ quyền Thủ tướng Chính phủ, Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trình bày Tờ trình.",
     "Nguyễn Văn Thắng", {("Bộ trưởng", "Bộ Tài chính", "current")}),
    ("Thừa ủy quyền của Thủ tướng, Phó thủ tướng thường trực Nguyễn Hòa Bình đã có báo cáo Quốc hội.",
     "Nguyễn Hòa Bình", {("Phó Thủ tướng Thường trực", "Chính phủ", "current")}),
    ("Theo ủy quyền của Chủ tịch UBND tỉnh, Giám đốc Sở Tài chính Lê Văn Hùng ký văn bản.",
     "Lê Văn Hùng", {("Giám đốc", "Sở Tài chính", "current")}),
])
def test_the_office_after_a_principal_cue_is_not_the_speakers(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


def test_an_acting_office_without_the_cue_stays_acting(pipeline):
    assert positions(pipeline, "Quyền Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trình bày Tờ trình.") == {
        "Nguyễn Văn Thắng": {("Bộ trưởng", "Bộ Tài chính", "acting")}}


def test_a_chain_without_the_cue_is_one_persons(pipeline):
    assert ("Ủy viên", "Bộ Chính trị", "current") in positions(
        pipeline, "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu.")["Phạm Minh Chính"]
