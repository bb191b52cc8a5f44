"""Documents: a plan printed in lower case and named with the place it plans ('... của TP X', '... của huyện Y').
Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự án không có trong danh mục theo kế hoạch sử dụng đất năm 2019 của TP Buôn Ma Thuột đã được phê duyệt.",
         [("Kế hoạch", "Kế hoạch sử dụng đất năm 2019 của TP Buôn Ma Thuột")]),
        ("Sở đề nghị rà soát theo kế hoạch sử dụng đất năm 2023 của huyện Đức Trọng trước khi giao đất.",
         [("Kế hoạch", "Kế hoạch sử dụng đất năm 2023 của huyện Đức Trọng")]),
        # a planning of a place needs no context word; a period after a comma belongs to it
        ("Do quy hoạch sử dụng đất của huyện Tuy Phước, thời kỳ 2021 - 2030 chưa được phê duyệt nên dự án dừng lại.",
         [("Quy hoạch", "Quy hoạch sử dụng đất của huyện Tuy Phước, thời kỳ 2021 - 2030")]),
        ("Khu đất nằm ngoài quy hoạch sử dụng đất của thị xã Sơn Tây nên không được cấp phép.",
         [("Quy hoạch", "Quy hoạch sử dụng đất của thị xã Sơn Tây")]),
    ],
)
def test_a_plan_named_with_its_place(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a plan with a period but no context word stays none, its place or not (a budget figure)
        "Được biết, tổng kế hoạch đầu tư công năm 2025 của TP Cần Thơ được giao là 5.000 tỷ đồng.",
        # a body after 'của' is the issuer, no place; a plan named by neither period nor place stays none
        "Ông nói kế hoạch của UBND tỉnh Bình Định sẽ sớm được công bố.",
        "Tổng thống có kế hoạch thăm tỉnh Quảng Ninh vào tuần tới.",
        "Khu đất được quy hoạch xây dựng trường học tại xã Tân Lập.",
    ],
)
def test_no_plan_without_period_or_place(extractor, text) -> None:
    assert document_pairs(extractor, text) == []
