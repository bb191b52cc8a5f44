"""Bodies: a word the tagger respells ("Qui" -> "Quy") or splits ("5km2" -> "5 km2") before a name leaves the
name's own words tagged, so the name is read whole (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("BS Lê Minh Qui, trưởng khoa Bệnh viện Nhi đồng 3, cho biết số ca tăng.", "Bệnh viện Nhi đồng 3"),
    ("Khu đất rộng 2,5km2 được giao cho Bệnh viện Nhi đồng 3 quản lý.", "Bệnh viện Nhi đồng 3"),
])
def test_the_name_after_a_respelled_word_is_read_whole(text, body):
    assert body in tagged_body_names(text)
