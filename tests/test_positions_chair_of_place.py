"""A chair or deputy chair printed before a place ("Phó Chủ tịch tỉnh Hòa Bình", "nguyên chủ tịch xã Kỳ
Phương") is an office of that place's People's Committee (Ủy ban nhân dân tỉnh Hòa Bình); a body printed
after the title keeps its own name. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bà Hà Thị Lan, Phó Chủ tịch tỉnh Hòa Bình, cho biết dự án đã hoàn thành.", "Hà Thị Lan",
     ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hòa Bình", "current")),
    ("Phó Chủ tịch tỉnh Điện Biên Lò Văn Tiến chia sẻ về kết quả của dự án.", "Lò Văn Tiến",
     ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên", "current")),
    ("Tòa xử Lê Quang Hà (nguyên phó chủ tịch xã Kỳ Long) và Lê Công Nhiên (nguyên chủ tịch xã Kỳ Phương) về tội "
     "cố ý làm trái.", "Lê Công Nhiên", ("Chủ tịch", "Ủy ban nhân dân xã Kỳ Phương", "former")),
    ("Tòa xử Lê Quang Hà (nguyên phó chủ tịch xã Kỳ Long) và Lê Công Nhiên (nguyên chủ tịch xã Kỳ Phương) về tội "
     "cố ý làm trái.", "Lê Quang Hà", ("Phó Chủ tịch", "Ủy ban nhân dân xã Kỳ Long", "former")),
    ("Ông Nguyễn Văn An, Chủ tịch huyện Tuần Giáo, cho biết sẽ hỗ trợ người dân.", "Nguyễn Văn An",
     ("Chủ tịch", "Ủy ban nhân dân huyện Tuần Giáo", "current")),
    ("Ông Trần Văn Ba, Phó Chủ tịch phường Hàng Bạc, cho biết đã xử lý xong.", "Trần Văn Ba",
     ("Phó Chủ tịch", "Ủy ban nhân dân phường Hàng Bạc", "current")),
    ("Ông Trần Văn Bốn, Phó Chủ tịch Thường trực tỉnh Nghệ An, cho biết sẽ kiểm tra.", "Trần Văn Bốn",
     ("Phó Chủ tịch Thường trực", "Ủy ban nhân dân tỉnh Nghệ An", "current")),
])
def test_a_chair_before_a_place_is_of_its_peoples_committee(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Năm, Chủ tịch Hội Nông dân tỉnh Nghệ An, cho biết sẽ hỗ trợ.", "Nguyễn Văn Năm",
     ("Chủ tịch", "Hội Nông dân tỉnh Nghệ An", "current")),
    ("Ông Nguyễn Văn Sáu, Chủ tịch HĐND tỉnh Nghệ An, cho biết kỳ họp sẽ khai mạc.", "Nguyễn Văn Sáu",
     ("Chủ tịch", "Hội đồng nhân dân tỉnh Nghệ An", "current")),
    ("Ông Nguyễn Văn Bảy, Chủ tịch UBND xã Kỳ Long, cho biết đã xử lý xong.", "Nguyễn Văn Bảy",
     ("Chủ tịch", "Ủy ban nhân dân xã Kỳ Long", "current")),
])
def test_a_body_printed_after_the_chair_keeps_its_name(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_chair_before_a_persons_name_takes_no_place_from_it(pipeline):
    got = positions(pipeline, "Ông Lê Văn Tám, Chủ tịch Hội đồng quản trị, cho biết công ty có lãi.")["Lê Văn Tám"]
    assert not any(b and b.startswith("Ủy ban nhân dân") for _t, b, _s in got)
