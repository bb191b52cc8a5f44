"""A known place whose name opens with a body's head word ("Hội An", "Trường Sa", "Đài Bắc"), printed whole and not
run on by more capitalized words, is no body; the same head before other words, or before a longer word that opens
with the place's word ("An toàn"), still opens one (constructed sentences)."""

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


@pytest.mark.parametrize("text, body", [
    # the place's last word begins a longer word: the head opens a body ("An toàn" is one word)
    ("Hội An toàn thực phẩm tỉnh Quảng Nam họp thường niên.", "Hội An toàn thực phẩm tỉnh Quảng Nam"),
])
def test_a_head_word_before_a_longer_word_opens_a_body(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Du khách đổ về Hội An dịp cuối tuần.",
    "Tàu cá neo đậu tại Trường Sa, chờ bão tan.",
    "Đài Bắc và Seoul cùng ghi nhận mưa lớn.",
])
def test_a_place_printed_whole_is_no_body_anywhere_in_a_sentence(text):
    assert tagged_body_names(text) == []


def test_a_place_before_its_province_is_no_body():
    assert "Hội An tỉnh Quảng Nam" not in " ".join(tagged_body_names("Du khách đến Hội An tỉnh Quảng Nam dịp lễ."))
