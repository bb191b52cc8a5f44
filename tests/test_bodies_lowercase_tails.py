"""Bodies: names that go on in lower case past a word the tagger calls a verb when a place ends them, and
level syllables inside a longer word ("xã hội") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A được điều động đến Viện Nghiên cứu phát triển TP.HCM từ tháng 5.",
     "Viện Nghiên cứu phát triển Thành phố Hồ Chí Minh"),
    ("Bà B công tác tại Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam.", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam"),
    ("Ngày 15-11, Trường đại học Khoa học xã hội và Nhân văn đã ra quyết định.",
     "Trường Đại học Khoa học xã hội và Nhân văn"),
    ("Ông D làm việc tại Viện Khoa học xã hội vùng Nam Bộ.", "Viện Khoa học xã hội vùng Nam Bộ"),
])
def test_a_lower_case_tail_ended_by_a_place_stays_in_the_name(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, cut", [
    ("Viện Nghiên cứu phát triển mạnh ở TP.HCM.", "Viện Nghiên cứu phát triển mạnh"),
    ("Trung tâm Y tế huyện Phú Ninh tiếp nhận bệnh nhân.", "Trung tâm Y tế huyện Phú Ninh tiếp"),
])
def test_a_clause_after_the_name_is_not_taken(text, cut):
    assert all(not n.startswith(cut) for n in extracted_body_names(text))
