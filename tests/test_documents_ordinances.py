"""Ordinances named in running text, on constructed sentences: a listed ordinance printed in lower case is a
document ("nội dung pháp lệnh ưu đãi người có công ..."), a listed law or ordinance followed by 'số' and a short
number is named by that number ("pháp lệnh ... số 26 của Ủy ban Thường vụ Quốc hội"), a year after 'số' is no
such number, and a full số hiệu after the name stays the document's number."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có thể thấy như nội dung pháp lệnh ưu đãi người có công lẽ ra sẽ bàn đến vào đầu năm 2017.",
         [("Pháp lệnh", "Pháp lệnh Ưu đãi người có công")]),
        ("Chính phủ trình dự thảo Pháp lệnh Ưu đãi người có công với cách mạng (sửa đổi) tại phiên họp.",
         [("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng (sửa đổi)")]),
        ("Mức thu được quy định tại Pháp lệnh Chi phí tố tụng, áp dụng từ năm sau.",
         [("Pháp lệnh", "Pháp lệnh Chi phí tố tụng")]),
    ],
)
def test_a_listed_ordinance_in_running_text(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND tỉnh xem xét công nhận liệt sĩ theo quy định tại pháp lệnh ưu đãi người có công với cách mạng số 26 "
         "của Ủy ban Thường vụ Quốc hội.", [("Pháp lệnh", "26")]),
        ("Theo Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14, thân nhân liệt sĩ được trợ cấp.",
         [("Pháp lệnh", "02/2020/UBTVQH14")]),
    ],
)
def test_a_number_after_a_listed_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_a_year_after_so_is_no_number(extractor) -> None:
    found = pairs(extractor, "Theo Điều 3 Luật Đất đai số 2024 quy định về giải thích từ ngữ, đất ở là đất để ở.")
    assert found == [("Luật", "Luật Đất đai")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội đang sửa lại một số đạo luật như: Luật hình sự quy định những tội danh tham nhũng, Luật tố tụng "
         "hình sự tạo điều kiện cho các cơ quan tố tụng.",
         [("Luật", "Luật Hình sự"), ("Luật", "Luật Tố tụng hình sự")]),
        ("Ông bị xử theo Bộ luật Hình sự năm 2015 và Bộ Luật tố tụng hình sự.",
         # its one edition printed, the code is named bare (document_types.tsv edition_bare)
         [("Bộ luật", "Bộ luật Hình sự"), ("Bộ luật", "Bộ luật Tố tụng hình sự")]),
    ],
)
def test_a_code_printed_as_a_law_keeps_its_printed_type(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hồ sơ được chuyển cho cơ quan điều tra theo pháp luật tố tụng hình sự.",
        "Tài sản được chia theo pháp luật dân sự và pháp lệnh về thừa kế.",
    ],
)
def test_the_law_of_a_field_is_no_document(extractor, text) -> None:
    assert pairs(extractor, text) == []
