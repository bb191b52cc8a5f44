"""Bodies: field nouns the tagger reads as verbs ("chỉnh hình", "khí hậu", "khí tượng", "hải đảo"; topic_keep rows)
stay inside a unit's lower-case name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Dự án Bệnh viện Chấn thương chỉnh hình trung ương Cần Thơ (trực thuộc Bộ Y tế) được khởi công.",
     "Bệnh viện Chấn thương chỉnh hình trung ương Cần Thơ"),
    ("Nâng cấp Viện Nghiên cứu biển và hải đảo trực thuộc Tổng cục.", "Viện Nghiên cứu biển và hải đảo"),
    ("Hai đơn vị trực thuộc Cục Khí tượng Thủy văn Biến đổi khí hậu được kiện toàn.",
     "Cục Khí tượng Thủy văn Biến đổi khí hậu"),
    ("Ông A làm giám đốc Trung tâm Dự báo khí tượng thủy văn quốc gia từ năm 2020.",
     "Trung tâm Dự báo khí tượng thủy văn quốc gia"),
])
def test_a_field_noun_read_as_a_verb_stays_in_the_name(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, cut", [
    ("Bệnh viện Bạch Mai chỉnh hình cho bệnh nhân.", "Bệnh viện Bạch Mai chỉnh"),  # a place ends the name
    ("Viện Nghiên cứu phát triển mạnh ở TP.HCM.", "Viện Nghiên cứu phát triển"),
])
def test_a_clause_after_the_name_is_still_cut(text, cut):
    assert all(not n.startswith(cut) for n in extracted_body_names(text))
