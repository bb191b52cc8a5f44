"""A holder cue naming several offices, a few words, then "như" opens a list of one holder's offices
(constructed sentences): former after "đã"/"từng", current otherwise; a subject "ông"/"bà" stands for the
person named last before it."""

from __future__ import annotations

import pytest

from conftest import positions


def test_a_current_list_after_a_pronoun_subject(pipeline):
    held = positions(pipeline, "Ông Huỳnh Văn Lộc giữ chức vụ viện trưởng Viện Y dược học dân tộc TP.HCM từ năm 2015. "
                               "Ngoài ra ông còn đảm nhận các chức vụ như phó chủ tịch, chủ tịch Hội Đông y TP.HCM.")
    assert {(t, s) for t, b, s in held["Huỳnh Văn Lộc"] if b and "Đông y" in b} == {
        ("Phó Chủ tịch", "current"), ("Chủ tịch", "current")}


@pytest.mark.parametrize("text", [
    "Ông Trần Văn An sinh năm 1960. Ông đã giữ nhiều vị trí lãnh đạo quan trọng của Đảng và nhà nước, như "
    "Giám đốc Sở Tư pháp tỉnh Nam Định.",
    "Bà Lê Thị Hoa từng giữ các chức vụ quan trọng, như giám đốc Sở Tư pháp tỉnh Nam Định.",
])
def test_a_past_list_is_former(pipeline, text):
    held = next(iter(positions(pipeline, text).values()))
    assert ("Giám đốc", "Sở Tư pháp tỉnh Nam Định", "former") in held


def test_no_cue_no_list(pipeline):
    held = positions(pipeline, "Ông Trần Văn An phát biểu. Ngoài ra ông còn nói về các vấn đề như giám đốc Sở Tư pháp "
                               "tỉnh Nam Định đã nêu.")
    assert not any(b and "Tư pháp" in b for _t, b, _s in held.get("Trần Văn An", set()))


def test_a_term_is_no_part_of_the_body(pipeline):
    held = positions(pipeline, "Ông Trần Văn An đã giữ nhiều chức vụ, như ủy viên Ban Chấp hành Trung ương Đảng khóa X, "
                               "XI, XII.")
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng", "former") in held["Trần Văn An"]
