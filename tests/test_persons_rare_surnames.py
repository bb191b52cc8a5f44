"""Rarer family names (constructed sentences): 'Ung' and 'Xà' open a name after an honorific, a title or
in a list of names; the word 'Ung' of a hospital's name ('Bệnh viện Ung Bướu') names no one."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Rà soát nhanh, ông Ung Đình Hiền, phó chủ tịch UBND huyện Bình Sơn, báo cáo.", "Ung Đình Hiền"),
    ("Ông Ung Văn Khiêm từng giữ chức Bộ trưởng Bộ Ngoại giao.", "Ung Văn Khiêm"),
    ("Các bị can gồm Lê Văn Nam, Xà Dương Thắng bị truy tố.", "Xà Dương Thắng"),
    ("Phó Chủ tịch UBND huyện Xà Văn Tâm cho biết.", "Xà Văn Tâm"),
])
def test_a_rare_family_name_opens_a_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Bệnh viện Ung Bướu TP.HCM tiếp nhận bệnh nhân.",
    "Tại Bệnh viện Ung bướu Hà Nội, các bác sĩ đã hội chẩn.",
])
def test_a_hospital_of_oncology_names_no_one(pipeline, text):
    assert not any(n.startswith("Ung ") for n in person_names(pipeline, text))
