"""A bracketed acronym or country printed between a title's body and the holder's name (constructed sentences):
"Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) A", "Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) B": the name after
the bracket is the holder, with the office. A bracket holding anything else, or no capitalized word after it,
leads to no name."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) Marta Kovalenko cho biết lạm phát đã giảm.", "Marta Kovalenko",
     ("Tổng Giám đốc", "Quỹ Tiền tệ Quốc tế", "current")),
    ("Hôm qua, Tổng Thư ký Liên hợp quốc (LHQ) Oskar Brandvold kêu gọi các bên kiềm chế.", "Oskar Brandvold",
     ("Tổng Thư ký", "Liên hợp quốc", "current")),
    ("Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) Lương Thị Hòa Mai phát biểu tại hội nghị.",
     "Lương Thị Hòa Mai", ("Chủ tịch", "Ủy ban Chứng khoán Nhà nước", "current")),
    ("Theo Tổng Giám đốc Cơ quan Năng lượng Nguyên tử Quốc tế (IAEA) Pedro Villanueva, đoàn thanh sát sẽ tới.",
     "Pedro Villanueva", ("Tổng Giám đốc", "Cơ quan Năng lượng Nguyên tử Quốc tế", "current")),
])
def test_the_name_after_a_bracketed_acronym_holds_the_office(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "absent"), [
    # a body printed after the acronym, no name
    ("Trưởng Phòng Cảnh sát giao thông (CSGT) Công an tỉnh Hà Nam cho biết đã xử lý vụ việc.", "Công an"),
    # a bracket holding words, not an acronym or a place: the capitalized word after it is no holder
    ("Tổng Giám đốc Quỹ Tiền tệ Quốc tế (theo tin mới nhất) Hà Nội sẽ đón đoàn.", "Hà Nội"),
    # no space and a lower-case word after the bracket
    ("Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) cho biết tăng trưởng sẽ chậm lại.", "IMF"),
])
def test_no_name_is_read_past_other_brackets(pipeline, text, absent):
    assert not any(absent in n for n in person_names(pipeline, text))
