"""A career told as dated appointments after a pronoun ("Tháng 6-2016, ông được bầu làm X. Tháng 12-2019, ông
được bổ nhiệm giữ chức Y."): each office is the person's, the ones a later dated appointment superseded are
former, and so is one taken long before the article. Constructed sentences, published 2025-06-01."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thứ trưởng Bộ Y tế Lê Văn Tâm vừa được bổ nhiệm lại. Tháng 6-2016, ông được Ban Chấp hành Đảng bộ tỉnh Hưng "
     "Yên bầu làm phó bí thư thường trực Tỉnh ủy Hưng Yên. Tháng 12-2019, ông được bổ nhiệm giữ chức thứ trưởng Bộ Y tế.",
     "Lê Văn Tâm", {("Thứ trưởng", "Bộ Y tế", "current"), ("Phó Bí thư Thường trực", "Tỉnh ủy Hưng Yên", "former")}),
    ("Thiếu tướng Trần Đức Hòa giữ chức Giám đốc Công an tỉnh Đồng Nai. Đến ngày 24/11/2023, ông được Bộ trưởng Bộ "
     "Công an điều động, bổ nhiệm giữ chức Giám đốc Công an tỉnh Quảng Trị. Đầu năm 2025, ông tiếp tục được điều động "
     "giữ chức Giám đốc Công an tỉnh Đồng Nai.", "Trần Đức Hòa",
     {("Giám đốc", "Công an tỉnh Đồng Nai", "current"), ("Giám đốc", "Công an tỉnh Quảng Trị", "former")}),
    ("Ông Phạm Văn Bình là Bí thư Tỉnh ủy Nam Định. Năm 2015, ông được bầu giữ chức Chủ tịch UBND tỉnh Thái Bình, sau "
     "đó được điều động giữ chức Phó Bí thư Tỉnh ủy Thái Bình. Tháng 3/2020, ông được điều động giữ chức Bí thư Tỉnh "
     "ủy Nam Định.", "Phạm Văn Bình",
     {("Bí thư", "Tỉnh ủy Nam Định", "current"), ("Chủ tịch", "Ủy ban nhân dân tỉnh Thái Bình", "former"),
      ("Phó Bí thư", "Tỉnh ủy Thái Bình", "former")}),
])
def test_an_appointment_superseded_by_a_later_dated_one_is_former(pipeline, text, name, expected):
    assert expected <= positions(pipeline, text, dt.date(2025, 6, 1))[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # one dated appointment, recent: still held
    ("Đại tá Lê Thị Hoa là cán bộ công an lâu năm. Tháng 1/2020, bà được bổ nhiệm làm Phó Giám đốc Công an tỉnh Hà "
     "Nam.", "Lê Thị Hoa", ("Phó Giám đốc", "Công an tỉnh Hà Nam", "current")),
    # one dated appointment decades before the article: no longer held
    ("Trung tướng Khuất Văn Tiến đã từ trần. Đến tháng 2-1978, ông được bổ nhiệm làm phó sư đoàn trưởng Sư đoàn 320.",
     "Khuất Văn Tiến", ("Phó Sư đoàn trưởng", "Sư đoàn 320", "former")),
])
def test_a_single_dated_appointment_is_held_unless_long_ago(pipeline, text, name, expected):
    assert expected in positions(pipeline, text, dt.date(2025, 6, 1))[name]


def test_a_sentence_not_opened_by_a_date_gives_a_pronoun_no_office(pipeline):
    text = "Ông Lê Văn Ba dự họp. Sau khi nghe báo cáo, ông được giao giữ chức Trưởng ban Ban Chỉ đạo tỉnh Nghệ An."
    assert not positions(pipeline, text, dt.date(2025, 6, 1))["Lê Văn Ba"]
