"""Bodies: a foreign body's name goes on through its country's state form printed with a lower-case "hòa"
("Học viện Ngoại giao Cộng hòa Dominica"), as a country in that form after a state body or a minister's title
(the republic rows of body_patterns.tsv; constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Bản ghi nhớ giữa Học viện Ngoại giao Việt Nam và Học viện Ngoại giao Cộng hòa Dominica. Phát biểu sau đó.",
     "Học viện Ngoại giao Cộng hòa Dominica"),
    ("Đoàn thăm Viện Hàn lâm Khoa học Cộng hòa Séc. Sau đó đoàn về nước.", "Viện Hàn lâm Khoa học Cộng hòa Séc"),
    ("Ông gặp Bộ trưởng Hội nhập khu vực Cộng hòa Dominica.", "Bộ Hội nhập khu vực Cộng hòa Dominica"),
    ("Quốc hội Cộng hòa Dominica thông qua luật.", "Quốc hội Cộng hòa Dominica"),
])
def test_a_name_goes_on_through_the_state_form(text, body):
    assert body in names(text)


def test_a_longer_state_name_is_no_one_word_country():
    assert "Quốc hội Cộng hòa Dân" not in " ".join(names("Quốc hội Cộng hòa Dân chủ Nhân dân Lào họp."))
