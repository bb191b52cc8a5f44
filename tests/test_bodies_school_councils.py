"""Bodies: a school's or a university's council printed before its school ("Hội đồng trường Trường đại học X",
"Hội đồng đại học Đại học Quốc gia Y") is a body of its own (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Hội đồng trường Trường đại học Khoa học tự nhiên vừa công bố kết quả.",
     "Hội đồng trường Trường Đại học Khoa học tự nhiên"),
    ("Hội đồng trường Trường Đại học Vinh đã họp bất thường.", "Hội đồng trường Trường Đại học Vinh"),
    ("Nhà trường trình Hội đồng đại học Đại học Quốc gia TP.HCM xem xét.",
     "Hội đồng đại học Đại học Quốc gia Thành phố Hồ Chí Minh"),
])
def test_a_council_before_its_school_is_a_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Hội đồng trường đã họp.",  # no school named
    "Hội đồng đại học sẽ xem xét đề xuất.",
])
def test_a_council_without_its_school_names_nothing(text):
    assert extracted_body_names(text) == []
