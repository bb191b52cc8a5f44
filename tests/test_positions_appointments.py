"""Offices told by an appointment or a short name (constructed sentences, several variants each): "được bổ
nhiệm làm X" gives X to the person named before it; an office held over a period that ended before the
article's year is a former one; a body cut in the middle of a word gives no office; founding and honorary
chairs are titles; a company printed after a title without its head is the article's company of that name."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions
from conftest import positions as dated_positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Ba được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Nam Định.", "Nguyễn Văn Ba",
     ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "current")),
    ("Ông Trần Văn Tư sau đó được Quốc hội phê chuẩn bổ nhiệm làm bộ trưởng Bộ Tài chính nhiệm kỳ 2021 - 2026.",
     "Trần Văn Tư", ("Bộ trưởng", "Bộ Tài chính", "current")),
    ("Bà Lê Thị Hoa - chánh văn phòng Sở Y tế - được điều động và bổ nhiệm làm phó giám đốc Đài Phát thanh và "
     "Truyền hình Bình Định.", "Lê Thị Hoa", ("Phó Giám đốc", "Đài Phát thanh và Truyền hình Bình Định", "current")),
    ("Bà Đào Thị Hoa, người từng được bổ nhiệm là phó hiệu trưởng Trường đại học Kinh Bắc, bị thu hồi bằng.",
     "Đào Thị Hoa", ("Phó Hiệu trưởng", "Trường Đại học Kinh Bắc", "former")),
])
def test_an_office_one_is_appointed_to_is_the_persons(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Từ tháng 10-2017 đến tháng 9-2022, ông Đặng Văn Khôi được bổ nhiệm làm phó cục trưởng Cục Quản lý giá, có "
     "nhiệm vụ kiểm tra.", "Đặng Văn Khôi", ("Phó Cục trưởng", "Cục Quản lý giá", "former")),
    ("Giai đoạn 2010-2015, ông Nguyễn Văn Ba giữ chức Giám đốc Sở Tài chính tỉnh Nam Định.", "Nguyễn Văn Ba",
     ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "former")),
    ("Từ năm 2016 đến năm 2020, ông Nguyễn Văn Ba giữ chức Giám đốc Sở Tài chính tỉnh Nam Định.", "Nguyễn Văn Ba",
     ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "former")),
    ("Từ ngày 1/3/2019 đến ngày 5/6/2021, bà Lê Thị Hoa giữ chức vụ Phó Chủ tịch UBND tỉnh Nam Định.", "Lê Thị Hoa",
     ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", "former")),
])
def test_an_office_held_over_a_period_ended_before_the_article_is_former(pipeline, text, name, expected):
    assert expected in dated_positions(pipeline, text, dt.date(2025, 6, 1))[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Từ năm 2016 đến nay, ông Nguyễn Văn Ba giữ chức Giám đốc Sở Tài chính tỉnh Nam Định.", "Nguyễn Văn Ba",
     ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "current")),
    ("Từ năm 2020 đến năm 2025, ông Nguyễn Văn Ba giữ chức Giám đốc Sở Tài chính tỉnh Nam Định.", "Nguyễn Văn Ba",
     ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "current")),
    ("Giai đoạn 2016-2020, tỉnh đạt nhiều kết quả, ông Trần Văn Bốn, Chủ tịch UBND tỉnh Nam Định cho biết.",
     "Trần Văn Bốn", ("Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", "current")),
])
def test_a_period_still_running_or_no_holder_cue_leaves_the_office_current(pipeline, text, name, expected):
    assert expected in dated_positions(pipeline, text, dt.date(2025, 6, 1))[name]


@pytest.mark.parametrize("text", [
    "Từ ngày 3-8-2017, ông Phan Văn Anh được bổ nhiệm làm giám đốc Chi nhánh phân phối sản phẩm lọc dầu Nghi Sơn.",
    "Ông Phan Văn Anh, giám đốc Chi nhánh phân phối sản phẩm lọc dầu Nghi Sơn, cho biết.",
])
def test_a_body_cut_in_the_middle_of_a_word_gives_no_office(pipeline, text):
    assert not any(body is not None and body.endswith(" phân")
                   for ps in positions(pipeline, text).values() for _t, body, _s in ps)


def test_a_body_ending_at_a_word_end_still_counts(pipeline):
    assert ("Giám đốc", "Sở Tài chính", "current") in positions(
        pipeline, "Ông Lê Văn Ba, giám đốc Sở Tài chính cho biết.")["Lê Văn Ba"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bà Christine Lê, Chủ tịch sáng lập Hiệp hội Tài chính và Đầu tư Việt Nam tại Anh, phát biểu.", "Christine Lê",
     ("Chủ tịch sáng lập", "Hiệp hội Tài chính và Đầu tư Việt Nam tại Anh", "current")),
    ("Ông Trần Văn Ba, chủ tịch danh dự Hội Doanh nhân trẻ Việt Nam, cho biết.", "Trần Văn Ba",
     ("Chủ tịch danh dự", "Hội Doanh nhân trẻ Việt Nam", "current")),
])
def test_founding_and_honorary_chairs_are_titles(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Năm 2018, Công ty Xuyên Việt Oil ký hợp đồng. Bà Mai Thị Hạnh (giám đốc Xuyên Việt Oil) đã đưa hối lộ.",
     "Mai Thị Hạnh", ("Giám đốc", "Công ty Xuyên Việt Oil", "current")),
    ("Tổng công ty Sông Đà vừa họp. Ông Lê Văn Ba, tổng giám đốc Sông Đà, cho biết.", "Lê Văn Ba",
     ("Tổng Giám đốc", "Tổng công ty Sông Đà", "current")),
])
def test_a_company_printed_without_its_head_is_the_articles_company(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_short_name_no_company_of_the_article_ends_gives_no_body(pipeline):
    assert ("Tổng Giám đốc", None, "current") in positions(
        pipeline, "Ông Lê Văn Ba, tổng giám đốc Sông Đà, cho biết.")["Lê Văn Ba"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Vụ án xảy ra tại Trung tâm Công nghệ thông tin tài nguyên và môi trường thuộc Sở Tài nguyên. Bị cáo là Nguyễn "
     "Văn Linh (63 tuổi, nguyên giám đốc trung tâm). Theo cáo trạng, Trung tâm Công nghệ thông tin tài nguyên và môi "
     "trường tỉnh Thừa Thiên Huế được giao nhiệm vụ.", "Nguyễn Văn Linh",
     ("Giám đốc", "Trung tâm Công nghệ thông tin tài nguyên và môi trường tỉnh Thừa Thiên Huế", "former")),
    ("Sự việc xảy ra tại Bệnh viện Đa khoa khu vực miền núi phía Bắc. Ông Lê Văn Ba, giám đốc bệnh viện, cho biết. "
     "Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam đã báo cáo.", "Lê Văn Ba",
     ("Giám đốc", "Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam", "current")),
])
def test_a_bare_head_takes_the_full_name_printed_after_a_cut_printing(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_bare_head_keeps_the_body_printed_before_it_when_that_one_is_whole(pipeline):
    text = ("Ông Lê Văn Ba, giám đốc Sở Y tế tỉnh Nghệ An, dự họp. Ông Trần Văn Tư, phó giám đốc sở, cho biết. "
            "Sở Y tế tỉnh Nghệ An Mới là một tên khác.")
    got = positions(pipeline, text)["Trần Văn Tư"]
    assert ("Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", "current") in got
