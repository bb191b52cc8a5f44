"""Documents: where the matter of a title set as 'về việc <matter>' ends. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def pairs(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return [(d.type, d.number) for d in article.documents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma before a lower-case item of the matter goes on
        ("Sau khi Quốc hội thông qua Nghị quyết về việc sắp xếp các tỉnh, thành phố trực thuộc trung ương năm 2025, "
         "Ủy ban đề nghị Chính phủ chỉ đạo.",
         ("Nghị quyết", "Nghị quyết về việc sắp xếp các tỉnh, thành phố trực thuộc trung ương năm 2025")),
        ("UBND tỉnh ban hành Quyết định về việc hỗ trợ học sinh, sinh viên vùng khó khăn. Quyết định có hiệu lực ngay.",
         ("Quyết định", "Quyết định về việc hỗ trợ học sinh, sinh viên vùng khó khăn")),
        # a period inside an abbreviation and a dash between two words of a place
        ("Bộ Tư pháp đã ban hành Quyết định về việc thành lập Thi hành án dân sự TP.HCM (sau đây gọi là THADS).",
         ("Quyết định", "Quyết định về việc thành lập Thi hành án dân sự TP.HCM")),
        ("Bộ đã ban hành Quyết định về việc thành lập Thi hành án dân sự tỉnh Bà Rịa - Vũng Tàu.",
         ("Quyết định", "Quyết định về việc thành lập Thi hành án dân sự tỉnh Bà Rịa - Vũng Tàu")),
        # the predicate after the title ends it
        ("Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025 có hiệu lực kể từ ngày hôm nay.",
         ("Nghị quyết", "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh năm 2025")),
        ("Quốc hội thông qua Nghị quyết về việc kéo dài thời hạn miễn thuế với đa số đại biểu tán thành.",
         ("Nghị quyết", "Nghị quyết về việc kéo dài thời hạn miễn thuế")),
    ],
)
def test_the_matter_runs_over_its_items_to_the_clause_end(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma before a capital, a clause word or the predicate ends the matter
        ("Quốc hội đã thông qua Nghị quyết về việc kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp, có hiệu lực "
         "từ ngày 1/1/2026.",
         ("Nghị quyết", "Nghị quyết về việc kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp")),
        ("Tỉnh ban hành Quyết định về việc thành lập trung tâm phục vụ hành chính công, trong đó giao Sở Nội vụ chủ trì.",
         ("Quyết định", "Quyết định về việc thành lập trung tâm phục vụ hành chính công")),
        ("Tỉnh ban hành Quyết định về việc thành lập trung tâm phục vụ hành chính công, Sở Nội vụ được giao chủ trì.",
         ("Quyết định", "Quyết định về việc thành lập trung tâm phục vụ hành chính công")),
        ("Bộ ban hành Thông báo về việc tuyển dụng công chức, các thí sinh nộp hồ sơ trước ngày 30/6.",
         ("Thông báo", "Thông báo về việc tuyển dụng công chức")),
    ],
)
def test_a_comma_before_a_new_clause_ends_the_matter(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)
