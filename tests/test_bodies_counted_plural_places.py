"""A local head before a count of level words ("UBND 2 tỉnh X và Y", "hai tỉnh") or before level words closed by
a colon ("UBND các tỉnh, thành phố: X, Y, Z") names one local body per known place listed after them; a count
with no known place after it, or a number that is no count of places, names none (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, bodies", [
    ("Văn bản yêu cầu UBND 2 tỉnh Nghệ An và Hà Tĩnh rà soát các tuyến đê.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    ("Ủy ban nhân dân hai tỉnh Lào Cai và Yên Bái thống nhất phương án phân luồng.",
     ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Yên Bái"]),
    ("Công điện nêu rõ, UBND các tỉnh, thành phố: Cần Thơ, An Giang, Kiên Giang báo cáo trước ngày 10.",
     ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân tỉnh Kiên Giang"]),
    ("Công an 3 tỉnh Gia Lai, Kon Tum và Đắk Lắk phối hợp truy bắt nhóm đối tượng.",
     ["Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"]),
])
def test_a_counted_or_colon_closed_plural_level_names_each_place(text, bodies):
    assert tagged_body_names(text) == bodies


@pytest.mark.parametrize("text", [
    "UBND 2 tỉnh đã họp bàn phương án sắp xếp.",
    "UBND hai tỉnh giáp ranh cùng ký biên bản.",
])
def test_a_count_with_no_known_place_after_it_names_no_local_body(text):
    assert not any(n.startswith("Ủy ban nhân dân tỉnh") for n in tagged_body_names(text))


# near-misses: exact output, and never a junk body cut at the count ("Ủy ban nhân dân 2")
@pytest.mark.parametrize("text, bodies", [
    # a count of years before a local body, no count of its places
    ("Sau 2 năm, UBND tỉnh Quảng Bình đã hoàn thành tuyến đường ven biển.", ["Ủy ban nhân dân tỉnh Quảng Bình"]),
    ("Sau 3 năm thực hiện, Công an tỉnh Bắc Giang đã triệt phá nhiều đường dây.", ["Công an tỉnh Bắc Giang"]),
    # a two-digit count and a region, no listed place
    ("UBND 10 tỉnh miền Trung họp trực tuyến về phòng chống bão.", []),
    # a count with no place after it
    ("UBND 2 tỉnh đã họp bàn phương án sắp xếp.", []),
    # the list runs into another body or a person: the list ends at its last known place
    ("UBND 2 tỉnh Nghệ An và Hà Tĩnh và Bộ Xây dựng cùng kiểm tra tuyến đê.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Bộ Xây dựng"]),
    ("UBND 2 tỉnh Nghệ An và Hà Tĩnh, Bộ Xây dựng cùng kiểm tra tuyến đê.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Bộ Xây dựng"]),
    ("UBND 2 tỉnh Nghệ An và Hà Tĩnh và ông Nguyễn Văn An cùng kiểm tra tuyến đê.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    # a foreign country's provinces: no known place after the count
    ("UBND hai tỉnh Trung Quốc là Vân Nam và Quảng Tây cùng dự hội chợ.", []),
])
def test_near_misses_of_a_counted_plural_level(text, bodies):
    names = tagged_body_names(text)
    assert names == bodies
    assert not any(n.split()[-1].isdigit() or n.endswith((" hai", " các")) for n in names)


# a later bare "Tỉnh ủy" takes no place from a list of provinces (neither is the article's one province)
@pytest.mark.parametrize("text, bodies", [
    ("UBND 2 tỉnh Nghệ An và Hà Tĩnh đã thống nhất phương án. Ông Nguyễn Văn An được điều động làm Bí thư Tỉnh ủy.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    ("UBND các tỉnh Nghệ An, Hà Tĩnh đã thống nhất phương án. Ông Nguyễn Văn An được điều động làm Bí thư Tỉnh ủy.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    # one province, or two bodies not listed (the nearest one before it): the place as before
    ("UBND tỉnh Nghệ An đã thống nhất phương án. Ông Nguyễn Văn An được điều động làm Bí thư Tỉnh ủy.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Tỉnh ủy Nghệ An"]),
    ("UBND tỉnh Nghệ An làm việc với UBND tỉnh Hà Tĩnh. Ông Nguyễn Văn An được điều động làm Bí thư Tỉnh ủy.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Tỉnh ủy Hà Tĩnh"]),
])
def test_a_bare_committee_after_a_list_of_provinces_takes_no_place(text, bodies):
    assert tagged_body_names(text) == bodies


@pytest.mark.xfail(reason="the changes stage (not this helper's) records no 'retired' change for a former chairman "
                          "whose body the bodies stage names: base found one only with the junk body 'UBND 2 tỉnh X'; "
                          "the 'các' form and a single 'UBND tỉnh X trước đây' give none on base either", strict=True)
def test_a_former_chairman_of_two_listed_committees_retired():
    from nqextract.pipeline import extract

    article = extract("Ông Nguyễn Văn An, Chủ tịch UBND 2 tỉnh Nghệ An và Hà Tĩnh trước đây, đã nghỉ hưu.",
                      published="2025-01-01")
    assert [(c.person, c.change) for c in article.position_changes] == [("Nguyễn Văn An", "retired")]


@pytest.mark.xfail(reason="pairing one title printed before two listed bodies with two named holders is the persons "
                          "stage's (not this helper's); the 'các' form gives no title on base either", strict=True)
def test_two_directors_of_two_listed_police_forces_each_hold_their_title():
    from nqextract.pipeline import extract

    article = extract("Giám đốc Công an 2 tỉnh Nghệ An và Hà Tĩnh, Đại tá Nguyễn Văn An và Thiếu tướng Trần Văn Bình, "
                      "cùng dự hội nghị.", published="2025-01-01")
    held = {p.name: [(q.title, q.body) for q in p.positions] for p in article.persons}
    assert held["Nguyễn Văn An"] == [("Giám đốc", "Công an tỉnh Nghệ An")]
