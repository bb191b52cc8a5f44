"""Documents: a lower-case resolution or plan named with its period is a document when the passive of an issuing
verb follows it with its body ('nghị quyết về dự toán ngân sách nhà nước năm 2025 được Quốc hội thông qua'), as
a context word before it makes one. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong kỳ họp vừa qua, nghị quyết về dự toán ngân sách nhà nước năm 2025 được Quốc hội thông qua nêu rõ "
         "chủ trương chưa tăng lương.",
         [("Nghị quyết", "Nghị quyết về dự toán ngân sách nhà nước năm 2025")]),
        ("Sau đó nghị quyết về phân bổ vốn năm 2024 đã được Quốc hội thông qua với đa số phiếu.",
         [("Nghị quyết", "Nghị quyết về phân bổ vốn năm 2024")]),
        ("Tại kỳ họp, kế hoạch đầu tư công trung hạn giai đoạn 2021-2025 đã được HĐND tỉnh Quảng Nam phê duyệt.",
         [("Kế hoạch", "Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025")]),
    ],
)
def test_a_lower_case_name_passed_by_a_body_is_a_document(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # passed by no body, or by shareholders; a period alone is no name
        "Công ty cho biết kế hoạch chia cổ tức năm 2026 được cổ đông thông qua hôm qua.",
        "Trong năm, kế hoạch năm 2025 được Quốc hội thông qua.",
        # praised, not issued
        "Ông nói kế hoạch kinh doanh năm 2025 được nhiều người đánh giá cao.",
        # without a period the lower-case name still needs a context word
        "Ông cho biết nghị quyết về tiền lương được Quốc hội thông qua.",
    ],
)
def test_other_passives_make_no_document(extractor, text) -> None:
    assert document_pairs(extractor, text) == []
