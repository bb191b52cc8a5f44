"""Bodies: pattern families that held on unseen articles only after a fix, each on constructed sentences."""

from __future__ import annotations

import pytest

from nqextract.extract.bodies import BodyRecognizer
from nqextract.nlp import blank

_NLP = blank()  # underthesea's tokenizer and tagger: proper names end before words tagged as verbs
_BODIES = BodyRecognizer(_NLP)


def _found(text: str):
    return _BODIES.match(_NLP.make_doc(text))


def names(text: str) -> list[str]:
    return [m.name for m in _found(text)]


def printed(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.name) for m in _found(text)]


# --------------------------------------------------------------------------- names holding commas

ROADS = "Ban Chỉ đạo các công trình trọng điểm, dự án quan trọng quốc gia lĩnh vực đường bộ"


@pytest.mark.parametrize(
    "text",
    [
        f"{ROADS} họp phiên thứ 15.",
        f"Phó Thủ tướng Trần Hồng Hà, Trưởng {ROADS}, chủ trì cuộc họp.",
        f"Thông báo kết luận của {ROADS} về tiến độ các dự án.",
    ],
)
def test_steering_committee_listing_works_and_projects_stays_whole(text: str) -> None:
    assert names(text) == [ROADS]


def test_steering_committee_opening_with_a_determiner_needs_a_real_topic() -> None:
    text = "Ban Chỉ đạo các công trình, dự án trọng điểm ngành giao thông vận tải đã họp."
    assert names(text) == ["Ban Chỉ đạo các công trình, dự án trọng điểm ngành giao thông vận tải"]
    assert names("Ban Chỉ đạo các cấp phải vào cuộc.") == []
    assert names("Ban Chỉ đạo các tỉnh, thành phố cần chủ động.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ban Chính sách, chiến lược Trung ương tổ chức hội thảo.",
        "Ông Trần Lưu Quang, Trưởng Ban Chính sách, chiến lược Trung ương, phát biểu.",
        "Đại diện Ban Chính sách, Chiến lược Trung ương và Bộ Tài chính dự họp.",
    ],
)
def test_central_policy_and_strategy_commission_stays_whole(text: str) -> None:
    assert names(text)[0] == "Ban Chính sách, chiến lược Trung ương"


# --------------------------------------------------------------------------- canonical forms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Công ty TNHH MTV Xổ số kiến thiết Quảng Nam nộp ngân sách.",
         "Công ty TNHH một thành viên Xổ số kiến thiết Quảng Nam"),
        ("Công ty TNHH Minh Long bị xử phạt.", "Công ty TNHH Minh Long"),
        ("Công ty CP Dược phẩm Hậu Giang công bố lãi.", "Công ty cổ phần Dược phẩm Hậu Giang"),
        ("Ban Quản lý Khu công nghệ cao TP.HCM đón đoàn.", "Ban Quản lý Khu công nghệ cao Thành phố Hồ Chí Minh"),
        ("Ban Quản lý Khu nông nghiệp công nghệ cao TPHCM đón đoàn.",
         "Ban Quản lý Khu nông nghiệp công nghệ cao Thành phố Hồ Chí Minh"),
    ],
)
def test_abbreviations_inside_proper_names_are_spelled_out(text: str, name: str) -> None:
    assert names(text) == [name]


# --------------------------------------------------------------------------- places of local bodies


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ông từng làm Trưởng công an thị xã Giá Rai.", [("công an thị xã Giá Rai", "Công an thị xã Giá Rai")]),
        ("Bà nguyên là Trưởng công an thành phố Phủ Lý.", [("công an thành phố Phủ Lý", "Công an thành phố Phủ Lý")]),
        ("Ông là Phó trưởng công an huyện Gia Lâm.", [("công an huyện Gia Lâm", "Công an huyện Gia Lâm")]),
        ("Ông làm Phó công an TP Bạc Liêu.", [("công an TP Bạc Liêu", "Công an thành phố Bạc Liêu")]),
    ],
)
def test_police_of_a_place_printed_in_lower_case(text: str, found: list[tuple[str, str]]) -> None:
    assert printed(text) == found


def test_police_in_lower_case_without_a_place_names_nothing() -> None:
    assert names("Lực lượng công an tỉnh đã vào cuộc; người dân báo công an.") == []


