"""Documents: a listed law printed with and without its commas, and a law whose listed name holds a shorter one.
Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # printed both ways: one law, named as the list spells it, whichever comes first
        ("Nội dung này giao thoa với Luật Chất lượng sản phẩm hàng hóa. Đại biểu đề nghị đưa vào Luật Chất lượng "
         "sản phẩm, hàng hóa thì phù hợp hơn.", [("Luật", "Luật Chất lượng sản phẩm, hàng hóa")]),
        ("Theo Luật Phòng, chống tham nhũng, người đứng đầu phải kê khai. Việc sửa Luật Phòng chống tham nhũng "
         "đang được nghiên cứu.", [("Luật", "Luật Phòng, chống tham nhũng")]),
        # printed only without its commas: named as printed
        ("Cử tri kiến nghị sửa Luật Chất lượng sản phẩm hàng hóa trong năm tới.",
         [("Luật", "Luật Chất lượng sản phẩm hàng hóa")]),
    ],
)
def test_a_law_printed_with_and_without_commas_is_named_as_listed(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự án không căn cứ vào quy định tại Luật Quy hoạch và Luật Quy hoạch đô thị. Người dân khiếu nại.",
         [("Luật", "Luật Quy hoạch"), ("Luật", "Luật Quy hoạch đô thị")]),
        ("Quốc hội thông qua Luật Quy hoạch đô thị và nông thôn với đa số đại biểu tán thành.",
         [("Luật", "Luật Quy hoạch đô thị và nông thôn")]),
    ],
)
def test_the_urban_planning_law_is_not_cut_at_the_planning_law(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "VAT" inside a law's name is "giá trị gia tăng": one law, named as first printed
        ("Quốc hội đã thông qua Luật Thuế giá trị gia tăng (VAT). Nhiều nội dung của Luật Thuế VAT có hiệu lực từ năm "
         "sau.", [("Luật", "Luật Thuế giá trị gia tăng")]),
        ("Đại biểu góp ý dự thảo Luật Thuế giá trị gia tăng. Ông cho rằng Luật Thuế VAT cần rõ hơn.",
         [("Luật", "Luật Thuế giá trị gia tăng")]),
        # "và" and a draft's word before another law ends the first law's name
        ("Cần quy định việc thu thuế trong cả dự thảo Luật Thuế VAT và dự thảo Luật Quản lý thuế để tăng hiệu quả.",
         [("Luật", "Luật Thuế VAT"), ("Luật", "Luật Quản lý thuế")]),
        ("Quốc hội thảo luận dự thảo Luật Thủ đô và dự thảo Luật Đất đai (sửa đổi) trong tuần này.",
         [("Luật", "Luật Thủ đô"), ("Luật", "Luật Đất đai (sửa đổi)")]),
    ],
)
def test_vat_and_a_draft_after_a_law(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected
