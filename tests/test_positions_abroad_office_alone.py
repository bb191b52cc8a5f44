"""A foreign premier printed bare in an article naming several foreign countries (constructed sentences): where
the article also prints the premier's title with exactly one foreign country and no name after it ("Thủ tướng
Lào cho rằng ..."), the bare premier is of that country's government; a country office printed before a name
is that holder's own, and a Vietnamese premier keeps the Vietnamese government."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Thủ tướng Sonexay Siphandone nói Lào cần thêm vốn từ Nhật Bản. Thủ tướng Lào cho rằng cầu mới sẽ xong sớm.",
     "Sonexay Siphandone", ("Thủ tướng", "Chính phủ Lào", "current")),
    ("Phó Thủ tướng Shigeru Kato bàn về Hàn Quốc và Trung Quốc. Việc này do Thủ tướng Nhật Bản giao từ tuần trước.",
     "Shigeru Kato", ("Phó Thủ tướng", "Chính phủ Nhật Bản", "current")),
    ("Thủ tướng Karl Weber nhắc tới Pháp và Ba Lan trong bài phát biểu. Thủ tướng Hà Lan kêu gọi đối thoại sau đó.",
     "Karl Weber", ("Thủ tướng", "Chính phủ Hà Lan", "current")),
])
def test_a_bare_foreign_premier_is_of_the_one_country_the_title_is_printed_with(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # the country office printed before a name is that holder's own: the bare premier may be of the other country
    ("Thủ tướng Anutin Charnvirakul bàn với Lào và Myanmar. Thủ tướng Campuchia Hun Manet cũng dự.",
     "Anutin Charnvirakul"),
    ("Thủ tướng Anutin Charnvirakul bàn với Lào và Myanmar. Thủ tướng Campuchia, ông Hun Manet, cũng dự.",
     "Anutin Charnvirakul"),
    # two countries printed with the title alone: either may be his
    ("Thủ tướng Lào và Thủ tướng Campuchia cùng tới. Thủ tướng Sonexay Siphandone phát biểu trước.",
     "Sonexay Siphandone"),
    # a country only as a place, not after the title
    ("Thủ tướng Sonexay Siphandone nói chuyện tại Campuchia về hợp tác với Nhật Bản.", "Sonexay Siphandone"),
])
def test_a_bare_foreign_premier_without_one_title_country_keeps_no_body(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert all(body is None for title, body, _status in got if title == "Thủ tướng"), got


@pytest.mark.parametrize("text", [
    "Thủ tướng Phạm Minh Chính tiếp đoàn Nhật Bản và Hàn Quốc. Thủ tướng Nhật Bản cảm ơn sự đón tiếp.",
    "Hôm qua Đại sứ Việt Nam tại Nhật Bản và lãnh đạo Samsung Hàn Quốc chào Thủ tướng Phạm Minh Chính. "
    "Thủ tướng Nhật Bản gửi thư chúc mừng.",
])
def test_guard_a_vietnamese_premier_keeps_the_vietnamese_government(pipeline, text):
    assert ("Thủ tướng", "Chính phủ", "current") in positions(pipeline, text)["Phạm Minh Chính"]
