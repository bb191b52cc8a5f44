"""A founder's office (constructed sentences, business and science news): "Chủ tịch sáng lập" and "Giám đốc sáng
lập" are one title each, the ledger gold's, and a company's Latin-script brand printed right after either is the
office's body and one of the article's bodies ("Chủ tịch sáng lập KVT Group"), as after "Chủ tịch". Not "sáng lập"
as a verb ("ông A sáng lập công ty"), nor a firm word inside a longer association's name cut out ("Hội Doanh
nghiệp ..."), nor a foreign person's name printed after the title read as a company. A name spelled
syllable by syllable after a founder's title ("Chủ tịch sáng lập Mi-ta-rốp") is the holder, as after "Chủ tịch"."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.fixture(scope="module")
def bodies_of(extractor):
    from nqextract.models import CleanArticle

    def run(text: str) -> list[str]:
        return [b.name for b in extractor.extract_clean(CleanArticle(source="<test>", text=text)).bodies]

    return run


def test_a_founding_chair_of_a_brand_closing_an_appositive(pipeline, bodies_of):
    text = "Bà Trần Thu Lan, Chủ tịch sáng lập KVT Group khẳng định công ty sẽ mở rộng sang Lào."
    assert positions(pipeline, text) == {"Trần Thu Lan": {("Chủ tịch sáng lập", "KVT Group", "current")}}
    assert bodies_of(text) == ["KVT Group"]


def test_a_founding_director_of_a_brand_before_a_vietnamese_name(pipeline):
    text = "Giám đốc sáng lập Hanvico Holdings Lê Văn Hải phát biểu tại lễ khánh thành nhà xưởng."
    assert positions(pipeline, text) == {"Lê Văn Hải": {("Giám đốc sáng lập", "Hanvico Holdings", "current")}}


def test_a_founding_director_of_an_institute_after_a_foreign_name(pipeline):
    text = "Ông Hadrian Kowal, Giám đốc sáng lập Viện Nghiên cứu Robot Warszawa, cho rằng máy móc sẽ thay người."
    assert positions(pipeline, text) == {
        "Hadrian Kowal": {("Giám đốc sáng lập", "Viện Nghiên cứu Robot Warszawa", "current")}}


def test_a_founding_chair_of_a_group_with_a_vietnamese_name(pipeline):
    text = "Ông Lê Văn Hải, Chủ tịch sáng lập Tập đoàn Công nghệ Minh Phát, nói sản phẩm đã ra mắt tháng trước."
    assert positions(pipeline, text) == {
        "Lê Văn Hải": {("Chủ tịch sáng lập", "Tập đoàn Công nghệ Minh Phát", "current")}}


def test_founding_as_a_verb_is_no_title(pipeline):
    text = "Ông Đinh Quốc Bảo sáng lập công ty năm 2000 và hiện chỉ còn làm cố vấn."
    assert positions(pipeline, text) == {"Đinh Quốc Bảo": set()}


def test_a_foreign_name_after_the_title_is_no_company(pipeline, bodies_of):
    text = "Chủ tịch sáng lập Harlow Vance cho biết quỹ sẽ mở văn phòng mới ở Đà Nẵng."
    assert positions(pipeline, text) == {"Harlow Vance": {("Chủ tịch sáng lập", None, "current")}}
    assert bodies_of(text) == []


def test_a_firm_word_inside_a_longer_association_name(pipeline, bodies_of):
    text = "Ông Võ Thành Đạt, Chủ tịch sáng lập Hội Doanh nghiệp nhỏ và vừa tỉnh Bình Định, đề nghị tỉnh giảm thủ tục."
    body = "Hội Doanh nghiệp nhỏ và vừa tỉnh Bình Định"
    assert positions(pipeline, text) == {"Võ Thành Đạt": {("Chủ tịch sáng lập", body, "current")}}
    assert bodies_of(text) == [body]


def test_a_brand_word_marks_the_founder_s_firm_as_a_listed_body(bodies_of):
    text = "Ông Trịnh Gia Bảo, Chủ tịch sáng lập Mekong Ventures, cho biết quỹ đã rót vốn vào ba công ty."
    assert bodies_of(text) == ["Mekong Ventures"]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Chủ tịch sáng lập Mi-ta-rốp đã gửi thư chúc mừng hội nghị.", "Mi-ta-rốp", "Chủ tịch sáng lập"),
    ("Giám đốc sáng lập Pê-rết đã đọc diễn văn khai mạc.", "Pê-rết", "Giám đốc sáng lập"),
])
def test_a_transliterated_name_after_a_founder_s_title_is_the_holder(pipeline, text, name, title):
    assert positions(pipeline, text) == {name: {(title, None, "current")}}


def test_a_foreign_name_after_a_place_aside_is_still_a_person(pipeline):
    # the aside before the title is a place, not a holder's name: the foreign name that follows is the holder
    text = "Tại Hà Nội, Chủ tịch sáng lập Harlow Vance cho biết quỹ sẽ mở văn phòng mới."
    assert positions(pipeline, text) == {"Harlow Vance": {("Chủ tịch sáng lập", None, "current")}}


def test_a_lower_case_firm_in_the_aside_is_no_body(pipeline):
    text = "Ông Lê Văn Tâm, Giám đốc sáng lập công ty, cho biết nhà máy sẽ chạy thử vào tháng tới."
    assert positions(pipeline, text) == {"Lê Văn Tâm": {("Giám đốc sáng lập", None, "current")}}


def test_a_branded_firm_before_a_verb_in_the_aside(pipeline):
    text = "Bà Hồ Thanh Mai, Chủ tịch sáng lập DHX Group cho hay công ty sẽ mở thêm hai nhà máy."
    assert positions(pipeline, text) == {"Hồ Thanh Mai": {("Chủ tịch sáng lập", "DHX Group", "current")}}


def test_officers_listed_with_their_names_are_no_aside(pipeline):
    # "Title A B, Title C D": the second officer's name is a person, not the first officer's firm
    text = ("Phía Northgate Press có Tổng Biên tập Amir Haddad, Giám đốc điều hành Tomas Rehn, "
            "và một biên tập viên thời sự.")
    found = positions(pipeline, text)
    assert "Tomas Rehn" in found
    assert ("Tổng Biên tập", "Tomas Rehn", "current") not in found.get("Amir Haddad", set())

