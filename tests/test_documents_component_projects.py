"""A national target programme's component project named by its number ("Dự án 8"), on constructed sentences:
capitalized and without 'số' it is a document; a lower-case or 'số' project number, a count of projects or a
sum of money is none."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Việc triển khai Dự án 8 “Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và "
         "trẻ em” đạt nhiều kết quả.", [("Dự án", "8")]),
        ("Dự án 8 được triển khai tại 9/10 huyện của tỉnh.", [("Dự án", "8")]),
        ("Hội phụ nữ thực hiện Dự án 8 và Dự án 10 của Chương trình mục tiêu quốc gia.",
         [("Dự án", "8"), ("Dự án", "10")]),
    ],
)
def test_a_component_project_by_its_number(extractor, text, expected) -> None:
    assert [p for p in pairs(extractor, text) if p[0] == "Dự án"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nhà đầu tư thực hiện dự án số 2 của khu công nghiệp.",
        "Nhà đầu tư thực hiện Dự án số 2 của khu công nghiệp.",
        "Tỉnh triển khai dự án 8 về bình đẳng giới.",
        "Tỉnh có 12 dự án trọng điểm; Dự án 3 tỷ đồng đã xong.",
        "Quốc hội thảo luận dự án Luật Nhà ở.",
    ],
)
def test_no_component_project(extractor, text) -> None:
    assert all(t != "Dự án" for t, _ in pairs(extractor, text))
