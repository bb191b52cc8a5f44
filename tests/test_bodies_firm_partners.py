"""A law or audit firm is named with its partners: "và cộng sự", "và các cộng sự" printed in lower case after the
firm's own name are the name's (firm_partners rows of body_patterns.tsv, the field "Luật" or "Kiểm toán" opening the
firm's own name; any other firm's are people: "Giám đốc Công ty Thép X và cộng sự bị khởi tố"), though "và" and a common noun after a
firm's own name end it elsewhere; printed capitalized ("và Cộng sự") the name reads them on as before; never
somebody's colleagues ("và cộng sự của ông Y") nor another noun ("và cộng đồng") (extract/bodies/proper.py;
constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Công ty Luật Phước Lộc và cộng sự đã gửi kiến nghị lên Bộ Tư pháp.", "Công ty Luật Phước Lộc và cộng sự"),
    ("Công ty Luật Phước Lộc và các cộng sự đã gửi văn bản tới tòa án.", "Công ty Luật Phước Lộc và các cộng sự"),
    ("Ông Lê Văn Bảy, luật sư Công ty Luật TNHH An Khang và cộng sự, cho biết thêm.",
     "Công ty Luật TNHH An Khang và cộng sự"),
    ("Công ty Luật TNHH Minh Tâm và Cộng sự đã gửi kiến nghị lên Bộ Tư pháp.",
     "Công ty Luật TNHH Minh Tâm và Cộng sự"),
    ("Công ty Kiểm toán Hòa Lâm và Cộng Sự vừa công bố báo cáo, bà Trần Thị Mai cho biết.",
     "Công ty Kiểm toán Hòa Lâm và Cộng Sự"),
])
def test_the_partners_are_the_firms_name(text, body):
    assert body in tagged_body_names(text)


def test_two_firms_with_their_partners():
    text = "Công ty Luật Phước Lộc và cộng sự, Công ty Kiểm toán Hòa Lâm và các cộng sự cùng ký hợp đồng."
    names = tagged_body_names(text)
    assert "Công ty Luật Phước Lộc và cộng sự" in names
    assert "Công ty Kiểm toán Hòa Lâm và các cộng sự" in names


@pytest.mark.parametrize("text, body", [
    # somebody's colleagues, another common noun: the firm's name ends before "và"
    ("Công ty Luật Phước Lộc và cộng sự của ông Lê Văn An đã gửi văn bản.", "Công ty Luật Phước Lộc"),
    ("Công ty Luật Phước Lộc và cộng đồng doanh nghiệp ký kết thỏa thuận.", "Công ty Luật Phước Lộc"),
    # a firm of another field: its director's accomplices, a partner in research, not the firm's name
    ("Công an tỉnh Kỳ Sơn bắt ông Nguyễn Văn Hùng, Giám đốc Công ty Hòa Phát Xanh và cộng sự vì hành vi lừa đảo.",
     "Công ty Hòa Phát Xanh"),
    ("Công ty Sữa Ba Sơn và cộng sự đã triển khai dự án nuôi bò tại tỉnh Kỳ Sơn.", "Công ty Sữa Ba Sơn"),
    ("Ông Trần Văn Tâm, Tổng giám đốc Công ty Thép Nam Kỳ và các cộng sự đã bị khởi tố.", "Công ty Thép Nam Kỳ"),
    ("Nghiên cứu của Công ty Dược phẩm Minh Sơn và cộng sự được Bộ Y tế công bố.", "Công ty Dược phẩm Minh Sơn"),
    # the partners printed across a line: the name never runs over it
    ("Công ty Luật Đông Hà và cộng\nsự đã gửi kiến nghị lên Bộ Tư pháp.", "Công ty Luật Đông Hà"),
])
def test_near_misses_end_before_and(text, body):
    names = tagged_body_names(text)
    assert body in names and not any(n.startswith(body + " ") for n in names)


def test_a_persons_partners_name_no_body():
    assert tagged_body_names("Ông Lê Văn An và cộng sự đã công bố nghiên cứu mới.") == []
