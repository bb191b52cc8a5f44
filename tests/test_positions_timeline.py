"""The career lines of a biography ("Tóm tắt tiểu sử", "Tiểu sử ông A"): a line opened by a period or a point
of time and a colon gives the biography's subject every office printed in it, former for a period that ended,
current for one "đến nay", for a term still running or for the last point of the career; a second biography
in the article gives its own subject its own lines. Constructed texts, published 2025-06-01."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions

DAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(("text", "name", "expected"), [
    # an obituary's lines: "Tháng m/yyyy đến tháng m/yyyy: Đồng chí làm X, Y; Z"
    ("TÓM TẮT TIỂU SỬ ĐỒNG CHÍ NGUYỄN VĂN KHÁNH\nĐồng chí Nguyễn Văn Khánh, sinh năm 1940, quê tỉnh Nam Định.\n"
     "Tháng 02/1965 đến tháng 9/1970: Đồng chí làm Phó Giám đốc Sở Tài chính tỉnh Nam Định.\n"
     "Tháng 10/1970 đến tháng 8/1980: Đồng chí làm Giám đốc Sở Tài chính tỉnh Nam Định, Ủy viên Ban Chấp hành "
     "Đảng bộ tỉnh Nam Định; Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định.\n",
     "Nguyễn Văn Khánh",
     {("Phó Giám đốc", "Sở Tài chính tỉnh Nam Định", "former"), ("Giám đốc", "Sở Tài chính tỉnh Nam Định", "former"),
      ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định", "former")}),
    # a new appointee's profile: bullets, dashes, "Từ ... đến ...", "đến nay", "Năm yyyy: được bầu làm"
    ("Tiểu sử ông Trần Minh Đức\nÔng Trần Minh Đức sinh năm 1972, quê tỉnh Hà Tĩnh.\n"
     "- 8/2005 - 3/2010: Phó Giám đốc Sở Xây dựng tỉnh Hà Tĩnh\n"
     "- Từ tháng 4/2010 đến tháng 5/2015: Giám đốc Sở Xây dựng tỉnh Hà Tĩnh\n"
     "- Từ tháng 6/2015 đến nay: Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh kiêm Giám đốc Sở Giao thông vận tải tỉnh "
     "Hà Tĩnh\n",
     "Trần Minh Đức",
     {("Phó Giám đốc", "Sở Xây dựng tỉnh Hà Tĩnh", "former"), ("Giám đốc", "Sở Xây dựng tỉnh Hà Tĩnh", "former"),
      ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", "current"),
      ("Giám đốc", "Sở Giao thông vận tải tỉnh Hà Tĩnh", "current")}),
    # years only, a term still running, and a last point of time
    ("Tiểu sử bà Lê Thị Hồng Vân\nBà Lê Thị Hồng Vân sinh năm 1975.\n"
     "2010 - 2015: Phó Giám đốc Sở Y tế tỉnh Nghệ An\n"
     "2021 - 2026: Giám đốc Sở Y tế tỉnh Nghệ An\n",
     "Lê Thị Hồng Vân",
     {("Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", "former"), ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}),
    ("Ông Hoàng Văn Nam (sinh năm 1970) được bầu giữ chức mới.\nNăm 2016: Phó Giám đốc Sở Công Thương tỉnh Thanh Hóa.\n"
     "Năm 2021: được bầu làm Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa.\n",
     "Hoàng Văn Nam",
     {("Phó Giám đốc", "Sở Công Thương tỉnh Thanh Hóa", "former"),
      ("Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa", "current")}),
])
def test_career_lines_give_the_subject_each_office(pipeline, text, name, expected):
    got = positions(pipeline, text, DAY)[name]
    assert expected <= got


def test_a_second_biography_gets_its_own_lines(pipeline):
    text = ("Tiểu sử ông Phan Văn Hải\nÔng Phan Văn Hải sinh năm 1970.\n"
            "2010 - 2015: Giám đốc Sở Tài chính tỉnh Quảng Nam\n2015 - 2020: Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam\n"
            "Tiểu sử ông Đỗ Quang Minh\nÔng Đỗ Quang Minh sinh năm 1974.\n"
            "2012 - 2016: Giám đốc Sở Y tế tỉnh Bình Định\n2016 - 2021: Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định\n")
    got = positions(pipeline, text, DAY)
    assert ("Giám đốc", "Sở Tài chính tỉnh Quảng Nam", "former") in got["Phan Văn Hải"]
    assert ("Giám đốc", "Sở Y tế tỉnh Bình Định", "former") in got["Đỗ Quang Minh"]
    assert not any(b and "Bình Định" in b for _t, b, _s in got["Phan Văn Hải"])
    assert not any(b and "Quảng Nam" in b for _t, b, _s in got["Đỗ Quang Minh"])


def test_a_bare_head_takes_the_name_the_line_printed_before(pipeline):
    text = ("Tiểu sử ông Vũ Đình Lâm\nÔng Vũ Đình Lâm sinh năm 1950.\n"
            "Tháng 8/1979 đến tháng 01/1987: Đồng chí làm Tổng cục trưởng Tổng cục Địa chất, Bí thư Ban cán sự đảng "
            "Tổng cục.\nTháng 02/1987 đến tháng 8/1992: Đồng chí làm Phó Cục trưởng Cục Bản đồ địa chất.\n")
    got = positions(pipeline, text, DAY)["Vũ Đình Lâm"]
    assert ("Bí thư", "Ban cán sự đảng Tổng cục Địa chất", "former") in got


_CAREER = ("Tiểu sử ông Hà Văn Tùng\nÔng Hà Văn Tùng sinh năm 1952.\nTháng 3/1990 đến tháng 6/1996: Thứ trưởng Bộ "
           "Thủy sản.\nTháng 7/1996 đến tháng 5/2002: ")


@pytest.mark.parametrize("line, office", [
    ("Bộ trưởng Bộ Thủy sản, Bí thư Đảng ủy Bộ.", ("Bí thư", "Đảng ủy Bộ Thủy sản")),
    ("Thứ trưởng Bộ Thủy sản; Chủ tịch Công đoàn Bộ.", ("Chủ tịch", "Công đoàn Bộ Thủy sản")),
    ("Phó Tổng cục trưởng Tổng cục Thủy lợi, Phó Bí thư Ban cán sự đảng Tổng cục.",
     ("Phó Bí thư", "Ban cán sự đảng Tổng cục Thủy lợi")),
    ("Tổng cục trưởng Tổng cục Lâm nghiệp; Bí thư Đảng ủy Tổng cục.", ("Bí thư", "Đảng ủy Tổng cục Lâm nghiệp")),
])
def test_a_bare_head_the_bodies_fill_in_from_the_line_is_no_misread(pipeline, line, office):
    # the bodies name "Đảng ủy Bộ" with the ministry printed before it: longer than printed, yet the career line
    # names that ministry in full before it, so the office stands
    got = positions(pipeline, _CAREER + line + "\n", DAY)["Hà Văn Tùng"]
    assert (*office, "former") in got


def test_a_bare_head_filled_in_from_another_line_is_a_misread(pipeline):
    # the ministry printed on an earlier line only: the body read longer than the line prints it is no office's
    got = positions(pipeline, _CAREER + "Phó Bí thư Đảng ủy Bộ, Vụ trưởng Vụ Kế hoạch.\n", DAY)["Hà Văn Tùng"]
    assert not any(b and b.startswith("Đảng ủy Bộ") for _t, b, _s in got)
    assert ("Vụ trưởng", "Vụ Kế hoạch", "former") in got


@pytest.mark.parametrize("text", [
    # one dated line is no biography
    "Ông Lê Văn Sơn dự hội nghị.\nNăm 2024: Giám đốc Sở Tài chính tỉnh Hà Nam báo cáo kết quả.\n",
    # a schedule of a programme, not a career
    "Ông Lê Văn Sơn phát biểu.\n2021 - 2025: hoàn thành 100 km đường cao tốc.\n2026 - 2030: hoàn thành 200 km.\n",
])
def test_no_career_lines_no_office(pipeline, text):
    assert not positions(pipeline, text, DAY).get("Lê Văn Sơn")


@pytest.mark.parametrize("text", [
    # a news article's dated lines, with no heading, birth or death before them, are no one's career
    "Ông Lê Văn Sơn báo cáo kết quả.\nNăm 2023: Giám đốc Sở Tài chính tỉnh Hà Nam.\n"
    "Năm 2024: Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam.\n",
    "Ông Lê Văn Sơn, Giám đốc Sở Xây dựng, cho biết.\nNăm 2023: hoàn thành 20 km đường.\n"
    "Năm 2024: Phó Giám đốc Sở Giao thông vận tải tỉnh Hà Nam chỉ đạo thi công.\n",
    "Ông Lê Văn Sơn phát biểu.\n- Từ tháng 3/2023 đến tháng 9/2023: Chủ tịch Hội đồng thẩm định tỉnh Hà Nam.\n"
    "- Từ tháng 10/2023 đến nay: Trưởng ban Ban Quản lý dự án tỉnh Hà Nam.\n",
    # a biography's cue printed after the lines does not make them a career
    "Ông Lê Văn Sơn báo cáo.\nNăm 2023: Giám đốc Sở Tài chính tỉnh Hà Nam.\n"
    "Năm 2024: Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam.\nÔng Trần Văn Bình sinh năm 1960.\n",
])
def test_dated_lines_of_a_news_article_are_no_career(pipeline, text):
    got = positions(pipeline, text, DAY)
    for name in ("Lê Văn Sơn", "Trần Văn Bình"):
        assert not any(s == "former" for _t, _b, s in got.get(name, set()))
        assert ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam", "current") not in got.get(name, set())
        assert ("Trưởng ban", "Ban Quản lý dự án tỉnh Hà Nam", "current") not in got.get(name, set())


@pytest.mark.parametrize("cue", ["Tiểu sử ông Lê Văn Sơn\n", "Quá trình công tác của ông Lê Văn Sơn\n",
                                 "Ông Lê Văn Sơn sinh năm 1965, quê tỉnh Hà Nam.\n",
                                 "Ông Lê Văn Sơn từ trần ngày 2/5/2025.\n"])
def test_dated_lines_after_a_biography_cue_are_a_career(pipeline, cue):
    text = (cue + "Năm 2016: Giám đốc Sở Tài chính tỉnh Hà Nam.\n"
            "Năm 2021: Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam.\n")
    got = positions(pipeline, text, DAY)["Lê Văn Sơn"]
    assert ("Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former") in got


def test_an_office_named_with_another_person_stays_his(pipeline):
    text = ("Tiểu sử ông Ngô Văn Tài\nÔng Ngô Văn Tài sinh năm 1968.\n"
            "2010 - 2015: Trợ lý Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên\n"
            "2015 - 2020: Phó Giám đốc Sở Công Thương tỉnh Thái Bình\n")
    got = positions(pipeline, text, DAY)
    assert ("Bộ trưởng", "Bộ Công Thương", "former") not in got["Ngô Văn Tài"]
    assert ("Phó Giám đốc", "Sở Công Thương tỉnh Thái Bình", "former") in got["Ngô Văn Tài"]


def test_offices_of_a_biography_titles_and_an_acting_head(pipeline):
    text = ("Tiểu sử ông Lý Văn Toàn\nÔng Lý Văn Toàn sinh năm 1945.\n"
            "Tháng 9/1966 đến tháng 01/1970: Đồng chí làm Đội trưởng; Đảng ủy viên, Chi ủy viên.\n"
            "Tháng 8/1977 đến tháng 7/1979: Đồng chí làm Phó Liên đoàn trưởng, quyền Liên đoàn trưởng Liên đoàn Bản "
            "đồ địa chất; Ủy viên Thường vụ Đảng ủy Cục Bản đồ địa chất.\n")
    got = positions(pipeline, text, DAY)["Lý Văn Toàn"]
    assert {("Đảng ủy viên", None, "former"), ("Chi ủy viên", None, "former"),
            ("Phó Liên đoàn trưởng", "Liên đoàn Bản đồ địa chất", "former"),
            ("quyền Liên đoàn trưởng", "Liên đoàn Bản đồ địa chất", "former"),
            ("Ủy viên Thường vụ", "Đảng ủy Cục Bản đồ địa chất", "former")} <= got


@pytest.mark.parametrize(("text", "title"), [
    ("Ông Hà Văn Quý, Đảng ủy viên, Phó Giám đốc Sở Nội vụ tỉnh Lào Cai, phát biểu.", "Đảng ủy viên"),
    ("Ông Hà Văn Quý, Đội trưởng Đội Cảnh sát giao thông, Công an tỉnh Lào Cai, cho biết.", "Đội trưởng"),
    ("Ông Hà Văn Quý, Ủy viên Thường vụ Đảng ủy Khối, phát biểu.", "Ủy viên Thường vụ"),
])
def test_titles_of_party_and_field_units_are_read(pipeline, text, title):
    assert any(t == title for t, _b, _s in positions(pipeline, text, DAY)["Hà Văn Quý"])


def test_a_rules_folder_without_cue_rows_needs_no_cue(tmp_path):
    """person_timeline.tsv with no context rows: every dated line is read (no cue needed), not none."""
    from nqextract.extract import build_pipeline, resources
    from nqextract.extract.persons.timeline import timeline_rules
    from nqextract.settings import Settings

    packaged = resources.read_text("person_timeline.tsv")
    kept = [ln for ln in packaged.splitlines() if not ln.startswith("context\t")]
    assert len(kept) < len(packaged.splitlines())
    (tmp_path / "person_timeline.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert timeline_rules(str(tmp_path)).context_re is None
    text = ("Ông Lê Văn Sơn báo cáo kết quả.\nNăm 2016: Giám đốc Sở Tài chính tỉnh Hà Nam.\n"
            "Năm 2021: Phó Chủ tịch Ủy ban nhân dân tỉnh Hà Nam.\n")
    got = positions(build_pipeline(Settings(rules_dir=tmp_path)), text, DAY)["Lê Văn Sơn"]
    assert ("Giám đốc", "Sở Tài chính tỉnh Hà Nam", "former") in got
