"""Bodies: ministries listed after one ministry without repeating "Bộ" are each a ministry ("Bộ trưởng Bộ Nội vụ, Tư
pháp, Công an tham gia"), each field ending its item (a separator, the clause's end or a lower-case word no level);
near misses: a ministry's field running on into a local body ("Bộ Công an, Công an tỉnh X") or a lower-case word
that goes on with it, no clause's opening ("Bộ X, Tài chính công là ..."), a ministry's own name holding a comma
("Bộ Lao động, Thương binh và Xã hội") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, ministries", [
    ("Bộ trưởng Bộ Nội vụ, Tư pháp, Công an cùng tham gia trả lời chất vấn.",
     ["Bộ Nội vụ", "Bộ Tư pháp", "Bộ Công an"]),
    ("Phó thủ tướng và Bộ trưởng Bộ Y tế, Tài chính đã giải trình thêm.", ["Bộ Y tế", "Bộ Tài chính"]),
    ("Dự thảo lấy ý kiến Bộ Ngoại giao, Quốc phòng (cơ quan phối hợp) trước khi trình.",
     ["Bộ Ngoại giao", "Bộ Quốc phòng"]),
    ("Lãnh đạo Bộ Y tế, Tài chính phối hợp kiểm tra kho thuốc.", ["Bộ Y tế", "Bộ Tài chính"]),
])
def test_ministries_listed_after_a_ministry_are_each_a_ministry(text, ministries):
    for found in (body_names(text), tagged_body_names(text)):
        assert [n for n in found if n.startswith("Bộ ")] == ministries


@pytest.mark.parametrize("text, names", [
    ("Cán bộ Bộ Công an, Công an tỉnh Hòa Bình cùng phá chuyên án.",
     ["Bộ Công an", "Công an tỉnh Hòa Bình"]),
    ("Đại diện Bộ Y tế, Công an TP Cần Thơ ngồi chung bàn họp.", ["Bộ Y tế", "Công an thành phố Cần Thơ"]),
    ("Bộ Lao động, Thương binh và Xã hội vừa ban hành hướng dẫn mới.",
     ["Bộ Lao động - Thương binh và Xã hội"]),
])
def test_no_ministry_from_a_field_running_into_another_name(text, names):
    assert body_names(text) == names


@pytest.mark.parametrize("text, ministry", [
    ("Theo Bộ Nội vụ, Tài chính công là khâu yếu nhất của xã.", "Bộ Nội vụ"),
    ("Ở Bộ Công Thương, Tài chính doanh nghiệp là mảng được chú ý.", "Bộ Công Thương"),
    ("Ông từng làm ở Bộ Y tế, Công an xã rồi về hưu.", "Bộ Y tế"),
])
def test_a_field_going_on_in_lower_case_is_no_listed_ministry(text, ministry):
    for found in (body_names(text), tagged_body_names(text)):
        assert [n for n in found if n.startswith("Bộ ")] == [ministry]
