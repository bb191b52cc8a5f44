"""Chinese names in their Sino-Vietnamese reading (constructed sentences): in an article naming China, a
Chinese family name the Vietnamese list lacks ('Đổng', 'Miêu', 'Tưởng', 'Tần') opens a name after a title
or an honorific; the same words name no one in an article that does not name China, nor without a title
or an honorific before them."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name"), [
    ("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân bác đề xuất gặp mặt của Bộ trưởng Quốc phòng Mỹ.", "Đổng Quân"),
    ("Bắc Kinh đang điều tra ông Đổng Quân vì nghi ngờ tham nhũng.", "Đổng Quân"),
    ("Người phát ngôn Bộ Quốc phòng Trung Quốc xác nhận ông Miêu Hoa bị điều tra.", "Miêu Hoa"),
    ("Tại Đài Loan, ông Tưởng Vạn An được bầu làm thị trưởng Đài Bắc.", "Tưởng Vạn An"),
    ("Bắc Kinh cho biết ông Tần Cương không còn giữ chức Ngoại trưởng.", "Tần Cương"),
])
def test_a_chinese_family_name_opens_a_name_in_an_article_on_china(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_the_office_printed_before_the_name_is_kept(pipeline):
    got = positions(pipeline, "Bộ trưởng Quốc phòng Trung Quốc Đổng Quân bác đề xuất gặp mặt.")
    assert ("Bộ trưởng", "Bộ Quốc phòng Trung Quốc", "current") in got["Đổng Quân"]


@pytest.mark.parametrize("text", [
    "Ông Đổng Quân nói với báo chí tại Hà Nội.",  # no China in the article
    "Ông Miêu Hoa phát biểu tại hội nghị ở Đà Nẵng.",
    "Tại Trung Quốc, Đổng Quân là một địa danh được nhiều người biết.",  # no title or honorific before it
    "Đoàn Trung Quốc thăm Hàn Quốc, ông Thẩm phán cho biết.",  # a title, not a name
])
def test_no_chinese_name_without_china_or_an_introduction(pipeline, text):
    assert not {n for n in person_names(pipeline, text) if n.split()[0] in {"Đổng", "Miêu", "Thẩm"}}
