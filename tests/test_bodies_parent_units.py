"""A unit printed right before the body it belongs to is named with it: departments of a ministry,
divisions of a provincial police, investigating agencies and inspectorates (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A là phó vụ trưởng Vụ Thị trường trong nước Bộ Công Thương.", "Vụ Thị trường trong nước Bộ Công Thương"),
    ("Bà B, vụ trưởng Vụ Pháp chế Bộ Tài chính, trình bày.", "Vụ Pháp chế Bộ Tài chính"),
    ("Chi cục Thuế Sở Tài chính tỉnh Nam Định báo cáo.", "Chi cục Thuế Sở Tài chính tỉnh Nam Định"),
])
def test_a_unit_takes_the_body_printed_after_it(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Thanh tra Sở Y tế TP.HCM vừa xử phạt.", "Thanh tra Sở Y tế Thành phố Hồ Chí Minh"),
    ("Thanh tra Bộ Xây dựng kết luận.", "Thanh tra Bộ Xây dựng"),
])
def test_inspectorates_are_named_with_their_body(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, body, inner", [
    ("Phòng Cảnh sát kinh tế Công an tỉnh Quảng Ninh phối hợp điều tra.",
     "Phòng Cảnh sát kinh tế Công an tỉnh Quảng Ninh", "Công an tỉnh Quảng Ninh"),
    ("Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam đã khởi tố vụ án.", "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam",
     "Công an tỉnh Hà Nam"),
    ("Ông gửi đơn đến Cơ quan điều tra Bộ Công an.", "Cơ quan điều tra Bộ Công an", "Bộ Công an"),
    ("Cơ quan An ninh điều tra Công an tỉnh Nghệ An thông báo.", "Cơ quan An ninh điều tra Công an tỉnh Nghệ An",
     "Công an tỉnh Nghệ An"),
])
def test_investigating_agencies_and_police_units_are_named_with_their_body_which_is_named_too(text, body, inner):
    assert body_names(text) == [body, inner]


@pytest.mark.parametrize("text, expected", [
    ("Cục Cảnh sát giao thông (Bộ Công an) cho biết.", ["Cục Cảnh sát giao thông", "Bộ Công an"]),
    ("Vụ Pháp chế, Bộ Tài chính và Bộ Tư pháp họp.", ["Vụ Pháp chế", "Bộ Tài chính", "Bộ Tư pháp"]),
    ("Thanh tra Chính phủ kết luận.", ["Thanh tra Chính phủ"]),
])
def test_a_body_set_apart_from_the_unit_stays_its_own(text, expected):
    assert body_names(text) == expected
