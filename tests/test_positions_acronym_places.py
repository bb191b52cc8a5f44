"""A title followed by an acronym the article defines after a body's name that ends with a province printed short
("Hội Doanh nghiệp cơ khí - điện TP.HCM (HAMEE)") names that body, its province spelled out (constructed
sentences); an acronym the article does not define names none."""

from __future__ import annotations

from conftest import positions


def test_an_acronym_defined_after_a_name_ending_with_a_province(pipeline):
    text = "Hội Doanh nghiệp cơ khí - điện TP.HCM (HAMEE) cho biết. Ông Đỗ Văn Tống, chủ tịch HAMEE, xác nhận."
    assert positions(pipeline, text)["Đỗ Văn Tống"] == {
        ("Chủ tịch", "Hội Doanh nghiệp cơ khí - điện Thành phố Hồ Chí Minh", "current")}


def test_an_acronym_defined_after_a_name_with_its_level_word(pipeline):
    text = "Hiệp hội Du lịch tỉnh Khánh Hòa (KTA) vừa họp. Ông Lê Văn An, chủ tịch KTA, cho biết."
    assert positions(pipeline, text)["Lê Văn An"] == {("Chủ tịch", "Hiệp hội Du lịch tỉnh Khánh Hòa", "current")}


def test_guard_an_acronym_not_defined(pipeline):
    text = "Hội doanh nghiệp họp. Ông Đỗ Văn Tống, chủ tịch HAMEE, xác nhận."
    assert all(b is None for _t, b, _s in positions(pipeline, text)["Đỗ Văn Tống"])
