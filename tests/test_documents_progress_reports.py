"""Documents: a yearly plan printed in lower case after 'tình hình thực hiện' / 'kết quả thực hiện' is the subject
of a progress report, no document ('xem xét tình hình thực hiện kế hoạch đầu tư công ... năm 2024'; progress rows
of document_types.tsv); after 'thực hiện' alone, or printed capitalized, it is still one. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def plans(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return sorted(d.number for d in article.documents if d.type == "Kế hoạch")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội xem xét tình hình thực hiện kế hoạch đầu tư công vốn ngân sách nhà nước năm 2024.", []),
        ("Sở gửi báo cáo đánh giá tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024 và năm 2025.", []),
        ("Quốc hội xem xét báo cáo đánh giá kết quả thực hiện kế hoạch phát triển kinh tế - xã hội và ngân sách nhà "
         "nước năm 2016.", []),
        ("Tỉnh báo cáo kết quả thực hiện kế hoạch sử dụng đất năm 2023.", []),
        # such a plan still opens a list of plans, whose later items are documents
        ("Quốc hội xem xét báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội năm 2016; kế hoạch tái cơ "
         "cấu nền kinh tế giai đoạn 2016-2020; kế hoạch tài chính 5 năm.",
         ["Kế hoạch tài chính 5 năm", "Kế hoạch tái cơ cấu nền kinh tế giai đoạn 2016-2020"]),
        # 'thực hiện' alone, or a capitalized plan, still names one
        ("Tỉnh thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024 đạt kết quả tốt.",
         ["Kế hoạch phát triển kinh tế - xã hội năm 2024"]),
        ("Đánh giá tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025 của tỉnh.",
         ["Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025"]),
    ],
)
def test_plan_whose_progress_is_reported(extractor, text, expected) -> None:
    assert plans(extractor, text) == expected
