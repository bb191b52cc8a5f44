"""Bodies: three-syllable words of a name that the tagger reads as verbs stay in the name ("Thị trường bất động
sản", "Cục Điều tra chống buôn lậu"); a speech verb after the name ends it ("nhận định") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A, Phó cục trưởng Cục Quản lý nhà và Thị trường bất động sản nhận định thị trường đã ổn định.",
     "Cục Quản lý nhà và Thị trường bất động sản"),
    ("Đại diện Cục Quản lý nhà và Thị trường bất động sản, Bộ Xây dựng cho biết nguồn cung tăng.",
     "Cục Quản lý nhà và Thị trường bất động sản"),
    ("Nhiều đơn đã được gửi đến Bộ Công Thương, Cục Điều tra chống buôn lậu... tố giác ông S.",
     "Cục Điều tra chống buôn lậu"),
    ("Cục Điều tra chống buôn lậu (Tổng cục Hải quan) đã khởi tố vụ án.", "Cục Điều tra chống buôn lậu"),
])
def test_a_name_word_read_as_a_verb_stays_in_the_name(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, cut", [
    ("Ông B, Cục trưởng Cục Quản lý nhà và Thị trường bất động sản nhận định thị trường đã ổn định.",
     "Cục Quản lý nhà và Thị trường bất động sản nhận"),
    ("Viện Nghiên cứu Kinh tế nhận định tăng trưởng sẽ chậm lại.", "Viện Nghiên cứu Kinh tế nhận"),
])
def test_a_speech_verb_after_the_name_is_not_taken(text, cut):
    assert all(not n.startswith(cut) for n in extracted_body_names(text))
