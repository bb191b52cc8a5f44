"""Bodies: a school's council printed in lower case before its school ("phó chủ tịch hội đồng trường Trường đại
học Kinh Bắc") is that school's council; other lower-case prefixes stay no body (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Bà Thủy được bà Nguyễn Thị Tuyết Hồng - phó chủ tịch hội đồng trường Trường đại học Kinh Bắc - ký quyết định.",
     "Hội đồng trường Trường Đại học Kinh Bắc"),
    ("Ông A, chủ tịch hội đồng trường Đại học VinUni, cho biết trường mới thành lập.", "Hội đồng trường Đại học VinUni"),
    ("Nhà trường trình hội đồng đại học Đại học Quốc gia TP.HCM xem xét.",
     "Hội đồng đại học Đại học Quốc gia Thành phố Hồ Chí Minh"),
])
def test_a_lower_case_school_council_before_its_school(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Hội đồng trường đã thảo luận về hội đồng trường của Trường đại học Vinh.",
    "Các thành viên đảng ủy Trường đại học Vinh đã họp.",
])
def test_no_council_without_the_school_right_after_it(text):
    assert extracted_body_names(text) == ["Trường Đại học Vinh"]
