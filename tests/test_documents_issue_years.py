"""Documents: a short number followed by the year its document was issued ("Nghị định số 52 năm 2012"), not a
count of years before a span ("Kế hoạch 10 năm 2021 đến 2030"), an anniversary or a lower-case count without 'số';
and a qualifier between the type word and 'số' ("quy chế phối hợp số 07"). Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type word that also takes a name: the number, the year out of it
        ("Mức trợ cấp được tính theo Nghị định số 218 năm 2011 mà Chính phủ ban hành cho người cao tuổi.",
         [("Nghị định", "218")]),
        ("Nghị quyết số 41 năm 2018 của Hội đồng nhân dân tỉnh quy định mức chi cho các hoạt động văn hóa.",
         [("Nghị quyết", "41")]),
        ("Huyện vừa ra Kế hoạch số 27 năm 2023 về phát triển du lịch cộng đồng ở các xã vùng cao.",
         [("Kế hoạch", "27")]),
        ("Đề án số 09 năm 2021 của Bộ được các trường áp dụng từ học kỳ hai.",
         [("Đề án", "09")]),
        # without the number word: a capitalized type word and a number no count of years is printed as
        ("Doanh nghiệp đề nghị sửa Nghị định 08 năm 2019 về điều kiện mở tuyến xe khách liên tỉnh.",
         [("Nghị định", "08")]),
        ("Việc bồi thường thực hiện theo Nghị định 147 năm 2014 về thu hồi đất.",
         [("Nghị định", "147")]),
        # with the number word, a number of any length
        ("Trường nhận được Kế hoạch số 112 năm 2024 về chuyển đổi số trong giảng dạy.",
         [("Kế hoạch", "112")]),
        # a type word that takes no name keeps reading it as before
        ("Sở đã đánh giá việc thi hành quyết định số 718 năm 2019 của Thủ tướng về đào tạo nghề cho lao động nông thôn.",
         [("Quyết định", "718")]),
    ],
)
def test_a_number_and_its_issue_year_number_the_document(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan over a span of years: a count and a range, no number
        ("Tỉnh đã hoàn thành kế hoạch 5 năm 2021-2025 với nhiều chỉ tiêu vượt mức.", []),
        ("Thành phố trình Kế hoạch 5 năm 2026 - 2030 lên Hội đồng nhân dân.",
         [("Kế hoạch", "Kế hoạch 5 năm 2026 - 2030")]),
        ("Ông đã ký quyết định 3 năm 2020 nay vẫn còn hiệu lực.", []),
    ],
)
def test_a_count_of_years_is_no_issue_year(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "count", "typ"),
    [
        # a span written with words or a dash after the year: the number is the plan's length, never its number
        ("Kế hoạch 10 năm 2021 đến 2030 về hạ tầng giao thông được các sở triển khai.", "10", "Kế hoạch"),
        ("Đề án 20 năm 2026 đến 2045 về nhà ở cho công nhân đã được trình lên tỉnh.", "20", "Đề án"),
        ("Chương trình 15 năm 2021 sang 2035 về cấp nước sạch cho nông thôn được phê duyệt.", "15", "Chương trình"),
        ("Đề án 12 năm 2024 tới năm 2036 về trồng rừng ven biển được tỉnh thông qua.", "12", "Đề án"),
        ("Kế hoạch 10 năm 2026 và tầm nhìn đến năm 2050 về đô thị thông minh được công bố.", "10", "Kế hoạch"),
        ("Chương trình 25 năm 2021 – 2045 về phát triển nguồn nhân lực được triển khai.", "25", "Chương trình"),
        # a type word taking no short number: the name read as before
        ("Chiến lược 10 năm 2021 đến 2030 về phát triển kinh tế biển được thông qua.", "10", "Chiến lược"),
        ("Quy hoạch 20 năm 2026 tới 2045 về vùng ven đô được lập lại.", "20", "Quy hoạch"),
        # a one-digit count without the number word
        ("Tỉnh sẽ soạn Kế hoạch 5 năm 2026 để triển khai các công trình trọng điểm.", "5", "Kế hoạch"),
        # an anniversary: thirty years, no document's number
        ("Chương trình 30 năm 2025 là dịp để cựu học sinh gặp lại thầy cô của trường.", "30", "Chương trình"),
    ],
)
def test_a_span_or_an_anniversary_keeps_the_number_a_count(extractor, text, count, typ) -> None:
    pairs = document_pairs(extractor, text)
    assert (typ, count) not in pairs
    # the plan is still found, by its words (not by the count): no mention is lost for the span
    assert [t for t, _ in pairs] == [typ]


@pytest.mark.parametrize(
    "text",
    [
        # lower case without "số": a count of years, no document
        "Thành phố vừa công bố kế hoạch 10 năm 2026 đến năm 2035 về chỉnh trang đô thị.",
        "Bộ đã tổng kết chương trình 10 năm 2025 về xóa mù chữ ở vùng cao.",
        "Huyện vừa ra kế hoạch 27 năm 2023 về phát triển du lịch cộng đồng.",
        "Doanh nghiệp đề nghị sửa nghị định 08 năm 2019 về xe khách chạy đường dài.",
        # capitalized, but a two-digit number without a leading zero and no "số": a count or an anniversary
        "Đề án 15 năm 2025 về chống ngập đã đi được nửa chặng đường.",
    ],
)
def test_a_lower_case_or_a_count_without_the_number_word_is_no_numbered_document(extractor, text) -> None:
    assert not any(n and n.isdigit() for _, n in document_pairs(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hai cơ quan vừa thống nhất quy chế phối hợp số 07 ngày 5-4-2022 về chia sẻ dữ liệu dân cư.", [("Quy chế", "07")]),
        ("Sở bám sát kế hoạch hành động số 45 của Ủy ban nhân dân tỉnh Bình Phước về kinh tế tuần hoàn.", [("Kế hoạch", "45")]),
        # no number after the qualifier: no document; a qualifier before a team's number is none
        ("Hai bên thống nhất xây dựng quy chế phối hợp trong công tác tuyên truyền.", []),
        ("Đoàn kiểm tra liên ngành số 2 đã làm việc tại huyện.", []),
        ("Tổ công tác phối hợp số 3 đến ngay khu vực sạt lở.", []),
    ],
)
def test_a_qualifier_between_the_type_word_and_its_number(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected
