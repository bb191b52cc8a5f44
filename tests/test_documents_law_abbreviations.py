"""Documents: a law printed by its abbreviation ('Luật TMĐT', 'Luật PPP') is named by the abbreviation alone,
whatever lower-case words follow it ('dự thảo Luật TMĐT chồng chéo với ...'); printed in full with the
abbreviation first, the abbreviation names that law. Laws passed lately are listed by their full names, so a
longer name is not cut at a shorter listed one ('Luật Thương mại điện tử', not 'Luật Thương mại').
Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs as docs


@pytest.mark.parametrize(("text", "expected"), [
    ("Đại biểu lo ngại dự thảo Luật PPP chồng chéo với các luật khác.", [("Luật", "Luật PPP")]),
    ("Nhiều nội dung của Luật NSNN còn bất cập, đại biểu nêu.", [("Luật", "Luật NSNN")]),
    ("Theo Luật BHXH năm 2024, người lao động được hưởng trợ cấp.", [("Luật", "Luật BHXH năm 2024")]),
])
def test_an_abbreviated_law_is_named_by_its_abbreviation(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tại phiên thảo luận về dự án Luật Thương mại điện tử (TMĐT), đại biểu nhất trí. "
     "Dự thảo Luật TMĐT chồng chéo với Luật An ninh mạng.",
     [("Luật", "Luật Thương mại điện tử"), ("Luật", "Luật An ninh mạng")]),
    ("Quốc hội thông qua Luật Bảo vệ dữ liệu cá nhân và Luật Trí tuệ nhân tạo.",
     [("Luật", "Luật Bảo vệ dữ liệu cá nhân"), ("Luật", "Luật Trí tuệ nhân tạo")]),
    ("Hợp đồng mua bán hàng hóa tuân theo Luật Thương mại năm 2005.", [("Luật", "Luật Thương mại năm 2005")]),
])
def test_a_longer_listed_law_is_not_cut_at_a_shorter_one(extractor, text, expected) -> None:
    assert docs(extractor, text) == expected
