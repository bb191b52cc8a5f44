"""Documents: a lower-case plan whose name opens with a company's business words is the company's own plan, no
document, whatever context word or year goes with it ('Hội đồng quản trị thông qua kế hoạch kinh doanh năm 2025';
business rows of document_types.tsv); a state plan after the same verb, or a capitalized plan, is still one.
Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def plans(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 30)))
    return sorted(d.number for d in article.documents if d.type in ("Kế hoạch", "Chương trình"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đại hội đồng cổ đông của công ty đã thông qua kế hoạch kinh doanh năm 2025 với doanh thu 900 tỷ đồng.", []),
        ("Hội đồng quản trị cũng thông qua kế hoạch sản xuất kinh doanh quý IV/2025 của tập đoàn.", []),
        ("Theo tờ trình gửi cổ đông, kế hoạch chia cổ tức năm 2024 được thông qua ở mức 12%.", []),
        ("Công ty sẽ triển khai chương trình ESOP năm 2025 cho 300 nhân viên.", []),
        ("Ngân hàng thông qua kế hoạch lợi nhuận năm 2025 tăng 15% so với năm trước.", []),
        ("Đại hội cổ đông phê duyệt kế hoạch phát hành cổ phiếu năm 2025 để tăng vốn.", []),
        # a state plan after the same verb, or a capitalized plan, is still one
        ("Quốc hội thông qua kế hoạch phát triển kinh tế - xã hội năm 2026.",
         ["Kế hoạch phát triển kinh tế - xã hội năm 2026"]),
        ("Tại kỳ họp cuối năm, các đại biểu thông qua kế hoạch vốn đầu tư công giai đoạn 2026-2030 của tỉnh.",
         ["Kế hoạch vốn đầu tư công giai đoạn 2026-2030"]),
        ("Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch kinh doanh xổ số năm 2026.",
         ["Kế hoạch kinh doanh xổ số năm 2026"]),
        # a state issuer or 'ban hành' before a business plan makes it a state plan, a document still
        ("UBND thành phố mới ban hành kế hoạch kinh doanh vé số năm 2027 cho đơn vị xổ số địa phương.",
         ["Kế hoạch kinh doanh vé số năm 2027"]),
        ("Tỉnh ủy đã ban hành chương trình sản xuất kinh doanh giai đoạn 2026-2030 của ngành lâm nghiệp.",
         ["Chương trình sản xuất kinh doanh giai đoạn 2026-2030"]),
        ("Bộ Xây dựng hôm qua đã ban hành kế hoạch tăng vốn điều lệ năm 2026 đối với hai tổng công ty.",
         ["Kế hoạch tăng vốn điều lệ năm 2026"]),
    ],
)
def test_company_plan_is_no_document(extractor, text, expected) -> None:
    assert plans(extractor, text) == expected
