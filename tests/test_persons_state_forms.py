"""A foreign name after a title chain that ends in a country printed with its state form (constructed
sentences): 'Thủ tướng nước Cộng hòa Cuba Manuel Marrero Cruz', 'Đại sứ Vương quốc Anh tại Việt Nam Ian
Grant Frew' name the person after the country."""

from __future__ import annotations

from conftest import person_names


def test_a_republic_form_before_the_country(pipeline):
    text = "Thủ tướng nước Cộng hòa Cuba Manuel Marrero Cruz cho biết như vậy."
    assert person_names(pipeline, text) == {"Manuel Marrero Cruz"}
    text = "Chủ tịch nước Cộng hòa Pháp Emmanuel Macron cho biết như vậy."
    assert person_names(pipeline, text) == {"Emmanuel Macron"}


def test_a_kingdom_before_the_country_and_the_post(pipeline):
    text = "Đại sứ Vương quốc Anh tại Việt Nam Ian Grant Frew cho biết như vậy."
    assert person_names(pipeline, text) == {"Ian Grant Frew"}


def test_no_name_after_the_country_reads_no_person(pipeline):
    assert person_names(pipeline, "Thủ tướng nước Cộng hòa Cuba đã phát biểu tại hội nghị.") == set()
