"""Bodies: a proper name's own words that look like the start of a person's name (a surname before one more
capitalized word, or before a word no Vietnamese syllable spells) stay in the name, and a city printed as
"TP. <name>" at the end of a name is its place (constructed sentences)."""

from __future__ import annotations

from conftest import body_names

_HCM = "Thành phố Hồ Chí Minh"


def test_a_company_name_ending_with_a_surname_and_one_more_word():
    assert "Tổng Công ty Bắc Thái Hòa" in body_names(
        "Ông Lê Văn Bình, Tổng Giám đốc Tổng Công ty Bắc Thái Hòa cho biết như vậy.")
    assert "Công ty Xây dựng Bắc Lê Khang" in body_names("Ông Hùng, Giám đốc Công ty Xây dựng Bắc Lê Khang cho biết.")


def test_a_company_name_with_a_foreign_word_after_a_surname():
    assert "Công ty cổ phần Đầu tư Hoàng Minh Land" in body_names(
        "Dự án do Công ty cổ phần Đầu tư Hoàng Minh Land làm chủ đầu tư.")
    assert "Công ty cổ phần Bất động sản Lê Gia Holdings" in body_names(
        "Công ty cổ phần Bất động sản Lê Gia Holdings vừa công bố kết quả kinh doanh.")


def test_a_person_of_three_vietnamese_names_after_a_body_still_ends_it():
    names = body_names("Giám đốc Công ty Bình Minh Trần Văn Hùng cho biết đơn vị sẽ hoàn thành sớm.")
    assert "Công ty Bình Minh" in names
    assert not any("Hùng" in n for n in names)
    assert body_names("Bộ trưởng Bộ Tài chính Hồ Đức Phớc cho biết.") == ["Bộ Tài chính"]


def test_a_city_printed_with_a_dotted_level_and_a_space_ends_a_name():
    for head in ("Hiệp hội Doanh nghiệp", "Hội Lương thực thực phẩm", "Viện Kinh tế"):
        assert f"{head} {_HCM}" in body_names(f"Ông Trần Văn An, Chủ tịch {head} TP. Hồ Chí Minh cho rằng như vậy.")
    assert f"Bệnh viện Ung bướu {_HCM}" in body_names("Bệnh viện Ung bướu Tp. Hồ Chí Minh đã tiếp nhận bệnh nhân.")
    assert f"Hội Doanh nhân trẻ {_HCM}" in body_names("Ông B, Chủ tịch Hội Doanh nhân trẻ TP. HCM cho biết.")
