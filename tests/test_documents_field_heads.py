"""Documents: a lower-case plan, strategy or programme named only by a field before its year or period is an
owner's plan for that time, no document ('trong chiến lược phát triển giai đoạn 2025 - 2030, tỉnh ...', 'thực hiện
kế hoạch tài chính năm 2024'); more words before the period, or a capital, still name one. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle

PLANS = ("Chiến lược", "Kế hoạch", "Chương trình")


def names(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return [d.number for d in article.documents if d.type in PLANS]


@pytest.mark.parametrize(
    "text",
    [
        "Trong chiến lược phát triển giai đoạn 2021 - 2030, trường đặt mục tiêu thuộc nhóm 5 đại học hàng đầu.",
        "Trong chiến lược phát triển giai đoạn 2025-2030, tỉnh Lạng Sơn đặt mục tiêu hoàn thiện quy hoạch bảo tồn.",
        "Quốc hội nghe báo cáo tình hình thực hiện kế hoạch tài chính năm 2024 của các quỹ ngoài ngân sách.",
        "Hội đồng quản trị đã thông qua kế hoạch phát triển năm 2025 và phương án chia cổ tức.",
        "Công ty đang triển khai chiến lược phát triển giai đoạn 2024 - 2028 với nhiều sản phẩm mới.",
    ],
)
def test_a_field_alone_before_a_period_names_no_plan(extractor, text) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội giám sát việc thực hiện kế hoạch phát triển kinh tế - xã hội năm 2025.",
         "phát triển kinh tế - xã hội năm 2025"),
        ("Thủ tướng phê duyệt Chiến lược phát triển giai đoạn 2021 - 2030 của ngành ngân hàng.",
         "Chiến lược phát triển giai đoạn 2021 - 2030"),
        ("Bộ triển khai Chiến lược phát triển ngành thủy sản Việt Nam đến năm 2030.",
         "phát triển ngành thủy sản"),
    ],
)
def test_a_field_with_its_matter_or_a_capital_stays(extractor, text, expected) -> None:
    assert any(expected in (n or "") for n in names(extractor, text)), names(extractor, text)
