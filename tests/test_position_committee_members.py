"""A chain opening with a committee member's glued title ("Tỉnh ủy viên", "Thành ủy viên") keeps its other links;
the member link takes the province a later link names, else the article's, else it is left out (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import positions as person_positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Tâm, Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Nghệ An, phát biểu tại buổi làm việc.",
     "Nguyễn Văn Tâm", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "current"),
                        ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")}),
    ("Có mặt tại buổi lễ có ông Nguyễn Văn Tâm, tỉnh ủy viên, Giám đốc Sở Nội vụ tỉnh Hà Tĩnh.",
     "Nguyễn Văn Tâm", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "current"),
                        ("Giám đốc", "Sở Nội vụ tỉnh Hà Tĩnh", "current")}),
    ("Bà Lê Thị Hoa – Thành ủy viên, Giám đốc Sở Xây dựng thành phố Cần Thơ – trả lời cử tri.",
     "Lê Thị Hoa", {("Ủy viên", "Ban Chấp hành Đảng bộ thành phố Cần Thơ", "current"),
                    ("Giám đốc", "Sở Xây dựng thành phố Cần Thơ", "current")}),
    ("Ông Trần Văn Lực, nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Tài chính tỉnh Hà Tĩnh, đã nghỉ hưu.",
     "Trần Văn Lực", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "former"),
                      ("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh", "former")}),
])
def test_the_member_takes_the_province_a_later_link_names(pipeline, text, name, expected):
    assert person_positions(pipeline, text) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trần Văn Bình - Tỉnh ủy viên, Bí thư Huyện ủy Quỳnh Lưu đến dự. Tỉnh Nghệ An đã có nhiều cố gắng.",
     "Trần Văn Bình", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Nghệ An", "current"),
                       ("Bí thư", "Huyện ủy Quỳnh Lưu", "current")}),
    ("Tại Lào Cai, đồng chí Bùi Văn Khải – Tỉnh ủy viên, Bí thư Đảng ủy xã Tân Lập, Chủ tịch HĐND xã Tân Lập đến dự.",
     "Bùi Văn Khải", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Lào Cai", "current"),
                      ("Bí thư", "Đảng ủy xã Tân Lập", "current"),
                      ("Chủ tịch", "Hội đồng nhân dân xã Tân Lập", "current")}),
])
def test_the_member_takes_the_articles_province(pipeline, text, name, expected):
    assert person_positions(pipeline, text) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trần Văn Bình - Tỉnh ủy viên, Bí thư Huyện ủy Quỳnh Lưu đến dự.",
     "Trần Văn Bình", {("Bí thư", "Huyện ủy Quỳnh Lưu", "current")}),
    ("Ông Trần Văn Bình, Tỉnh ủy viên, Trưởng Ban Tuyên giáo Huyện ủy Yên Thành, phát biểu.",
     "Trần Văn Bình", {("Trưởng ban", "Ban Tuyên giáo Huyện ủy Yên Thành", "current")}),
])
def test_with_no_province_named_the_member_link_is_left_out_the_rest_kept(pipeline, text, name, expected):
    assert person_positions(pipeline, text) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a current office and a former one in other provinces: the member link is held as the current one
    ("Ông Trần Văn Lực, Tỉnh ủy viên, Giám đốc Sở Tài chính tỉnh Hà Tĩnh, nguyên Phó Chủ tịch UBND tỉnh Quảng Bình, "
     "dự họp.", "Trần Văn Lực", ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "current")),
    ("Bà Đỗ Thị Mai – Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy Gia Lai, nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh "
     "Kon Tum – trao quà.", "Đỗ Thị Mai", ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Gia Lai", "current")),
    # a former member: the former office's province
    ("Ông Trần Văn Lực, nguyên Tỉnh ủy viên, nguyên Giám đốc Sở Tài chính tỉnh Hà Tĩnh, Chủ tịch Hội Cựu chiến binh "
     "tỉnh Quảng Bình, dự họp.", "Trần Văn Lực", ("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "former")),
])
def test_of_two_provinces_the_member_takes_the_one_held_as_it_is(pipeline, text, name, expected):
    assert expected in person_positions(pipeline, text)[name]


def test_two_provinces_held_alike_give_the_member_no_province(pipeline):
    got = person_positions(pipeline, "Ông Trần Văn Lực, Tỉnh ủy viên, Giám đốc Sở Tài chính tỉnh Hà Tĩnh, Phó Trưởng ban "
                                  "Chỉ đạo tỉnh Quảng Bình, dự họp.")["Trần Văn Lực"]
    assert not any(title == "Ủy viên" for title, _body, _status in got)
    assert ("Giám đốc", "Sở Tài chính tỉnh Hà Tĩnh", "current") in got


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a ward named like a former province is no province: the article's
    ("Tỉnh Hưng Yên vừa tổng kết năm học. Ông Phạm Quốc Huy, Tỉnh ủy viên, Bí thư Đảng ủy phường Thái Bình, nói "
     "thêm.", "Phạm Quốc Huy", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Hưng Yên", "current"),
                                ("Bí thư", "Đảng ủy phường Thái Bình", "current")}),
    # the province printed after the ward, closing the chain, is the chain's (before an earlier one of the article)
    ("Tỉnh Hưng Yên vừa tổng kết năm học. Ông Phạm Quốc Huy, Tỉnh ủy viên, Chủ tịch UBND phường Bắc Giang, tỉnh "
     "Bắc Ninh, nói thêm.", "Phạm Quốc Huy", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Bắc Ninh", "current"),
                                               ("Chủ tịch", "Ủy ban nhân dân phường Bắc Giang", "current")}),
    ("Bà Vũ Thị Lan - Tỉnh ủy viên, Bí thư Đảng ủy xã Hòa Bình, tỉnh Phú Thọ - kiểm tra mô hình.",
     "Vũ Thị Lan", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Phú Thọ", "current"),
                    ("Bí thư", "Đảng ủy xã Hòa Bình", "current")}),
    ("Bà Vũ Thị Lan – TUV, Bí thư Đảng ủy xã Hòa Bình, tỉnh Phú Thọ – kiểm tra mô hình.",
     "Vũ Thị Lan", {("Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Phú Thọ", "current"),
                    ("Bí thư", "Đảng ủy xã Hòa Bình", "current")}),
    # a ward named like a province and no province anywhere: no member link
    ("Ông Phạm Quốc Huy, Tỉnh ủy viên, Bí thư Đảng ủy phường Thái Bình, nói thêm.",
     "Phạm Quốc Huy", {("Bí thư", "Đảng ủy phường Thái Bình", "current")}),
])
def test_a_commune_named_like_a_province_is_no_province(pipeline, text, name, expected):
    assert person_positions(pipeline, text) == {name: expected}


def test_a_provincial_citys_member_is_not_given_a_province(pipeline):
    got = person_positions(pipeline, "Tại Quảng Ngãi, ông Phạm Văn Đức, Thành ủy viên, Bí thư Thành ủy Quảng Ngãi, "
                                  "cho biết.")["Phạm Văn Đức"]
    assert ("Bí thư", "Thành ủy Quảng Ngãi", "current") in got
    assert not any("tỉnh" in (body or "") for _title, body, _status in got)


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Hậu, Huyện ủy viên, Phó Chủ tịch UBND huyện Diễn Châu tỉnh Nghệ An, phát biểu.",
    "Ông Nguyễn Văn Hậu – huyện ủy viên, Phó Chủ tịch UBND huyện Diễn Châu tỉnh Nghệ An – được điều động.",
])
def test_a_district_member_keeps_the_other_links_and_takes_no_province(pipeline, text):
    assert person_positions(pipeline, text) == {
        "Nguyễn Văn Hậu": {("Phó Chủ tịch", "Ủy ban nhân dân huyện Diễn Châu", "current")}}
