"""Bodies: hospitals named by a field word kept in names ("Bệnh viện Giao thông vận tải") or by the body they
belong to ("Bệnh viện Đại học Quốc gia Hà Nội", "Bệnh viện Công an tỉnh Nghệ An"): the hospital is the mention,
the body inside its name none of its own (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Lãnh đạo Bệnh viện Giao thông vận tải cho hay đã xác minh thông tin.", "Bệnh viện Giao thông vận tải"),
    ("Học viện Ngoại giao tổ chức hội thảo về biển Đông.", "Học viện Ngoại giao"),
    ("Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết bão sẽ mạnh lên.",
     "Trung tâm Dự báo khí tượng thủy văn quốc gia"),
])
def test_a_name_opening_with_a_kept_two_syllable_word(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body, inner", [
    ("Tương tự, tại Bệnh viện Đại học Quốc gia Hà Nội, lãnh đạo bệnh viện cũng cho hay.",
     "Bệnh viện Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"),
    ("Bệnh nhân được chuyển đến Bệnh viện Công an tỉnh Nghệ An cấp cứu.", "Bệnh viện Công an tỉnh Nghệ An",
     "Công an tỉnh Nghệ An"),
])
def test_a_hospital_of_a_body(text, body, inner):
    found = extracted_body_names(text)
    assert body in found and inner not in found


def test_a_function_word_after_a_head_still_ends_it():
    assert not any(n.startswith("Hội Các") for n in extracted_body_names("Hội Các nhà báo đến thăm."))
