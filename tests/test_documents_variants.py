"""One document printed two ways, and plan words followed by nothing but a period, on constructed
sentences: a city printed in full and abbreviated inside a name ("Thành phố Hồ Chí Minh" / "TP.HCM"), a
treaty printed with its abbreviation and then by it alone, "kế hoạch năm 2017" (lower case: no name), "văn
bản 681" (a number makes lower-case "văn bản" a reference), "Tuyên bố chung Việt Nam - Trung Quốc" (a joint
statement named by its parties)."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs

# --------------------------------------------------------------------------- a city printed in full or abbreviated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở triển khai Đề án “Nâng cao chất lượng gia đình ở Thành phố Hồ Chí Minh giai đoạn 2021 – 2030”. Các "
         "đơn vị thực hiện Đề án “Nâng cao chất lượng gia đình ở TP Hồ Chí Minh giai đoạn 2021 – 2030”.",
         [("Đề án", "Đề án Nâng cao chất lượng gia đình ở Thành phố Hồ Chí Minh giai đoạn 2021 – 2030")]),
        ("UBND ban hành Kế hoạch phát triển nhà ở TP.HCM giai đoạn 2021-2025. Kế hoạch phát triển nhà ở Thành phố "
         "Hồ Chí Minh giai đoạn 2021-2025 đặt mục tiêu 50.000 căn.",
         [("Kế hoạch", "Kế hoạch phát triển nhà ở TP.HCM giai đoạn 2021-2025")]),
        ("Thành phố triển khai Đề án “Chống ngập ở TP. Hồ Chí Minh”. Đề án “Chống ngập ở Thành phố Hồ Chí Minh” "
         "cần 10.000 tỷ đồng.",
         [("Đề án", "Đề án Chống ngập ở TP. Hồ Chí Minh")]),
    ],
)
def test_a_city_printed_in_full_or_abbreviated_is_one_document(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các đơn vị thực hiện đề án \"Nghiên cứu xây dựng tiêu chí đánh giá gia đình hạnh phúc ở TP.HCM giai đoạn "
         "2021-2030\".",
         ("Đề án", "Đề án Nghiên cứu xây dựng tiêu chí đánh giá gia đình hạnh phúc ở TP.HCM giai đoạn 2021-2030")),
        ("Sở Xây dựng trình Kế hoạch cải tạo chung cư cũ TP.HCM năm 2025 để UBND xem xét.",
         ("Kế hoạch", "Kế hoạch cải tạo chung cư cũ TP.HCM năm 2025")),
    ],
)
def test_a_period_inside_an_abbreviation_does_not_end_a_name(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


def test_a_period_before_a_new_sentence_ends_a_name(extractor) -> None:
    found = pairs(extractor, "Tỉnh triển khai Kế hoạch phát triển du lịch năm 2025. Tháng 6 tỉnh đón khách.")
    assert found == [("Kế hoạch", "Kế hoạch phát triển du lịch năm 2025")]


# --------------------------------------------------------------------------- a treaty and its abbreviation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria đã phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu (EVIPA). Các nước EU cần sớm "
         "phê chuẩn Hiệp định EVIPA.",
         [("Hiệp định", "Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu (EVIPA)")]),  # parties: bracket in
        ("Hai nước triển khai Hiệp định Đối tác Kinh tế toàn diện khu vực (RCEP). Hiệp định RCEP có hiệu lực từ năm "
         "2022.",
         [("Hiệp định", "Hiệp định Đối tác Kinh tế toàn diện khu vực")]),
    ],
)
def test_a_treaty_printed_with_its_abbreviation_is_one_document(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_a_law_still_needs_its_initials(extractor) -> None:
    found = pairs(extractor, "Luật Nhà ở (NƠ) được thông qua. Luật NƠ có hiệu lực từ 1/7.")
    assert len(found) == 2


# --------------------------------------------------------------------------- a plan word and a period only


@pytest.mark.parametrize(
    "text",
    [
        "Chính phủ thảo luận các nghị quyết về chỉ đạo điều hành thực hiện kế hoạch năm 2017.",
        "Thủ tướng đề nghị không để ảnh hưởng đến kế hoạch năm 2016 và quý I/2017.",
        "Các địa phương thực hiện chương trình giai đoạn 2021-2025 còn chậm.",
    ],
)
def test_a_plan_word_and_a_period_is_no_document(extractor, text) -> None:
    assert not any(t in ("Kế hoạch", "Chương trình") for t, _ in pairs(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ triển khai Kế hoạch phát triển du lịch năm 2025 trên toàn quốc.",
         ("Kế hoạch", "Kế hoạch phát triển du lịch năm 2025")),
        ("Chính phủ ban hành Chương trình công tác năm 2025 của Chính phủ.",
         ("Chương trình", "Chương trình công tác năm 2025")),
    ],
)
def test_a_plan_with_a_subject_and_a_period_stays(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ trưởng trình bày Báo cáo về kết quả tái cơ cấu giai đoạn 2011-2015, Kế hoạch 2016-2020 và báo cáo "
         "thẩm tra.", ("Kế hoạch", "Kế hoạch 2016-2020")),
        ("Quốc hội xem xét Kế hoạch năm 2026 của Chính phủ.", ("Kế hoạch", "Kế hoạch năm 2026")),
    ],
)
def test_a_capitalized_plan_word_and_a_period_is_a_name(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


# --------------------------------------------------------------------------- "văn bản" and its number in lower case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Từ ngày 16/6, quận này đã có văn bản 681 giao nhiệm vụ cho Chủ tịch 8 phường.", ("Văn bản", "681")),
        ("Văn phòng Chính phủ đã có văn bản 8347 truyền đạt ý kiến của Phó thủ tướng.", ("Văn bản", "8347")),
        ("Phó Chủ tịch UBND thành phố vừa ký văn bản số 6016 tạm dừng hoạt động bến thủy.", ("Văn bản", "6016")),
    ],
)
def test_van_ban_with_a_number_in_lower_case(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sở đã gửi văn bản 3 lần nhưng không được trả lời.",
        "Năm qua, tỉnh ban hành hơn 100 văn bản, 5 năm trước con số này là 60.",
    ],
)
def test_van_ban_before_a_count_is_no_reference(extractor, text) -> None:
    assert not any(t == "Văn bản" for t, _ in pairs(extractor, text))


# --------------------------------------------------------------------------- a joint statement named by its parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Ngoại giao thúc đẩy hợp tác theo tinh thần Tuyên bố chung Việt Nam - Trung Quốc.",
         ("Tuyên bố chung", "Tuyên bố chung Việt Nam - Trung Quốc")),
        ("Hai nước ra Tuyên bố chung Việt Nam - Nhật Bản, mở ra giai đoạn hợp tác mới.",
         ("Tuyên bố chung", "Tuyên bố chung Việt Nam - Nhật Bản")),
    ],
)
def test_a_joint_statement_named_by_its_parties(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Các văn kiện sẽ được ký kết trong chuyến thăm, bao gồm tuyên bố chung và các thỏa thuận giáo dục.",
        "Hai bên triển khai nội dung Tuyên bố chung mà lãnh đạo cấp cao hai nước đã ký kết.",
        "Chủ tịch nước trao bản Tuyên bố chung trong đó có một nội dung rất quan trọng.",
    ],
)
def test_an_unnamed_joint_statement_is_no_document(extractor, text) -> None:
    assert not any(t == "Tuyên bố chung" for t, _ in pairs(extractor, text))
