"""A prison or a police station printed with its own capitalized name is a body (constructed sentences).

"Trại giam X", "Đồn Công an X" (data/body_patterns.tsv, proper_head rows): named as printed, the ministry or the
provincial police after it a body of its own. Near-misses: the same words in lower case with no name.
"""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Phạm nhân Đoàn Văn Lực đang chấp hành án tại Trại giam Phước Hòa từ đầu năm.", "Trại giam Phước Hòa"),
    ("Đại tá Vi Thanh Sơn, giám thị Trại giam Nam Sơn, trao giấy chứng nhận cho các phạm nhân.", "Trại giam Nam Sơn"),
    ("Hồ sơ xin đặc xá của bà Vũ Thị Nga nằm ở Trại giam Hoàng Mai hơn một tháng.", "Trại giam Hoàng Mai"),
    ("Đồn Công an Tân Lập phối hợp dân quân khóa chốt suốt đêm qua.", "Đồn Công an Tân Lập"),
    ("Người bị nạn được đưa về Đồn Công an Hòa Mạc để lấy lời khai.", "Đồn Công an Hòa Mạc"),
])
def test_a_named_prison_or_station_is_a_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Ông Lê Văn Hà được đưa về trại giam cũ sau phiên xử, bà Đỗ Thị Minh kể.",
    "Nhiều người dân đến đồn công an trình báo mất xe máy.",
])
def test_a_prison_or_station_with_no_name_is_no_body(text):
    assert not [n for n in extracted_body_names(text) if n.lower().startswith(("trại giam", "đồn công an"))]
