"""Documents: a part of a year printed before 'năm' and its year inside a capitalized plan's name belongs to it
("Chương trình kiểm tra chuyên đề 6 tháng cuối năm 2026", "... quý IV năm 2026"; year_part rows of
document_types.tsv), as "năm 2025" alone does. Lower-case plans named by such a period only, a company's plans,
a plan as a common noun ("theo kế hoạch", "có kế hoạch") and a show ("chương trình nghệ thuật") name no document.
Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle

_PLANS = ("Kế hoạch", "Chương trình", "Quy chế", "Đề án")


def plans(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2026, 7, 1)))
    return sorted(d.number for d in article.documents if d.type in _PLANS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Thường trực đã thông qua Chương trình kiểm tra chuyên đề 6 tháng cuối năm 2026.",
         ["Chương trình kiểm tra chuyên đề 6 tháng cuối năm 2026"]),
        ("Các ủy viên nhất trí Chương trình giám sát 6 tháng đầu năm 2027 của cơ quan.",
         ["Chương trình giám sát 6 tháng đầu năm 2027"]),
        ("Hội nghị đã thông qua Chương trình công tác quý IV năm 2026 và phân công các thành viên phụ trách.",
         ["Chương trình công tác quý IV năm 2026"]),
        ("Đảng ủy phường ban hành Kế hoạch kiểm tra, giám sát 9 tháng đầu năm 2027.",
         ["Kế hoạch kiểm tra, giám sát 9 tháng đầu năm 2027"]),
        ("Chi bộ thông qua Chương trình công tác quý II năm 2026 với năm nhóm nhiệm vụ.",
         ["Chương trình công tác quý II năm 2026"]),
        ("Sở Y tế thành phố ban hành Kế hoạch tiêm chủng mở rộng 3 tháng đầu năm 2027.",
         ["Kế hoạch tiêm chủng mở rộng 3 tháng đầu năm 2027"]),
        ("Ban Thường vụ thông qua Chương trình kiểm tra 9 tháng cuối năm 2026 của Ủy ban Kiểm tra.",
         ["Chương trình kiểm tra 9 tháng cuối năm 2026"]),
        ("UBND xã đã thông qua Kế hoạch tuyên truyền quý I năm 2027 về phòng cháy.",
         ["Kế hoạch tuyên truyền quý I năm 2027"]),
        # a year alone, as before
        ("Thường trực Hội đã thông qua Chương trình giám sát năm 2026.",
         ["Chương trình giám sát năm 2026"]),
    ],
)
def test_year_part_inside_name(extractor, text: str, expected: list[str]) -> None:
    assert plans(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case plan named by its period only, a company's plan, a financial report of a quarter
        "Đến nay huyện đã hoàn thành kế hoạch 6 tháng đầu năm 2026 với nhiều chỉ tiêu vượt mức.",
        "HĐQT của doanh nghiệp vừa duyệt kế hoạch kinh doanh 6 tháng cuối năm 2026.",
        "Nhà máy gạch đã vượt kế hoạch sản xuất năm 2026 trước hai tháng.",
        "Báo cáo tài chính quý III năm 2026 của doanh nghiệp cho thấy lợi nhuận tăng mạnh.",
        # a plan as a common noun
        "Theo kế hoạch, cây cầu mới sẽ thông xe trong quý IV năm 2027.",
        "Thôn chưa có kế hoạch di dời các hộ sống ven suối trong mùa mưa này.",
        # a show, no document
        "Đội văn nghệ xã biểu diễn chương trình nghệ thuật chào mừng ngày hội đại đoàn kết.",
    ],
)
def test_no_document(extractor, text: str) -> None:
    assert plans(extractor, text) == []


def test_national_target_programme_kept(extractor) -> None:
    text = "Phường quyết tâm làm tốt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030."
    assert plans(extractor, text) == ["Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030"]
