"""A minister or deputy minister printed without a ministry ("Bộ trưởng Phạm Thị Thanh Trà", "Thứ trưởng Nguyễn
Văn Sinh") in an article about one ministry holds that ministry (constructed sentences, several variants)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bộ Nội vụ cho biết thông tin là sai. Bộ Nội vụ đã báo cáo Chính phủ. Bộ Công an vào cuộc. "
     "Theo Bộ trưởng Phạm Thị Thanh Trà, Bộ Nội vụ đang lấy ý kiến.", "Phạm Thị Thanh Trà",
     ("Bộ trưởng", "Bộ Nội vụ", "current")),
    ("Ngày 8/10, Bộ Xây dựng đã có đoàn công tác kiểm tra các dự án. Bộ Xây dựng đánh giá tiến độ còn chậm. "
     "Thứ trưởng Nguyễn Văn Sinh đề nghị thành phố lập tổ công tác. Bộ Xây dựng sẽ cùng UBND thành phố theo dõi.",
     "Nguyễn Văn Sinh", ("Thứ trưởng", "Bộ Xây dựng", "current")),
    ("Bộ Y tế vừa tổ chức hội nghị. Theo Bộ Y tế, số ca bệnh giảm. Bộ Tài chính bố trí kinh phí. "
     "Bộ Y tế đề nghị các địa phương chủ động. Thứ trưởng Thường trực Lê Văn Tuấn chủ trì hội nghị.",
     "Lê Văn Tuấn", ("Thứ trưởng Thường trực", "Bộ Y tế", "current")),
])
def test_a_bare_minister_holds_the_ministry_the_article_is_about(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    # the ministry printed twice only
    "Bộ Nội vụ cho biết thông tin là sai. Bộ Nội vụ đã báo cáo. Theo Bộ trưởng Phạm Thị Thanh Trà, cần bình tĩnh.",
    # two ministries printed about as often
    "Bộ Nội vụ cho biết. Bộ Nội vụ đã báo cáo. Bộ Nội vụ đề nghị. Bộ Công an vào cuộc. Bộ Công an cho biết. "
    "Theo Bộ trưởng Phạm Thị Thanh Trà, cần bình tĩnh.",
])
def test_no_ministry_without_one_the_article_is_about(pipeline, text):
    assert positions(pipeline, text)["Phạm Thị Thanh Trà"] == {("Bộ trưởng", None, "current")}


def test_a_foreign_minister_takes_no_vietnamese_ministry(pipeline):
    text = "Bộ Y tế họp. Bộ Y tế cho biết. Bộ Y tế đề nghị. Bộ trưởng Lloyd Austin phát biểu tại hội nghị."
    assert all(b is None for _t, b, _s in positions(pipeline, text).get("Lloyd Austin", set()))


def test_a_ministry_printed_with_the_title_stays(pipeline):
    text = ("Bộ Y tế họp. Bộ Y tế cho biết. Bộ Y tế đề nghị. Thứ trưởng Bộ Tài chính Trần Văn Hiếu cho biết "
            "kinh phí đã được bố trí.")
    assert ("Thứ trưởng", "Bộ Tài chính", "current") in positions(pipeline, text)["Trần Văn Hiếu"]
