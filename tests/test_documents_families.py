"""Documents: pattern families that held on unseen articles only after a fix, each on constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs

# --------------------------------------------------------------------------- the type is what the text prints


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội đã thông qua Luật số 47/2024/QH15 với đa số phiếu tán thành.", [("Luật", "47/2024/QH15")]),
        ("Theo Luật Đất đai số 31/2024/QH15, người dân được cấp giấy chứng nhận.", [("Luật", "31/2024/QH15")]),
        ("Nghị quyết số 193/2025/QH15 của Quốc hội có hiệu lực.", [("Nghị quyết", "193/2025/QH15")]),
        ("Bộ luật Lao động số 45/2019/QH14 quy định thời giờ làm việc.", [("Bộ luật", "45/2019/QH14")]),
    ],
)
def test_a_qh_number_takes_the_type_printed_with_it(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ 190/2025/QH15 của Quốc hội, Chính phủ hướng dẫn thực hiện.",
        "Văn bản hợp nhất số 12/2025/QH15 được đăng tải.",
    ],
)
def test_a_qh_number_alone_names_no_type(extractor, text) -> None:
    assert pairs(extractor, text) == []


def test_a_named_law_printed_again_is_the_numbered_law(extractor) -> None:
    text = "Theo Luật Đất đai số 31/2024/QH15, người dân được cấp giấy chứng nhận. Luật Đất đai có hiệu lực từ 1/8."
    assert pairs(extractor, text) == [("Luật", "31/2024/QH15")]


# --------------------------------------------------------------------------- amending laws


def test_an_amending_law_listing_the_laws_it_amends_is_one_document(extractor) -> None:
    text = ("Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự, Luật Thi hành án hình sự và Luật Tổ chức "
            "cơ quan điều tra hình sự số 61/2024/QH15 có hiệu lực từ 1/7.")
    assert pairs(extractor, text) == [("Luật", "61/2024/QH15")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán và Luật Kiểm "
         "toán độc lập với đa số phiếu.",
         "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán và Luật Kiểm toán độc lập"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở đã được ban hành.",
         "Luật sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai đã được ban hành.",
         "Luật sửa đổi, bổ sung một số điều của Luật Đất đai"),
    ],
)
def test_an_amending_law_without_number_keeps_its_whole_title(extractor, text, name) -> None:
    assert pairs(extractor, text) == [("Luật", name)]


# --------------------------------------------------------------------------- numbers of every form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng ký Công điện số 78/CĐ-TTg ngày 29/5/2025.", ("Công điện", "78/CĐ-TTg")),
        ("Theo Công điện 112/CĐ-TTg, các bộ phải báo cáo.", ("Công điện", "112/CĐ-TTg")),
        ("Ban Bí thư ban hành Chỉ thị số 45-CT/TW về đại hội.", ("Chỉ thị", "45-CT/TW")),
        ("Thủ tướng ban hành Chỉ thị số 05/CT-TTg ngày 3/3/2025.", ("Chỉ thị", "05/CT-TTg")),
        ("Bộ Chính trị ban hành Kết luận số 127-KL/TW.", ("Kết luận", "127-KL/TW")),
        ("Thực hiện Kết luận 126-KL/TW của Bộ Chính trị.", ("Kết luận", "126-KL/TW")),
    ],
)
def test_telegram_directive_and_conclusion_numbers(extractor, text, expected) -> None:
    assert pairs(extractor, text) == [expected]


# --------------------------------------------------------------------------- named documents without a number


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HĐND tỉnh đã thông qua Nghị quyết quy định mức hỗ trợ đối với cán bộ, công chức dôi dư do sắp xếp "
         "đơn vị hành chính.", "Nghị quyết quy định mức hỗ trợ đối với cán bộ, công chức dôi dư"),
        ("Kỳ họp đã thông qua Nghị quyết quy định chính sách hỗ trợ chi phí đi lại cho cán bộ.",
         "Nghị quyết quy định chính sách hỗ trợ chi phí đi lại"),
        ("HĐND thành phố vừa ban hành Nghị quyết quy định mức thu học phí năm học 2025-2026.",
         "Nghị quyết quy định mức thu học phí năm học 2025-2026"),
    ],
)
def test_a_resolution_named_by_what_it_regulates(extractor, text, name) -> None:
    assert pairs(extractor, text) == [("Nghị quyết", name)]


def test_a_resolution_that_regulates_needs_an_issuing_verb(extractor) -> None:
    assert pairs(extractor, "Nghị quyết quy định rõ trách nhiệm của người đứng đầu.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh đẩy mạnh Chương trình mục tiêu quốc gia xây dựng nông thôn mới và Chương trình mục tiêu quốc gia "
         "giảm nghèo bền vững.",
         [("Chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
          ("Chương trình", "Chương trình mục tiêu quốc gia giảm nghèo bền vững")]),
        ("Tỉnh tập trung giải ngân vốn Chương trình mục tiêu quốc gia phát triển bền vững kinh tế lâm nghiệp.",
         [("Chương trình", "Chương trình mục tiêu quốc gia phát triển bền vững kinh tế lâm nghiệp")]),
    ],
)
def test_national_target_programmes_keep_their_whole_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_working_regulations_named_by_their_subject(extractor) -> None:
    text = "UBND tỉnh ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021-2026."
    assert pairs(extractor, text)[0][0] == "Quy chế"
    assert pairs(extractor, text)[0][1].startswith("Quy chế làm việc")


def test_a_verb_after_a_scheme_word_names_nothing(extractor) -> None:
    assert pairs(extractor, "Các cơ quan sớm hoàn thiện Đề án báo cáo Bộ Chính trị cho ý kiến.") == []


# --------------------------------------------------------------------------- the verb after a law's name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Điều 66 của Luật BHXH quy định, đối với lao động nữ, mức hưởng bằng 45%.", [("Luật", "Luật BHXH")]),
        ("Luật Cư trú quy định, công dân phải đăng ký thường trú.", [("Luật", "Luật Cư trú")]),
        ("Khoản 2 Điều 8 Luật Đất đai quy định, người sử dụng đất được cấp giấy.", [("Luật", "Luật Đất đai")]),
        ("Bộ luật Hình sự quy định, người phạm tội bị phạt tù.", [("Bộ luật", "Bộ luật Hình sự")]),
    ],
)
def test_the_verb_quy_dinh_after_a_law_is_not_its_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


# --------------------------------------------------------------------------- a law's name abbreviated in the article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị định hướng dẫn Luật Bảo hiểm xã hội (BHXH) về BHXH bắt buộc. Điều 66 của Luật BHXH nêu rõ mức hưởng.",
         [("Luật", "Luật Bảo hiểm xã hội")]),
        ("Theo Luật Bảo hiểm y tế (BHYT), người dân được hỗ trợ. Luật BHYT có hiệu lực từ 1/7.",
         [("Luật", "Luật Bảo hiểm y tế")]),
        ("Luật Phòng cháy chữa cháy (PCCC) được sửa đổi. Nhiều điều của Luật PCCC đã lạc hậu.",
         [("Luật", "Luật Phòng cháy chữa cháy")]),
    ],
)
def test_a_law_printed_with_its_abbreviation_is_one_law(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_a_parenthesis_that_is_not_the_initials_names_no_alias(extractor) -> None:
    text = "Luật Nhà ở (NƠ) được thông qua. Luật NƠ có hiệu lực từ 1/7."
    assert ("Luật", "Luật Nhà ở") in pairs(extractor, text)
    assert len(pairs(extractor, text)) == 2


# --------------------------------------------------------------------------- a part of a draft is not its subject


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp thu ý kiến này, Chính phủ đã chỉnh lý dự thảo Nghị quyết về hiệu lực thi hành theo hướng có hiệu lực ngay.",
        "Ban soạn thảo đã chỉnh lý dự thảo Nghị định về phạm vi điều chỉnh cho phù hợp.",
        "Cơ quan soạn thảo tiếp thu, chỉnh lý dự thảo Nghị quyết về đối tượng áp dụng theo hướng mở rộng.",
    ],
)
def test_a_draft_named_by_one_of_its_parts_is_no_document(extractor, text) -> None:
    assert pairs(extractor, text) == []


def test_a_draft_named_by_its_subject_stays_a_document(extractor) -> None:
    text = "Quốc hội thảo luận dự thảo Nghị quyết về thí điểm một số cơ chế phát triển nhà ở xã hội."
    assert pairs(extractor, text) == [("Nghị quyết", "Nghị quyết về thí điểm một số cơ chế phát triển nhà ở xã hội")]


# --------------------------------------------------------------------------- a foreign act: "Đạo luật" is its printed type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quyết định được đưa ra sau khi rà soát theo Đạo luật Đầu tư Canada. Đạo luật này cho phép chính phủ đánh giá.",
         [("Đạo luật", "Đạo luật Đầu tư Canada")]),
        ("Tổng thống Mỹ ký Đạo luật Giảm lạm phát có hiệu lực ngay.", [("Đạo luật", "Đạo luật Giảm lạm phát")]),
        ("Quốc hội Mỹ thông qua Đạo luật Chip và Khoa học năm 2022.",
         [("Đạo luật", "Đạo luật Chip và Khoa học năm 2022")]),
        ("Theo Luật Đầu tư, nhà đầu tư được bảo hộ.", [("Luật", "Luật Đầu tư")]),
    ],
)
def test_dao_luat_is_printed_as_its_own_type(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected
