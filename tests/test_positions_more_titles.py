"""Offices not in the title vocabulary before: a foreign state minister ('Quốc vụ khanh'), a senior minister
('Bộ trưởng cấp cao'), a chief accountant ('Kế toán trưởng'), the head and deputy of a station ('Trạm trưởng',
'Trạm phó'). Each counts only with its body after it: printed alone it names no office. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thủ tướng tiếp Quốc vụ khanh Bộ Ngoại giao UAE Ahmed Sayegh tại Hà Nội.", "Ahmed Sayegh",
     ("Quốc vụ khanh", "Bộ Ngoại giao UAE", "current")),
    ("Quốc vụ khanh Bộ Ngoại giao Anh Catherine West thăm Hà Nội.", "Catherine West",
     ("Quốc vụ khanh", "Bộ Ngoại giao Anh", "current")),
    ("Ông Lý Hiển Long, Bộ trưởng cấp cao Chính phủ Singapore, phát biểu tại đại hội.", "Lý Hiển Long",
     ("Bộ trưởng cấp cao", "Chính phủ Singapore", "current")),
    ("Bà Lê Thị Mai, Kế toán trưởng Công ty TNHH Minh Phát, bị khởi tố.", "Lê Thị Mai",
     ("Kế toán trưởng", "Công ty TNHH Minh Phát", "current")),
    ("Bà Nguyễn Thị Lan, nguyên kế toán trưởng Trung tâm Công nghệ thông tin tỉnh Nghệ An, bị truy tố.",
     "Nguyễn Thị Lan", ("Kế toán trưởng", "Trung tâm Công nghệ thông tin tỉnh Nghệ An", "former")),
])
def test_a_title_new_to_the_vocabulary_with_its_body(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    ("Bà Lê Thị Mai (kế toán trưởng) bị khởi tố.", "Lê Thị Mai"),
    ("Ông Ahmed Sayegh, Quốc vụ khanh, phát biểu tại hội nghị.", "Ahmed Sayegh"),
    ("Ông Trần Văn Hùng, trạm phó, cho biết sẽ kiểm tra lại.", "Trần Văn Hùng"),
])
def test_such_a_title_alone_names_no_office(pipeline, text, name):
    assert positions(pipeline, text)[name] == set()
