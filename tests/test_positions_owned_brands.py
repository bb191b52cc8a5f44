"""A company executive's title, its field maybe printed in lower case, then "của" and the firm's Latin-script name
("giám đốc điều hành của Northwind", "giám đốc khoa học của Brightvale") names the office's body: the firm as
printed; the field is part of the title. After "Chủ tịch" or a bare "Giám đốc" (clubs, states, museums, films
have them too) only a branded name does ("Ferrovia Group"); a place, a word Vietnamese could spell and the
holder's own name never. Constructed sentences, invented firms and people."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Harald Lindqvist (giám đốc khoa học của Northwind) cho biết pin mới bền hơn.", "Harald Lindqvist",
     ("Giám đốc khoa học", "Northwind", "current")),
    ("\"Thị trường còn nhiều rủi ro\" - bà Greta Sjoberg, giám đốc tài chính của Brightvale, nhận định.",
     "Greta Sjoberg", ("Giám đốc tài chính", "Brightvale", "current")),
    ("Giám đốc điều hành của Kestrel, ông Omar Haddad, cho biết các hãng tàu vẫn lo ngại.", "Omar Haddad",
     ("Giám đốc điều hành", "Kestrel", "current")),
    ("Bà Lena Hoff, tổng giám đốc của Solvexa, nói với phóng viên rằng doanh thu tăng.", "Lena Hoff",
     ("Tổng Giám đốc", "Solvexa", "current")),
    ("Ông Ivo Marek - giám đốc công nghệ của Quantix Data Systems - cho biết hệ thống đã sẵn sàng.", "Ivo Marek",
     ("Giám đốc công nghệ", "Quantix Data Systems", "current")),
    ("Ông cho biết đã gặp TS Ivo Marek (giám đốc công nghệ của Quantix Video Communications).", "Ivo Marek",
     ("Giám đốc công nghệ", "Quantix Video Communications", "current")),
    ("Ông Marco Bellini, chủ tịch của Ferrovia Group, cho biết công ty sẽ mở nhà máy mới.", "Marco Bellini",
     ("Chủ tịch", "Ferrovia Group", "current")),
])
def test_an_executive_of_a_firm_named_after_cua(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Karl Weber, chủ tịch của Bayern, cho biết đội bóng sẽ mua thêm cầu thủ.", "Karl Weber"),
    ("Bà Maria Lopez, giám đốc sản xuất của Avatar, chia sẻ về bộ phim mới.", "Maria Lopez"),
    ("Bà Sarah Blake, giám đốc của Louisiana, kêu gọi người dân sơ tán trước cơn bão.", "Sarah Blake"),
    ("Ông Trần Minh Khoa, chủ tịch của Texas, cho biết bão sắp đổ bộ.", "Trần Minh Khoa"),
    ("Ông Lê Hữu Phước, giám đốc kinh doanh của Nam, cho biết giá lúa tăng.", "Lê Hữu Phước"),
    ("Thủ tướng tiếp ông David Lee, phó chủ tịch của Anh, tại Hà Nội.", "David Lee"),
    ("Ông Tom Hardy, giám đốc điều hành của Tom, cho biết.", "Tom Hardy"),
    ("Ông Peter Novak, chủ tịch của Paris Saint-Germain, phát biểu sau trận đấu.", "Peter Novak"),
    ("Kẻ trộm Lê Văn Tư, giám đốc của Toyota Hưng Yên, bị bắt.", "Lê Văn Tư"),
])
def test_no_firm_after_cua_of_a_club_a_place_a_film_or_a_name(pipeline, text, name):
    found = positions(pipeline, text)
    assert all(body is None for _t, body, _s in found.get(name, set()))


def test_a_body_after_cua_is_still_the_body(pipeline):
    found = positions(pipeline, "Ông Hoàng Văn Dũng, giám đốc của Sở Xây dựng tỉnh Đồng Nai, cho biết.")
    assert ("Giám đốc", "Sở Xây dựng tỉnh Đồng Nai", "current") in found["Hoàng Văn Dũng"]


def test_a_known_brand_opening_a_longer_latin_name_is_that_name(pipeline):
    found = positions(pipeline, "Ông Trần Văn Bình, giám đốc điều hành của FPT Zeno, cho biết giá sẽ giảm.")
    assert found["Trần Văn Bình"] == {("Giám đốc điều hành", "FPT Zeno", "current")}
    assert "Zeno" not in found


def test_a_known_brand_opening_a_latin_name_that_runs_on_is_no_body(pipeline):
    found = positions(pipeline, "Ông Trần Văn Bình, giám đốc điều hành của FPT Zeno cho biết giá sẽ giảm.")
    assert all(body != "FPT" for _t, body, _s in found["Trần Văn Bình"])
    assert "Zeno" not in found


def test_the_holders_own_name_after_cua_is_no_firm(pipeline):
    found = positions(pipeline, "Ông Karsten Vellmar, giám đốc điều hành của Vellmar, cho biết doanh thu tăng.")
    assert all(body is None for _t, body, _s in found["Karsten Vellmar"])


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a known body after "của" and a foreign person's name after it: the body is the office's, the name the holder's
    ("Người phát ngôn của Bộ Ngoại giao Nga Irina Volkova cho biết Moscow sẽ đáp trả.", "Irina Volkova",
     ("Người phát ngôn", "Bộ Ngoại giao Nga")),
    ("Tổng giám đốc của WHO Amara Belkacem kêu gọi các nước tăng tài trợ.", "Amara Belkacem",
     ("Tổng Giám đốc", "Tổ chức Y tế Thế giới")),
])
def test_a_known_body_after_cua_then_the_holders_name(pipeline, text, name, expected):
    found = positions(pipeline, text)
    assert any((t, b) == expected for t, b, _s in found.get(name, set())), found


def test_a_known_brand_running_on_in_latin_words_gives_no_person(pipeline):
    found = positions(pipeline, "Chủ tịch của FPT Zeno Cloud cho biết công ty sẽ mở rộng thị trường.")
    assert "Zeno Cloud" not in found and "Cloud" not in found, found
