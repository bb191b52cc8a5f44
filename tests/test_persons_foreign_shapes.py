"""Persons: foreign names in the shapes Vietnamese news prints them: European diacritics ("Noël",
"Sánchez"), hyphenated given names ("Jean-Pierre"), regnal numbers ("Charles III"), a company's name
before a Vietnamese holder's name ("Tổng Giám đốc Vingroup Nguyễn Việt Quang"), a spouse's honorific."""

from __future__ import annotations

import pytest

from conftest import person_names
from nqextract.extract.persons.scan import is_foreign_word


@pytest.mark.parametrize("word", ["Putin", "Noël", "Jean-Noël", "Jean-Pierre", "André", "José", "Sánchez",
                                  "Müller", "Peña", "O'Neill"])
def test_foreign_words(word):
    assert is_foreign_word(word)


@pytest.mark.parametrize("word", ["Hà", "Tú", "Lý", "Hòa", "Nguyễn", "Lê", "Trần", "Đức", "Mỹ", "UBND", "TP-HCM"])
def test_vietnamese_words_and_acronyms_are_not_foreign(word):
    assert not is_foreign_word(word)


@pytest.mark.parametrize("text, name", [
    ("Bộ trưởng Ngoại giao Pháp Jean-Noël Barrot thăm Hà Nội.", "Jean-Noël Barrot"),
    ("Ông Jean-Pierre Raffarin, cựu Thủ tướng Pháp, thăm Việt Nam.", "Jean-Pierre Raffarin"),
    ("Thủ tướng Tây Ban Nha Pedro Sánchez hội đàm với Thủ tướng Phạm Minh Chính.", "Pedro Sánchez"),
    ("Bà Angela Müller, Giám đốc quốc gia, cho biết dự án sẽ hoàn thành.", "Angela Müller"),
])
def test_european_person_names(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Vua Charles III tiếp Chủ tịch nước tại điện Buckingham.", "Charles III"),
    ("Giáo hoàng Leo XIV gửi thông điệp tới các tín hữu.", "Leo XIV"),
])
def test_regnal_numbers(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name, company", [
    ("Tổng Giám đốc Vingroup Nguyễn Việt Quang phát biểu tại hội nghị.", "Nguyễn Việt Quang", "Vingroup"),
    ("Chủ tịch Vinamilk Lê Thị Băng Tâm dự lễ ký kết.", "Lê Thị Băng Tâm", "Vinamilk"),
])
def test_company_before_vietnamese_name(pipeline, text, name, company):
    found = person_names(pipeline, text)
    assert name in found and company not in found


def test_spouse_honorific(pipeline):
    found = person_names(pipeline, "Cựu Tổng thống Mỹ Barack Obama và phu nhân Michelle Obama tới dự.")
    assert {"Barack Obama", "Michelle Obama"} <= found


@pytest.mark.parametrize("text", [
    "Để mua xăng dầu giá rẻ, giám đốc Xuyên Việt Oil đã 5 lần đưa hối lộ.",
    "Tổng giám đốc Hòa Phát Steel cho biết sản lượng tăng.",
])
def test_company_name_tail_is_no_person(pipeline, text):
    assert person_names(pipeline, text) == set()
