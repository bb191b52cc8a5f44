"""Bodies: the party organization of an agency ("Đảng bộ cơ quan X") and proper names the tagger glued to
the next verb (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names
from conftest import tagged_body_names as tagged


@pytest.mark.parametrize("text, expected", [
    ("Đại hội Đảng bộ Cơ quan Tạp chí Cộng sản nhiệm kỳ 2025-2030 khai mạc.",
     ["Đảng bộ cơ quan Tạp chí Cộng sản"]),
    ("Ông A, Bí thư Đảng ủy cơ quan Tạp chí Cộng sản phát biểu.", ["Đảng ủy cơ quan Tạp chí Cộng sản"]),
    ("Đảng bộ cơ quan Bộ Ngoại giao tổ chức đại hội.", ["Đảng bộ cơ quan Bộ Ngoại giao"]),
    ("Bí thư Đảng ủy cơ quan Văn phòng Quốc hội phát biểu.", ["Đảng ủy cơ quan Văn phòng Quốc hội"]),
    ("Đại hội đã bầu Ban Chấp hành Đảng bộ cơ quan Tạp chí Cộng sản gồm 19 đồng chí.",
     ["Ban Chấp hành Đảng bộ cơ quan Tạp chí Cộng sản"]),
    ("Đại hội đại biểu Đảng bộ các cơ quan Đảng Trung ương lần thứ nhất.",
     ["Đảng bộ các cơ quan Đảng Trung ương"]),
])
def test_the_party_organization_of_an_agency(text, expected):
    assert body_names(text) == expected


def test_listed_committees_of_an_agency_party_organization():
    assert set(body_names("Báo cáo của Ban Chấp hành, Ban Thường vụ Đảng ủy cơ quan Tạp chí Cộng sản nhiệm kỳ 2020-2025.")) == {
        "Ban Chấp hành Đảng bộ cơ quan Tạp chí Cộng sản", "Ban Thường vụ Đảng ủy cơ quan Tạp chí Cộng sản"}


@pytest.mark.parametrize("text, expected", [
    ("Ban Thường vụ Đảng ủy cơ quan họp.", []),  # no agency named
    ("Ông là cán bộ cơ quan Tạp chí Cộng sản.", ["Tạp chí Cộng sản"]),
    ("Đảng ủy cơ quan đã họp với Bộ Ngoại giao.", ["Bộ Ngoại giao"]),
])
def test_agency_word_without_a_party_head_or_a_name(text, expected):
    assert body_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thủ tướng đề nghị Tập đoàn Vingroup tính đến việc chuyển giao công nghệ.", ["Tập đoàn Vingroup"]),
    ("Công ty Ánh Dương tính toán lại chi phí.", ["Công ty Ánh Dương"]),
    ("Tập đoàn Hòa Phát tăng vốn.", ["Tập đoàn Hòa Phát"]),
])
def test_a_verb_glued_to_a_proper_name_ends_it(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bộ Ngoại giao và Bộ Tài chính họp.", ["Bộ Ngoại giao", "Bộ Tài chính"]),
    ("Ủy ban Chứng khoán Nhà nước làm việc.", ["Ủy ban Chứng khoán Nhà nước"]),
    ("Viện Hàn lâm Khoa học xã hội Việt Nam công bố.", ["Viện Hàn lâm Khoa học xã hội Việt Nam"]),
    ("Công ty TNHH MTV Lâm nghiệp Buôn Ja Wầm được giao đất.",
     ["Công ty TNHH một thành viên Lâm nghiệp Buôn Ja Wầm"]),
])
def test_a_name_whose_own_word_goes_on_in_lower_case_stays_whole(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ông A, chi cục trưởng Chi cục Biển và hải đảo, nguyên giám đốc trung tâm.", ["Chi cục Biển và hải đảo"]),
    ("Ông B là cục trưởng Cục Biển và hải đảo.", ["Cục Biển và hải đảo"]),
    ("Trung tâm Quan trắc tài nguyên và môi trường tỉnh Quảng Ninh.",
     ["Trung tâm Quan trắc tài nguyên và môi trường tỉnh Quảng Ninh"]),
])
def test_a_lower_case_conjunct_ending_the_clause_ends_the_name(text, expected):
    assert tagged(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Đoàn công tác của Bộ Y tế và làm việc, thăm hỏi.", ["Bộ Y tế"]),
    ("Cục Quản lý thị trường và kiểm tra, xử lý vi phạm.", ["Cục Quản lý thị trường"]),
    ("Công ty Ánh Việt và xử lý.", ["Công ty Ánh Việt"]),
])
def test_a_verb_after_and_is_no_conjunct(text, expected):
    assert tagged(text) == expected
