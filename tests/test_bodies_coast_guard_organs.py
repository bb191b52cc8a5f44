"""Bodies: a foreign coast guard printed at length in lower case after its capitalized head, its country last, is a
state organ: "bảo vệ bờ biển" is a state word (body_patterns.tsv organ_state_word) of four syllables, which the tagger
may read as a verb ("bảo vệ") without ending the run (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Sáng nay, hai chiếc tàu mang cờ Lực lượng bảo vệ bờ biển Na Uy cập cảng Hải Phòng.",
     "Lực lượng bảo vệ bờ biển Na Uy"),
    ("Chiếc xuồng nhỏ ấy được Lực lượng bảo vệ bờ biển Philippines kéo về bờ.",
     "Lực lượng bảo vệ bờ biển Philippines"),
    ("Theo thông cáo, Lực lượng bảo vệ bờ biển Ấn Độ sẽ cử thêm hai tàu tới vùng đó.",
     "Lực lượng bảo vệ bờ biển Ấn Độ"),
])
def test_a_foreign_coast_guard_at_length_is_an_organ(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text", [
    "Ngay trong đêm, Lực lượng bảo vệ bờ biển đã có mặt kịp thời.",  # no country
    "Lực lượng cứu hộ bờ biển Thái Lan đã tìm thấy con tàu.",  # a rescue team: a stop word, no state word
    "Đơn vị ấy từng bảo vệ bờ biển Chile suốt nhiều năm.",  # no organ's head
])
def test_no_country_no_head_or_a_rescue_team_names_no_coast_guard(text):
    assert not any("bờ biển" in n for n in names(text))
