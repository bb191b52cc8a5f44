"""Bodies: a prefix glued to a bare head that points back ("Công đoàn Bộ", "Ban cán sự đảng Tổng cục") is the prefix of
the latest body of that head the article names before it, unless that one is listed with another of its head ("Bộ Y tế
và Bộ Tài chính"), else of the article's main one ("Bộ" a ministry's only); a head that is part of a longer word, a
named body after the prefix, or no such body names none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Bộ Tư pháp tổng kết công tác năm. Công đoàn Bộ trao quà cho các đoàn viên khó khăn.", "Công đoàn Bộ Tư pháp"),
    ("Bộ Tư pháp tổng kết công tác năm. Lãnh đạo Đoàn Thanh niên Bộ và các vụ cùng dự.",
     "Đoàn Thanh niên Bộ Tư pháp"),
    ("Ông giữ chức Tổng cục trưởng Tổng cục Thủy lợi, rồi vào Ban cán sự đảng Tổng cục từ năm 2008.",
     "Ban cán sự đảng Tổng cục Thủy lợi"),
    ("Bộ Tài chính phát động thi đua. Công đoàn cơ quan Bộ vừa mở hội thao.", "Công đoàn cơ quan Bộ Tài chính"),
    ("Bộ Chính trị và Bộ Tư pháp dự họp. Công đoàn Bộ trao quà.", "Công đoàn Bộ Tư pháp"),
])
def test_a_prefix_on_a_bare_head_names_the_body_it_points_back_at(text, body):
    assert body in tagged_body_names(text)


def test_a_head_printed_before_its_body_points_at_the_articles_main_one():
    names = tagged_body_names("Công đoàn Bộ mở hội thao. Bộ Tư pháp khen thưởng. Bộ Tư pháp tổng kết. Bộ Tư pháp "
                              "phát động thi đua. Bộ Y tế cũng dự.")
    assert "Công đoàn Bộ Tư pháp" in names
    assert not any(n.startswith("Công đoàn") for n in tagged_body_names(
        "Công đoàn Bộ mở hội thao. Bộ Tư pháp khen thưởng. Bộ Y tế cũng dự."))


def test_a_prefix_listed_before_such_a_head_shares_it():
    names = tagged_body_names("Bộ Tư pháp tổng kết năm. Buổi lễ có Đảng ủy, Công đoàn Bộ cùng các vụ.")
    assert "Đảng ủy Bộ Tư pháp" in names and "Công đoàn Bộ Tư pháp" in names


@pytest.mark.parametrize("text", [
    "Bộ Chính trị họp phiên thường kỳ. Công đoàn Bộ trao quà.",  # no ministry before it
    "Công đoàn Bộ trao quà. Bộ Tư pháp tổng kết năm. Bộ Y tế dự.",  # no ministry before it, none the main one
    "Bộ Tư pháp tổng kết năm. Công đoàn Bộ đội biên phòng trao quà.",  # the head inside a longer word
    "Bộ Tư pháp tổng kết năm. Trong bộ, công đoàn bộ trao quà.",  # printed in lower case
])
def test_no_body_pointed_at_without_a_bare_head_after_its_body(text):
    assert "Công đoàn Bộ Tư pháp" not in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Bộ Y tế và Bộ Tài chính ký quy chế phối hợp. Tại buổi lễ, Công đoàn Bộ tặng hoa cho cán bộ.",
    "Đại diện Bộ Nội vụ, Bộ Y tế, Bộ Tài chính cùng dự. Sau đó Công đoàn Bộ trao quà.",
    "Lãnh đạo Bộ Nội vụ, Bộ Tài chính và Bộ Y tế cùng dự. Công đoàn Bộ trao quà.",
])
def test_a_ministry_listed_with_others_is_pointed_at_by_none(text):
    assert not any(n.startswith("Công đoàn") for n in tagged_body_names(text))


def test_a_listed_ministry_leaves_the_articles_main_one():
    names = tagged_body_names("Bộ Y tế tổng kết năm. Bộ Y tế khen thưởng. Bộ Y tế phát động thi đua. Bộ Y tế và Bộ "
                              "Tài chính ký quy chế. Công đoàn Bộ trao quà.")
    assert "Công đoàn Bộ Y tế" in names and "Công đoàn Bộ Tài chính" not in names


def test_a_ministry_named_alone_after_a_list_is_pointed_at():
    names = tagged_body_names("Bộ Y tế và Bộ Tài chính ký quy chế. Chiều cùng ngày, Bộ Tài chính tổng kết năm. "
                              "Công đoàn Bộ trao quà.")
    assert "Công đoàn Bộ Tài chính" in names


def test_a_demonstrative_after_the_head_is_taken_with_it():
    names = tagged_body_names("Bộ Tư pháp tổng kết năm. Công đoàn Bộ này trao quà cho đoàn viên.")
    assert "Công đoàn Bộ Tư pháp" in names
