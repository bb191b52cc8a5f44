"""Bodies: a news agency named as a sentence's source ("Theo TTXVN, đoàn đại biểu ...") is a mention; a photo
credit or a source tag is not (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text", [
    "Chuyến thăm diễn ra theo lời mời. Theo TTXVN, đoàn đại biểu tháp tùng gồm nhiều bộ trưởng.",
    "Theo Thông tấn xã Việt Nam, hội nghị sẽ diễn ra trong hai ngày.",
    "Triển khai sáp nhập, sắp xếp  Theo TTXVN, Bộ trưởng cho biết sẽ tổ chức hội nghị.",
])
def test_an_agency_opening_a_sentence_as_its_source_is_named(text):
    assert "Thông tấn xã Việt Nam" in names(text)


@pytest.mark.parametrize("text", [
    "Thủ tướng phát biểu tại hội nghị. Ảnh: Thống Nhất/TTXVN Hội nghị diễn ra trong hai ngày.",
    "Hội nghị kết thúc tốt đẹp (theo TTXVN).",
    "Hội nghị kết thúc tốt đẹp. Theo TTXVN",
])
def test_a_credit_or_a_source_tag_names_no_agency(text):
    assert "Thông tấn xã Việt Nam" not in names(text)
