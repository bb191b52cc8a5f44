"""A two-word stop ("trực thuộc", "cho biết") ends a name even where the tagger glued it to the capitalized word
before it ("Trường Cao đẳng Việt - Hàn [trực thuộc] Bộ X"); a syllable the tagger glues to a name that opens
no stop goes on as before ("Ngoại giao") (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Sáp nhập Học viện Hợp tác Việt - Hàn trực thuộc Viện Khoa học Môi trường.", "Học viện Hợp tác Việt - Hàn"),
    ("Trường Cao đẳng Việt - Hàn trực thuộc Bộ Công Thương tuyển sinh.", "Trường Cao đẳng Việt - Hàn"),
])
def test_a_glued_stop_pair_ends_the_name(text, body):
    assert body in tagged_body_names(text)


def test_a_word_inside_a_name_still_goes_on():
    assert "Học viện Ngoại giao" in tagged_body_names("Học viện Ngoại giao tổ chức hội thảo.")
