"""A place whose name opens with a body's head word ("Hội An", "Trường Sa", "Đài Bắc") is no body (not_followed_by
rows); the same head before other words still opens one (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text", [
    "Lò đốt rác Hội An hơn 20 tỉ đồng vẫn chưa vận hành.",
    "Các chiến sĩ canh giữ đảo ở Trường Sa suốt mùa mưa bão.",
    "Phóng viên tại Đài Bắc cho biết trời mưa lớn.",
])
def test_a_place_named_with_a_head_word_is_no_body(text):
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Hội Nông dân tỉnh Quảng Nam tổ chức đại hội.", "Hội Nông dân tỉnh Quảng Nam"),
    ("Trường Sĩ quan Chính trị khai giảng năm học mới.", "Trường Sĩ quan Chính trị"),
    ("Đài Truyền hình Việt Nam phát sóng trực tiếp.", "Đài Truyền hình Việt Nam"),
])
def test_the_head_before_other_words_still_opens_a_body(text, body):
    assert tagged_body_names(text) == [body]
