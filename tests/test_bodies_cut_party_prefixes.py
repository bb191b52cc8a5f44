"""Bodies: a party prefix printed with "Đảng" capitalized ("Ban Cán sự Đảng UBND TP") is not cut into a body of
its head words alone ("Ban Cán sự") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text", [
    "Danh sách sẽ trình Ban Cán sự Đảng UBND TP, trình Ban Thường vụ Thành ủy cho ý kiến.",
    "Ban Cán sự Đảng Bộ Ngoại giao họp để bàn về công tác cán bộ của Bộ Ngoại giao.",
    "Ban Cán sự đảng của tỉnh đã họp.",
])
def test_head_words_of_a_cut_prefix_name_no_body(text):
    assert all(n.casefold() != "ban cán sự" for n in extracted_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Ban Cán sự đảng Bộ Tài chính họp phiên thường kỳ.", "Ban cán sự đảng Bộ Tài chính"),
    ("Ban cán sự đảng UBND tỉnh Quảng Nam họp phiên thường kỳ.", "Ban cán sự đảng Ủy ban nhân dân tỉnh Quảng Nam"),
])
def test_the_whole_prefix_still_names_its_body(text, body):
    assert body in extracted_body_names(text)
