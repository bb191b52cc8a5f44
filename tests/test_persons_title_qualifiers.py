"""A lower-case qualifier of an office between the title (or its country) and the holder's name (constructed
sentences): 'Thủ tướng mới A', 'Thủ tướng X đầu tiên B', 'lãnh đạo tối cao X C' (person_context.tsv
title_qualifier). After an honorific or a title of no state office only a country or a Vietnamese family name
may follow the qualifier: a club, a company, a body, a weekday or a place after it is no person."""

from __future__ import annotations

from conftest import person_names, positions


def test_a_new_premier_printed_without_a_country(pipeline):
    assert person_names(pipeline, "Với việc Thủ tướng mới Darren Holloway cam kết chi thêm, ngân sách đã tăng.") \
        == {"Darren Holloway"}
    assert person_names(pipeline, "Tổng thống đương nhiệm Pablo Serrano thất cử.") == {"Pablo Serrano"}


def test_the_country_before_the_qualifier(pipeline):
    text = "Thủ tướng Israel đầu tiên Avram Ben-Levi dựa vào ảnh hưởng của các nước lớn."
    assert person_names(pipeline, text) == {"Avram Ben-Levi"}
    assert ("Thủ tướng", "Chính phủ Israel", "current") in positions(pipeline, text)["Avram Ben-Levi"]


def test_the_country_after_the_qualifier(pipeline):
    text = "Tổng thống lâm thời Bolivia Ana Quiroga tuyên thệ nhậm chức."
    assert person_names(pipeline, text) == {"Ana Quiroga"}
    assert ("Tổng thống", "Bolivia", "current") in positions(pipeline, text)["Ana Quiroga"]
    assert person_names(pipeline, "Thủ tướng mới Nhật Bản Hideo Tanabe nhậm chức hôm qua.") == {"Hideo Tanabe"}


def test_a_supreme_leader_after_an_honorific_and_a_country(pipeline):
    # a regression guard: read before the qualifiers too; the qualifier step must not stop at the country
    assert person_names(pipeline, "Lãnh đạo tối cao Iran Reza Tavakoli dường như không xuất hiện.") \
        == {"Reza Tavakoli"}


def test_a_vietnamese_name_after_a_qualifier(pipeline):
    # a regression guard: a family name after a non-state office's qualifier now needs the tagger's person
    assert person_names(pipeline, "Chủ tịch mới Lò Văn Khải phát biểu nhận nhiệm vụ.") == {"Lò Văn Khải"}


def test_no_office_of_a_country_the_article_does_not_print_with_it(pipeline):
    # a regression guard: no bare office was read here before either; abroad_positions must not add one
    text = "Thủ tướng mới Darren Holloway đến Mỹ. Ông Holloway gặp Thủ tướng Anh Keir Starmer."
    got = positions(pipeline, text)
    assert not got.get("Darren Holloway")


def test_near_misses_read_no_person(pipeline):
    for text in (
        "HLV mới Manchester United sẽ ra mắt vào tuần tới.",  # sport: a club
        "Giám đốc điều hành mới Samsung Electronics công bố lợi nhuận quý ba.",  # business: a company
        "Chủ tịch mới Liverpool FC chưa bình luận về thương vụ.",
        "Giám đốc mới Netflix Studios sẽ quyết định lịch chiếu phim Dune Part Three.",  # culture
        "Tổng giám đốc mới Toyota Motor cho biết doanh số tăng.",
        "Thủ tướng mới Thứ Hai tuần tới sẽ tuyên thệ nhậm chức.",  # a weekday
        "Thủ tướng mới Thái Lan cam kết cải cách.",  # world news: a country, no name
        "Trưởng công an mới Hòa Bình nhận nhiệm vụ sau vụ trộm.",  # crime: a place
        "Giám đốc mới Sở Xây dựng Đà Nẵng nhận quyết định.",  # a body
        "Tổng biên tập mới Bloomberg News nhậm chức.",
        "Bão mới Yagi đổ bộ vào đất liền chiều nay.",  # weather
    ):
        assert person_names(pipeline, text) == set(), text


def test_a_country_after_the_qualifier_and_of(pipeline):
    text = "Tổng thống mới của Argentina Esteban Lucero cam kết cắt giảm chi tiêu."
    assert person_names(pipeline, text) == {"Esteban Lucero"}
    assert ("Tổng thống", "Argentina", "current") in positions(pipeline, text)["Esteban Lucero"]


def test_a_qualifier_after_the_country(pipeline):
    text = "Tổng thống Mỹ đương nhiệm Walter Brennan phát biểu tại hội nghị."
    assert ("Tổng thống", "Mỹ", "current") in positions(pipeline, text)["Walter Brennan"]


def test_an_honorific_after_the_qualifier_of_another_office(pipeline):
    text = "Giám đốc mới ông Lò Văn Khải nhận quyết định."
    assert ("Giám đốc", None, "current") in positions(pipeline, text).get("Lò Văn Khải", set())


def test_near_misses_a_firm_named_like_a_person_after_a_qualifier(pipeline):
    # business: a company named after a person, printed after the qualifier of a non-state office
    assert person_names(pipeline, "Chủ tịch mới Đỗ Gia vừa nhậm chức.") == set()
