"""Bodies and positions: a body's head printed in lower case right after an officer's title ("Chủ tịch phòng
Thương mại ...", "phó tổng biên tập báo ...", "phó trưởng phòng Kinh tế huyện ...") names the body with its
head capitalized, and the title holds that body; not where the capitalized word after the head is another
body's head ("Trưởng phòng Ban ...") or the given name of a person the article names ("ông Phan Tất Hưng" ...
"phó phòng Hưng") (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import body_names, positions, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông Vũ Văn Lạc, Chủ tịch phòng Thương mại và Công nghiệp Việt Nam, cho biết nhiều doanh nghiệp đã ký kết.",
     "Phòng Thương mại và Công nghiệp Việt Nam"),
    ("Ông Đinh Quang Thái - phó tổng biên tập báo Người Lao Động - cho rằng du lịch cần thêm sản phẩm mới.",
     "Báo Người Lao Động"),
    ("Ông Lê Văn Tùng, phó trưởng phòng Kinh tế huyện Yên Lạc, cho biết xe chưa được cấp phép.",
     "Phòng Kinh tế huyện Yên Lạc"),
    ("Các bị cáo gồm Lê Văn Hòa, trưởng phòng Tài nguyên và Môi trường huyện Kỳ Sơn, và ông Trần Văn Nam.",
     "Phòng Tài nguyên và Môi trường huyện Kỳ Sơn"),
])
def test_a_lower_case_head_after_a_title_names_the_body(text, body):
    assert body in body_names(text)
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, name, title, body", [
    ("Ông Vũ Văn Lạc, Chủ tịch phòng Thương mại và Công nghiệp Việt Nam, cho biết nhiều doanh nghiệp đã ký kết.",
     "Vũ Văn Lạc", "Chủ tịch", "Phòng Thương mại và Công nghiệp Việt Nam"),
    ("Ông Đinh Quang Thái - phó tổng biên tập báo Người Lao Động - cho rằng du lịch cần thêm sản phẩm mới.",
     "Đinh Quang Thái", "Phó Tổng Biên tập", "Báo Người Lao Động"),
])
def test_the_title_holds_that_body(pipeline, text, name, title, body):
    held = positions(pipeline, text)
    assert any(t == title and b == body for t, b, _ in held.get(name, set()))


@pytest.mark.parametrize("text, wrong", [
    # the capitalized word after the head opens another body: the title's head is no body of its own
    ("Bà Nguyễn Thị Lan, Trưởng phòng Ban Chính sách tín dụng, Ngân hàng Hòa Bình, giới thiệu sản phẩm.",
     "Phòng Ban"),
    # a given name of a person the article names, printed after a title glued to its head
    ("Ông Phan Tất Hưng từng làm ở sở. Do đã nhận lời giúp đỡ, cựu phó phòng Hưng tham mưu ký quyết định.",
     "Phòng Hưng"),
    # a person's full name after the title (a surname opens it): no body
    ("Tham dự có Chủ tịch phòng Nguyễn Văn Bình và các cán bộ.", "Phòng Nguyễn"),
    # a lower-case word after the head: no name
    ("Ông Trần Văn Minh, chủ tịch phòng thương mại của thị xã, phát biểu.", "Phòng thương mại"),
])
def test_no_body_from_a_head_before_another_body_or_a_person(text, wrong):
    assert not any(n.startswith(wrong) for n in body_names(text))


@pytest.mark.parametrize("text, body", [
    # a middle name of a person the article names is no given name: the body is named
    ("Ông Nguyễn Văn Hùng, trưởng phòng Văn hóa và Thông tin huyện Đông Anh, cho biết lễ hội sẽ diễn ra.",
     "Phòng Văn hóa và Thông tin huyện Đông Anh"),
    ("Bà Trần Văn Thị Lan từng công tác ở huyện. Bà Hà Văn Thu, trưởng phòng Văn hóa quận Ba Đình, cho biết.",
     "Phòng Văn hóa quận Ba Đình"),
    # a two-word place opened by a surname ("Hà Nội") gives no given name
    ("Tại Hà Nội, ông Lê Văn Tùng, phó trưởng phòng Nội vụ huyện Gia Lâm, cho biết hồ sơ đã đủ.",
     "Phòng Nội vụ huyện Gia Lâm"),
])
def test_only_a_name_s_last_word_is_a_given_name(text, body):
    assert body in body_names(text)


def test_the_given_name_alone_after_the_head_is_the_person():
    text = "Ông Phan Tất Thắng từng làm ở sở. Cựu phó trưởng phòng Thắng tham mưu ký quyết định."
    assert not any(n.startswith("Phòng Thắng") for n in body_names(text))
