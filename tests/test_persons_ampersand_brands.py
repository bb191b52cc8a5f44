"""A company's head named with its Latin-script brand (constructed sentences, business news): an ampersand joins the
brand's words ("Phó chủ tịch K&N Group", "giám đốc Marlow & Finch"), a brand word may open with digits ("3T&M
Group"), the brand is the title's body before a Vietnamese name or closing an appositive, and it is one of the
article's bodies. Not a Vietnamese body before the name ("Chủ tịch UBND tỉnh"), a brand before a foreign name (no
list tells where the brand ends), a club with no company mark, nor a place printed in capitals."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.fixture(scope="module")
def bodies_of(extractor):
    from nqextract.models import CleanArticle

    def run(text: str) -> list[str]:
        return [b.name for b in extractor.extract_clean(CleanArticle(source="<test>", text=text)).bodies]

    return run


def test_an_ampersand_brand_before_a_vietnamese_name(pipeline):
    text = "Phó chủ tịch K&N Group Lương Minh Khôi cho biết tập đoàn sẽ mở thêm hai nhà máy."
    assert positions(pipeline, text) == {"Lương Minh Khôi": {("Phó Chủ tịch", "K&N Group", "current")}}
    text = "Chủ tịch HĐQT P&Q Holdings Đặng Thu Hà nói công ty đã trả hết nợ."
    assert positions(pipeline, text) == {"Đặng Thu Hà": {("Chủ tịch Hội đồng quản trị", "P&Q Holdings", "current")}}


def test_a_brand_word_opening_with_digits(pipeline):
    text = "Chủ tịch 3T&M Group Hồ Quang Vinh phát biểu khai mạc triển lãm."
    assert positions(pipeline, text) == {"Hồ Quang Vinh": {("Chủ tịch", "3T&M Group", "current")}}


def test_an_appositive_with_two_brands_the_second_before_a_verb(pipeline, bodies_of):
    text = "Ông Lương Minh Khôi, Phó chủ tịch K&N Group, Chủ tịch Skyview Airlines đề xuất hai nhóm giải pháp."
    assert positions(pipeline, text) == {"Lương Minh Khôi": {("Phó Chủ tịch", "K&N Group", "current"),
                                                             ("Chủ tịch", "Skyview Airlines", "current")}}
    assert bodies_of(text) == ["K&N Group", "Skyview Airlines"]


def test_an_ampersand_spaced_apart(pipeline, bodies_of):
    text = "Bà Đặng Thu Hà, giám đốc Marlow & Finch, cho biết số hồ sơ tăng mạnh."
    assert positions(pipeline, text) == {"Đặng Thu Hà": {("Giám đốc", "Marlow & Finch", "current")}}
    assert bodies_of(text) == ["Marlow & Finch"]


def test_a_brand_with_an_inner_capital_is_listed_once(bodies_of):
    text = "Chủ tịch HĐQT SaoBank Lương Minh Khôi cho biết. Ông Lương Minh Khôi, chủ tịch SaoBank, nói thêm."
    assert bodies_of(text) == ["SaoBank"]


def test_near_misses(pipeline, bodies_of):
    text = "Chủ tịch UBND tỉnh Lương Minh Khôi cho biết tỉnh sẽ mở thêm hai khu công nghiệp."
    assert all("&" not in b for b in bodies_of(text))
    assert all(body != "K&N Group" for ps in positions(pipeline, text).values() for _t, body, _s in ps)
    # a foreign name after the brand: where the brand ends no list tells, so neither is read
    text = "Chủ tịch K&N Group Peter Walsh cho biết tập đoàn sẽ mở thêm hai nhà máy."
    assert all(body is None or not body.startswith("K&N") for ps in positions(pipeline, text).values()
               for _t, body, _s in ps)
    # a club with no company mark before a verb is no company
    text = "Ông Lương Minh Khôi, Chủ tịch Arsenal cho biết đội sẽ mua thêm cầu thủ."
    assert "Arsenal" not in bodies_of(text)
    # a place printed in capitals is no brand
    text = "Chủ tịch tỉnh HÀ GIANG Lương Minh Khôi cho biết tỉnh sẽ mở thêm hai khu công nghiệp."
    assert all("HÀ GIANG" not in b for b in bodies_of(text))
    # an ampersand ending the run joins nothing
    text = "Ông Lương Minh Khôi, Chủ tịch KN& cho biết."
    assert all("&" not in (body or "") for ps in positions(pipeline, text).values() for _t, body, _s in ps)
