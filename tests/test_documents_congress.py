"""Documents: a lower-case resolution of a congress named by no body, with only a term, is the resolutions of
every level, no document ('nghị quyết đại hội đảng bộ nhiệm kỳ 2020-2025'). Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def numbers(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return [d.number for d in article.documents if d.type == "Nghị quyết"]


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội đảng bộ các cấp thực hiện: (1) Tổng kết thực hiện nghị quyết đại hội đảng bộ nhiệm kỳ 2020-2025 và "
        "xác định phương hướng.",
        "Đại hội tổng kết việc thực hiện nghị quyết đại hội nhiệm kỳ 2020-2025 trên cơ sở nội dung đó.",
        "Các chi bộ đánh giá kết quả thực hiện nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025.",
    ],
)
def test_a_congress_of_every_level_names_no_resolution(extractor, text) -> None:
    assert numbers(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh đã triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025.",
         "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX"),
        ("Thành phố tổ chức thực hiện nghị quyết đại hội Đảng bộ thành phố Hà Nội nhiệm kỳ 2020-2025.",
         "Nghị quyết đại hội Đảng bộ thành phố Hà Nội nhiệm kỳ 2020-2025"),
    ],
)
def test_a_congress_named_by_its_body_stays(extractor, text, expected) -> None:
    assert expected in numbers(extractor, text)
