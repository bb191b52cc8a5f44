"""Documents: a type word right after 'Tổ chức' (an org blocker of document_types.tsv) is part of an organization's
name ('Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO)', 'Tổ chức Hiệp ước An ninh tập thể'), no document; the treaty
named on its own still is, and 'tổ chức' the verb blocks nothing. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 21-11, Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) họp khẩn tại Brussels.",
        "Ông được bổ nhiệm làm đại sứ tại Tổ chức Hiệp ước Bắc Đại Tây Dương.",
        "Các nước thành viên Tổ chức Hiệp ước An ninh tập thể (CSTO) tập trận chung.",
        "Phát biểu tại trụ sở của Tổ chức Hiệp ước Đông Nam Á, ông nhắc lại lập trường.",
    ],
)
def test_a_treaty_organization_is_no_document(extractor, text) -> None:
    assert not any(t == "Hiệp ước" for t, _ in document_pairs(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 1949, mười hai nước ký Hiệp ước Bắc Đại Tây Dương tại Washington.",
         ("Hiệp ước", "Hiệp ước Bắc Đại Tây Dương")),
        ("Hai bên cam kết tuân thủ Hiệp ước Cắt giảm vũ khí chiến lược mới.",
         ("Hiệp ước", "Hiệp ước Cắt giảm vũ khí chiến lược mới")),
        # 'tổ chức' the verb (lower case) before a type word: the document is named
        ("Sở đã tổ chức Kế hoạch phát triển du lịch cộng đồng giai đoạn 2025-2030 tại các xã.",
         ("Kế hoạch", "Kế hoạch phát triển du lịch cộng đồng giai đoạn 2025-2030")),
    ],
)
def test_a_treaty_named_on_its_own_still_is(extractor, text, expected) -> None:
    assert expected in document_pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Tổ chức' opening a duty is the verb: only an accord's type word after it is an organization's name
        ("Tổ chức Kế hoạch phát triển du lịch cộng đồng giai đoạn 2025-2030 tại các xã.",
         ("Kế hoạch", "Kế hoạch phát triển du lịch cộng đồng giai đoạn 2025-2030")),
        ("Nhiệm vụ trọng tâm: Tổ chức Đề án phát triển nông nghiệp sạch giai đoạn 2025-2030 tại các xã.",
         ("Đề án", "Đề án phát triển nông nghiệp sạch giai đoạn 2025-2030")),
        ("Tổ chức Quy hoạch tỉnh Sơn Mai thời kỳ 2021-2030 đến người dân.",
         ("Quy hoạch", "Quy hoạch tỉnh Sơn Mai thời kỳ 2021-2030")),
    ],
)
def test_the_verb_opening_a_duty_blocks_no_plan(extractor, text, expected) -> None:
    assert expected in document_pairs(extractor, text)