def test_the_city_of_a_province_named_with_its_level_is_the_city() -> None:
    assert names("UBND thành phố Hưng Yên báo cáo UBND tỉnh Hưng Yên.") == [
        "Ủy ban nhân dân thành phố Hưng Yên", "Ủy ban nhân dân tỉnh Hưng Yên"]
    assert names("UBND TP Hà Nội và UBND TP Cần Thơ.") == [
        "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân thành phố Cần Thơ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sau khi sáp nhập Công an tỉnh Trà Vinh, Bến Tre và Vĩnh Long, lực lượng được kiện toàn.",
         ["Công an tỉnh Trà Vinh", "Công an tỉnh Bến Tre", "Công an tỉnh Vĩnh Long"]),
        ("Sở Y tế Hà Nội, TP.HCM và Đà Nẵng báo cáo.",
         ["Sở Y tế thành phố Hà Nội", "Sở Y tế Thành phố Hồ Chí Minh", "Sở Y tế thành phố Đà Nẵng"]),
        ("Phó Thủ tướng yêu cầu Ủy ban nhân dân các tỉnh, thành phố Đà Nẵng, Quảng Ngãi quyết liệt chỉ đạo.",
         ["Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân tỉnh Quảng Ngãi"]),
        ("Chủ tịch UBND các tỉnh Nghệ An và Hà Tĩnh ký văn bản.",
         ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    ],
)
def test_one_head_before_a_list_of_places_is_one_body_per_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_head_before_plural_levels_without_places_is_a_class() -> None:
    assert names("UBND các tỉnh, thành phố chủ động triển khai.") == []


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh họp; UBND tỉnh chủ trì.", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
        ("Chủ tịch UBND tỉnh Lâm Đồng ký văn bản. Hai tỉnh Đắk Nông, Bình Thuận sáp nhập vào tỉnh Lâm Đồng. "
         "Đảng ủy Ủy ban nhân dân tỉnh đã báo cáo.", "Đảng ủy Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("Thành ủy Hà Nội làm việc với Tỉnh ủy Nghệ An. Ban Thường vụ Tỉnh ủy đã họp.",
         "Ban Thường vụ Tỉnh ủy Nghệ An"),
        ("Tỉnh ủy Nghệ An làm việc với Thành ủy Hà Nội. Sau đó, Thành ủy đã họp.", "Thành ủy Hà Nội"),
    ],
)
def test_a_bare_level_takes_the_nearest_province_of_that_level_before_it(text: str, last: str) -> None:
    assert names(text)[-1] == last


def test_a_bare_level_with_no_province_of_that_level_before_it_names_nothing() -> None:
    text = "Thành ủy Hà Nội và Thành ủy Hải Phòng họp. UBND tỉnh chủ trì."
    assert names(text) == ["Thành ủy Hà Nội", "Thành ủy Hải Phòng"]


# --------------------------------------------------------------------------- the army


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thượng tướng Nguyễn Tân Cương, Thứ trưởng Bộ Quốc phòng, dự lễ.", ["Bộ Quốc phòng"]),
        ("Quân ủy Trung ương ban hành nghị quyết.", ["Quân ủy Trung ương"]),
        ("Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam phát biểu.",
         ["Tổng cục Chính trị Quân đội nhân dân Việt Nam"]),
        ("Đại tướng, Chủ nhiệm Tổng cục Chính trị phát biểu.", ["Tổng cục Chính trị Quân đội nhân dân Việt Nam"]),
        ("Truyền thống vẻ vang của Quân đội nhân dân Việt Nam.", ["Quân đội nhân dân Việt Nam"]),
    ],
)
def test_army_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_numbered_army_units_and_their_commands() -> None:
    text = ("Ông từng là Sư đoàn trưởng Sư đoàn 320, Trung đoàn trưởng Trung đoàn 64, Lữ đoàn trưởng Lữ đoàn 147, "
            "Phó Tư lệnh Bộ Tư lệnh Quân đoàn 3 và Tư lệnh Quân khu 7.")
    assert names(text) == ["Sư đoàn 320", "Trung đoàn 64", "Lữ đoàn 147", "Bộ Tư lệnh Quân đoàn 3", "Quân khu 7"]


def test_a_unit_word_without_its_number_or_name_names_nothing() -> None:
    assert names("Các sư đoàn chủ lực và Sư đoàn trưởng đã có mặt.") == []


# --------------------------------------------------------------------------- names as of the article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, Bộ Kế hoạch và Đầu tư phối hợp với Bộ Tài nguyên và Môi trường.",
         ["Bộ Kế hoạch và Đầu tư", "Bộ Tài nguyên và Môi trường"]),
        ("Từ tháng 3/2025, Bộ Tài chính và Bộ Nông nghiệp và Môi trường làm việc.",
         ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường"]),
        ("UBND tỉnh Bắc Kạn làm việc với UBND tỉnh Thái Nguyên.",
         ["Ủy ban nhân dân tỉnh Bắc Kạn", "Ủy ban nhân dân tỉnh Thái Nguyên"]),
    ],
)
def test_ministries_and_provinces_are_named_as_the_article_prints_them(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Miên, Chủ tịch MTTQ xã Quỳnh Lương, dự họp.", ["Ủy ban Mặt trận Tổ quốc Việt Nam xã Quỳnh Lương"]),
        ("Chủ tịch Mặt trận Tổ quốc tỉnh Nghệ An phát biểu.", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"]),
        ("UBMTTQ huyện Yên Thành và Ủy ban MTTQ tỉnh Nghệ An phối hợp.",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Yên Thành", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"]),
        ("Mặt trận Tổ quốc Việt Nam và MTTQ các cấp tham gia giám sát.",
         ["Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"]),
    ],
)
def test_the_front_of_a_place_is_its_front_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected
