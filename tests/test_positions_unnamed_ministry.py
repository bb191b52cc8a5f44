"""A minister printed bare before a name ("Bộ trưởng Nguyễn Kim Sơn") holds the ministry the article prints with
the same title and no name after it ("Bộ trưởng Bộ Giáo dục và Đào tạo đưa ra"), when that is the one such
ministry no one else holds (constructed sentences, several variants)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chủ trương không cấm dạy thêm vừa được Bộ trưởng Bộ Giáo dục và Đào tạo đưa ra. "
     "Bộ trưởng Nguyễn Kim Sơn nêu rõ đang chủ trương không cấm.", "Nguyễn Kim Sơn",
     ("Bộ trưởng", "Bộ Giáo dục và Đào tạo", "current")),
    # another minister named with his own ministry leaves the unnamed one
    ("Bộ trưởng Bộ Y tế Đào Hồng Lan trả lời trước. Nhóm vấn đề sau thuộc trách nhiệm của Bộ trưởng Bộ Tài chính. "
     "Theo Bộ trưởng Hồ Đức Phớc, ngân sách bảo đảm.", "Hồ Đức Phớc", ("Bộ trưởng", "Bộ Tài chính", "current")),
    ("Thứ trưởng Bộ Ngoại giao cho biết đoàn sẽ sang thăm. Thứ trưởng Nguyễn Minh Vũ nói thêm về lịch trình.",
     "Nguyễn Minh Vũ", ("Thứ trưởng", "Bộ Ngoại giao", "current")),
])
def test_a_bare_minister_takes_the_ministry_printed_without_a_holder(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    # the one ministry printed with the title is another person's
    "Bộ trưởng Bộ Y tế Đào Hồng Lan phát biểu. Bộ trưởng Nguyễn Kim Sơn nêu rõ như vậy.",
    "Bộ trưởng Bộ Y tế, bà Đào Hồng Lan phát biểu. Bộ trưởng Nguyễn Kim Sơn nêu rõ như vậy.",
    # two ministries printed without a holder
    "Bộ trưởng Bộ Y tế và Bộ trưởng Bộ Tài chính cùng dự họp. Bộ trưởng Nguyễn Kim Sơn nêu rõ như vậy.",
    # a former minister's office, or another title's
    "Nguyên Bộ trưởng Bộ Y tế cũng dự họp. Bộ trưởng Nguyễn Kim Sơn nêu rõ như vậy.",
    "Thứ trưởng Bộ Y tế cũng dự họp. Bộ trưởng Nguyễn Kim Sơn nêu rõ như vậy.",
])
def test_no_ministry_when_the_unnamed_one_is_not_his(pipeline, text):
    assert positions(pipeline, text)["Nguyễn Kim Sơn"] == {("Bộ trưởng", None, "current")}


def test_a_foreign_minister_takes_no_unnamed_ministry(pipeline):
    text = "Bộ trưởng Bộ Ngoại giao sẽ tiếp đoàn. Bộ trưởng Lloyd Austin phát biểu tại hội nghị."
    assert all(b is None for _t, b, _s in positions(pipeline, text).get("Lloyd Austin", set()))
