"""Positions: a place printed after a capitalized word that opens a line (after a heading with no full
stop) is the article's province, not the tail of a longer proper name. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text", [
    "Hội nghị triển khai nhiệm vụ năm 2025\nTại Nghệ An, Chủ tịch UBND tỉnh Nguyễn Đức Trung phát biểu chỉ đạo.",
    "Hội nghị triển khai nhiệm vụ năm 2025.\nTại Nghệ An, Chủ tịch UBND tỉnh Nguyễn Đức Trung phát biểu chỉ đạo.",
    "Sáng nay, tại Nghệ An, Chủ tịch UBND tỉnh Nguyễn Đức Trung phát biểu chỉ đạo.",
    "Triển khai nhiệm vụ trọng tâm\n  Ở Nghệ An, Chủ tịch UBND tỉnh Nguyễn Đức Trung phát biểu chỉ đạo.",
])
def test_a_place_after_a_line_opening_word_is_the_province(pipeline, text):
    assert positions(pipeline, text)["Nguyễn Đức Trung"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")}


def test_a_place_inside_a_longer_name_mid_sentence_is_still_no_province(pipeline):
    text = "Ông Trần Văn Bình, Chủ tịch UBND phường Hiệp Bình Phước, cho biết như vậy."
    assert ("Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước", "current") not in positions(pipeline, text)["Trần Văn Bình"]
