"""Bodies: a head followed by lower-case common nouns and "Việt Nam" is a national body's name printed in lower case
("Tổng công ty khí Việt Nam", "Hiệp hội thép Việt Nam"); adjectives or verbs there describe, they name nothing
("Tập đoàn lớn nhất Việt Nam"), nor does a plural before the head (constructed sentences, tagged)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, name", [
    ("Các em học sinh được Tổng công ty khí Việt Nam tài trợ xây dựng 06 phòng học.", "Tổng công ty khí Việt Nam"),
    ("Nhà trường nhận được công văn của Tổng công ty khí Việt Nam về việc tài trợ.", "Tổng công ty khí Việt Nam"),
    ("Hiệp hội thép Việt Nam cho biết giá thép tăng mạnh.", "Hiệp hội thép Việt Nam"),
])
def test_a_national_name_in_lower_case_nouns(text, name):
    assert extracted_body_names(text) == [name]


@pytest.mark.parametrize("text", [
    "Tập đoàn lớn nhất Việt Nam đã công bố kết quả.",
    "Các Ngân hàng thương mại Việt Nam đã giảm lãi suất.",
])
def test_a_description_or_a_plural_names_no_body(text):
    assert extracted_body_names(text) == []
