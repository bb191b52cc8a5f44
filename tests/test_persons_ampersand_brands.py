"""A company's head named with its Latin-script brand (constructed sentences, business news): an ampersand joins the
brand's words ("Phó chủ tịch K&N Group", "giám đốc Marlow & Finch"), a brand word may open with digits ("3T&M
Group"), the brand is the title's body before a Vietnamese name or closing an appositive, and it is one of the
article's bodies. Not a Vietnamese body before the name ("Chủ tịch UBND tỉnh"), a brand before a foreign name (no
list tells where the brand ends), a club with no company mark, a place printed in capitals, an ampersand alone ("Marlow & Finch"), a job's function
("Giám đốc R&D", "Giám đốc PR & Marketing"), nor a run past "và" into another office."""

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
    text = "Bà Tạ Bích Ngọc, Tổng giám đốc H&L Holdings, Chủ tịch Bluecrest Airways khẳng định giá vé sẽ giảm."
    assert positions(pipeline, text) == {"Tạ Bích Ngọc": {("Tổng Giám đốc", "H&L Holdings", "current"),
                                                          ("Chủ tịch", "Bluecrest Airways", "current")}}
    assert bodies_of(text) == ["H&L Holdings", "Bluecrest Airways"]


def test_an_ampersand_spaced_apart(pipeline, bodies_of):
    text = "Bà Đặng Thu Hà, giám đốc Marlow & Finch Group, cho biết số hồ sơ tăng mạnh."
    assert positions(pipeline, text) == {"Đặng Thu Hà": {("Giám đốc", "Marlow & Finch Group", "current")}}
    assert bodies_of(text) == ["Marlow & Finch Group"]


def test_an_ampersand_alone_marks_no_company(pipeline, bodies_of):
    # two names joined by an ampersand, no company word: no list tells a firm from two people
    text = "Bà Đặng Thu Hà, giám đốc Marlow & Finch, cho biết số hồ sơ tăng mạnh."
    assert bodies_of(text) == []


@pytest.mark.parametrize("text", [
    "Giám đốc R&D Phan Thị Yến nhận định sản phẩm mới sẽ ra mắt vào quý sau.",
    "Ông Kiều Văn Lộc, giám đốc F&B, giải thích thực đơn đã thay đổi.",
    "Bà Mạc Thu Hằng, giám đốc M&A cho rằng thương vụ sẽ sớm hoàn tất.",
    "Trưởng nhóm Q&A Đoàn Minh Nhật trả lời thắc mắc của khách hàng.",
    "Ông Vi Quốc Hưng, Giám đốc PR & Marketing nói chiến dịch đã kết thúc.",
    "Giám đốc Marketing & Sales Lều Thị Nga thừa nhận doanh số giảm.",
    "Bà Ông Thị Lụa, giám đốc điều hành của HR & IT, nói thêm về kế hoạch.",
])
def test_a_job_function_is_no_company(pipeline, bodies_of, text):
    assert bodies_of(text) == []
    assert all(body is None for ps in positions(pipeline, text).values() for _t, body, _s in ps)


def test_a_brand_ends_before_and_and_another_title(pipeline, bodies_of):
    text = "Bà Tạ Bích Ngọc, Chủ tịch H&L Holdings và Giám đốc điều hành Phí Văn Đức cùng ký thỏa thuận."
    found = positions(pipeline, text)
    assert found["Tạ Bích Ngọc"] == {("Chủ tịch", "H&L Holdings", "current")}
    assert all(body is None or " và " not in body for ps in found.values() for _t, body, _s in ps)
    text = "Ông Phí Văn Đức, Tổng giám đốc Ardent Group và Chủ tịch Lâm Thị Thoa đã ký thỏa thuận."
    found = positions(pipeline, text)
    assert all(body is None or " và " not in body for ps in found.values() for _t, body, _s in ps)
    # near miss: a body whose name holds "và" is read whole
    text = "Giám đốc Sở Khoa học và Công nghệ Phí Văn Đức cho biết."
    assert positions(pipeline, text)["Phí Văn Đức"] == {("Giám đốc", "Sở Khoa học và Công nghệ", "current")}


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
