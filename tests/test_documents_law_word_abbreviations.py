"""Documents: a listed tax law printed with an abbreviation of the rest of its words after 'Thuế' ("Luật Thuế
TNCN") is the law of its full name (a law printed by its abbreviation alone, "Luật BHXH", keeps it:
test_documents_law_abbreviations); the abbreviation outside a law's name names no document. Constructed
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def laws(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return sorted(d.number for d in article.documents if d.type == "Luật")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo dự thảo Luật Thuế TNCN, thu nhập từ chuyển nhượng bất động sản chịu thuế 2%.",
         ["Luật Thuế thu nhập cá nhân"]),
        ("Bộ Tài chính đề xuất sửa Luật Thuế TNDN để ưu đãi doanh nghiệp khởi nghiệp sáng tạo.",
         ["Luật Thuế thu nhập doanh nghiệp"]),
        ("Các quy định của Luật BHYT về thông tuyến có hiệu lực từ ngày 1-7.", ["Luật BHYT"]),
        ("Mức thuế suất mới tại Luật Thuế TTĐB áp dụng cho đồ uống có đường.", ["Luật Thuế tiêu thụ đặc biệt"]),
        ("Ông Trần Văn Lộc cho biết Luật Thuế GTGT quy định mức thuế 5% với phân bón.", ["Luật Thuế giá trị gia tăng"]),
        # printed once in full and once abbreviated: one law
        ("Luật Thuế thu nhập cá nhân đang được sửa. Dự thảo Luật Thuế TNCN nâng mức giảm trừ gia cảnh.",
         ["Luật Thuế thu nhập cá nhân"]),
    ],
)
def test_a_law_printed_with_an_abbreviation_is_the_law_of_its_full_name(extractor, text, expected) -> None:
    assert laws(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # business, crime, health, sport, culture: the abbreviation outside a law's name
        "Doanh nghiệp phải nộp thuế TNCN cho người lao động trước ngày 20 hằng tháng.",
        "Công ty TNHH Minh Phát nộp 2 tỉ đồng thuế TNDN trong quý III.",
        "Bệnh viện Đa khoa tỉnh đã thanh toán BHYT cho 3.000 bệnh nhân.",
        "Theo luật sư Nguyễn Văn Hùng, khoản nợ BHXH của công ty sẽ bị truy thu.",
        "Câu lạc bộ bóng đá Sông Lam đóng BHXH đầy đủ cho cầu thủ từ mùa giải này.",
        "Nhà hát kịch Hà Nội được miễn thuế GTGT cho vé biểu diễn dịp Tết.",
    ],
)
def test_an_abbreviation_outside_a_law_names_no_law(extractor, text) -> None:
    assert laws(extractor, text) == []
