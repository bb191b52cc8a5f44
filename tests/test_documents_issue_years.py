"""Documents: a short number followed by the year its document was issued ("Nghị định số 52 năm 2012"), and a
qualifier between the type word and 'số' ("quy chế phối hợp số 07"). Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a type word that also takes a name: the number, the year out of it
        ("Mức trợ cấp được tính theo Nghị định số 218 năm 2011 của Chính phủ quy định trợ cấp người cao tuổi.",
         [("Nghị định", "218")]),
        ("Nghị quyết số 41 năm 2018 của Hội đồng nhân dân tỉnh quy định mức chi cho các hoạt động văn hóa.",
         [("Nghị quyết", "41")]),
        ("Huyện vừa ra Kế hoạch số 27 năm 2023 về phát triển du lịch cộng đồng ở các xã vùng cao.",
         [("Kế hoạch", "27")]),
        ("Đề án số 09 năm 2021 của Bộ được các trường áp dụng từ học kỳ hai.",
         [("Đề án", "09")]),
        # without the number word: a number of two digits or more
        ("Doanh nghiệp đề nghị sửa nghị định 08 năm 2019 về điều kiện mở tuyến xe khách liên tỉnh.",
         [("Nghị định", "08")]),
        ("Việc bồi thường thực hiện theo Nghị định 147 năm 2014 về thu hồi đất.",
         [("Nghị định", "147")]),
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
        # a one-digit count without the number word stays a count of years
        ("Tỉnh sẽ soạn Kế hoạch 5 năm 2026 để triển khai các công trình trọng điểm.",
         [("Kế hoạch", "Kế hoạch 5 năm 2026")]),
        ("Ông đã ký quyết định 3 năm 2020 nay vẫn còn hiệu lực.", []),
    ],
)
def test_a_count_of_years_is_no_issue_year(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


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
