"""A foreign premier printed bare in an article naming several foreign countries (constructed sentences): where
the article also prints the premier's title with exactly one foreign country and no name after it ("Thủ tướng
Lào cho rằng ..."), the bare premier is of that country's government; a country office printed before a name
is that holder's own, and a Vietnamese premier keeps the Vietnamese government."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Thủ tướng Sonexay Siphandone nói cầu cần thêm vốn. Đoàn Nhật Bản và Hàn Quốc tới sau. Thủ tướng Lào cho rằng cầu sẽ xong sớm.",
     "Sonexay Siphandone", ("Thủ tướng", "Chính phủ Lào", "current")),
    # his sentence names the country printed with the title alone beside another
    ("Thủ tướng Karl Weber nói Hà Lan cần Đức hơn bao giờ hết. Thủ tướng Hà Lan cũng muốn gặp sớm.",
     "Karl Weber", ("Thủ tướng", "Chính phủ Hà Lan", "current")),
    # a list of the ministers of many states after the country is no second holder named
    ("Buổi họp giữa ngoại trưởng Mỹ và ngoại trưởng các nước bạn kéo dài. Ngoại trưởng Tom Baker nói trước. Nga và Iran vắng mặt.",
     "Tom Baker", ("Ngoại trưởng", "Bộ Ngoại giao Mỹ", "current")),
    ("Phó Thủ tướng Shigeru Kato bàn về thuế. Hàn Quốc và Trung Quốc chưa đáp lời. Việc này do Thủ tướng Nhật Bản giao.",
     "Shigeru Kato", ("Phó Thủ tướng", "Chính phủ Nhật Bản", "current")),
    ("Thủ tướng Karl Weber phát biểu dài. Pháp và Ba Lan ủng hộ ý này. Thủ tướng Hà Lan kêu gọi đối thoại sau đó.",
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


@pytest.mark.parametrize(("text", "name"), [
    # two foreign holders of one title: the one printed alone may be either
    ("Thủ tướng Ole Brandt và Thủ tướng Jan Visser gặp nhau qua mạng. Thủ tướng Đan Mạch đề nghị họp tiếp.", "Ole Brandt"),
    ("Thủ tướng Ole Brandt và Thủ tướng Jan Visser gặp nhau qua mạng. Thủ tướng Đan Mạch đề nghị họp tiếp.", "Jan Visser"),
    ("Ngoại trưởng Ivan Petrov đón Ngoại trưởng Tom Baker ở Thụy Sĩ. Đoàn Áo tới sau. Ngoại trưởng Mỹ nói hai bên đã hiểu nhau.",
     "Ivan Petrov"),
    ("Ông Tom Baker, Ngoại trưởng, tới đây hôm thứ Hai. Ngoại trưởng Ivan Petrov chờ sẵn. Ngoại trưởng Nga nói ngắn.",
     "Tom Baker"),
    # a country in a list of premiers, or a coordinated holder, is no evidence
    ("Thủ tướng Ole Brandt phát biểu dài ở Đức. Thủ tướng Anh và Pháp ra tuyên bố chung sau đó.", "Ole Brandt"),
    ("Thủ tướng Ole Brandt phát biểu dài ở Đức. Thủ tướng Lào và Myanmar chưa lên tiếng.", "Ole Brandt"),
    ("Dự họp có Thủ tướng Việt Nam, Thủ tướng Lào và Thủ tướng Ole Brandt cùng nhiều khách mời.", "Ole Brandt"),
    # a group, a former holder, an office, a later holder
    ("Thủ tướng Ole Brandt phát biểu dài. Các cựu thủ tướng Lào cũng gửi thư.", "Ole Brandt"),
    ("Thủ tướng Ole Brandt phát biểu dài. Cựu Thủ tướng Nhật Bản từng tới thăm nơi này.", "Ole Brandt"),
    ("Thủ tướng Ole Brandt phát biểu dài. Văn phòng Thủ tướng Lào ra thông báo chiều nay.", "Ole Brandt"),
    ("Thủ tướng Ole Brandt phát biểu dài. Thủ tướng Thái Lan mới sẽ được bầu vào tháng sau.", "Ole Brandt"),
    ("Thủ tướng Ole Brandt phát biểu dài. Hồ sơ lưu ở văn phòng Thủ tướng Anh thời kỳ 2013.", "Ole Brandt"),
    # the holder's own sentence names another country: he may be of it
    ("Thủ tướng Ole Brandt tiếp đoàn khách Thái Lan và Lào hôm qua. Thủ tướng Campuchia khẳng định quan hệ vẫn tốt.",
     "Ole Brandt"),
    ("Thủ tướng Ole Brandt gạt bỏ kế hoạch của Mỹ và Canada. Thủ tướng Anh cho rằng cần chờ thêm.", "Ole Brandt"),
])
def test_no_body_where_the_title_alone_may_name_another_holder(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert all(body is None for _title, body, _status in got), got
