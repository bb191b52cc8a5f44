"""Bodies: a foreign country's embassy printed with its host city ("Đại sứ quán Xyz tại Bangkok", "... tại Hà Nội")
is named with that city, unless the article prints that country's mission with a host country ("Đại sứ quán Cộng hòa
Xyz tại Việt Nam" names it); the city is a place of the data or plain Latin words, never a capitalized event or
a person's name after it. Constructed sentences (body_patterns.tsv mission rows; proper_edges.abroad_end)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Đại sứ quán New Zealand tại Bangkok (Thái Lan) cho biết một công dân đã liên lạc.",
     "Đại sứ quán New Zealand tại Bangkok"),
    ("Thông qua Đại sứ quán Iran tại Abu Dhabi, Tehran đã bác bỏ cáo buộc của ông Vexley.",
     "Đại sứ quán Iran tại Abu Dhabi"),
    ("Cán bộ Đại sứ quán Cuba tại Hà Nội viếng và ghi sổ tang Đại tướng Trần Văn Tám.",
     "Đại sứ quán Cuba tại Hà Nội"),
    ("Đại sứ quán Ấn Độ tại Washington chưa phản hồi câu hỏi của phóng viên.",
     "Đại sứ quán Ấn Độ tại Washington"),
])
def test_a_foreign_embassy_is_named_with_its_host_city(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, wrong", [
    # the article names the mission with its host country: the city form is that mission, no second name
    ("Đại sứ quán Cuba tại Hà Nội mở sổ tang. Đại sứ quán Cộng hòa Cuba tại Việt Nam cảm ơn ông Lê Văn Hai.",
     "Đại sứ quán Cuba tại Hà Nội"),
    ("Đại sứ quán Pháp tại Lễ hội Ẩm thực Bình Lâm giới thiệu món ăn cùng đầu bếp Marc Dubois.",
     "Đại sứ quán Pháp tại Lễ"),                                        # an event, no city
    ("Đại diện Đại sứ quán Đức tại Hội nghị Xúc tiến đầu tư tỉnh Hòa Lâm là ông Klaus Berg.",
     "Đại sứ quán Đức tại Hội nghị"),
    ("Đại sứ quán Nhật Bản tại Hà Nội Ito Naoki phát biểu tại Sở Ngoại vụ.", "Đại sứ quán Nhật Bản tại Hà Nội"),
    ("Câu lạc bộ Hòa Lâm FC tại Bangkok thắng đậm, HLV Park Min-su hài lòng.", "Câu lạc bộ Hòa Lâm FC tại Bangkok"),
    ("Công ty Thép Bình Lâm tại Abu Dhabi ký hợp đồng với ông Ahmed Saleh.", "Công ty Thép Bình Lâm tại Abu Dhabi"),
])
def test_no_host_city_where_the_article_or_the_words_name_none(text, wrong):
    assert wrong not in tagged_body_names(text)


@pytest.mark.parametrize("text, wrong", [
    ("Đại sứ quán Hàn Quốc tại Zentra Center tổ chức hội chợ, bà Kim Min-ji cho biết.", "Đại sứ quán Hàn Quốc tại"),
    ("Đại sứ quán Nhật Bản tại Expo 2025 giới thiệu văn hóa cùng ông Ito Kenji.", "Đại sứ quán Nhật Bản tại"),
    ("Đại sứ quán Úc tại Quillon Times đăng bài của ông Jack Brant.", "Đại sứ quán Úc tại"),
    ("Đại sứ quán Thái Lan tại Seoul Arena tổ chức lễ hội với ông Somchai.", "Đại sứ quán Thái Lan tại"),
    ("Đại sứ quán Pháp tại Huế tổ chức triển lãm ảnh của ông Marc Dubois.", "Đại sứ quán Pháp tại"),  # a venue
    ("Đại sứ quán Ấn Độ tại Tokyo 2020 cổ vũ vận động viên Raj Kumar.", "Đại sứ quán Ấn Độ tại"),  # an event
])
def test_no_host_city_but_a_listed_city(text, wrong):
    assert not any(n.startswith(wrong) for n in tagged_body_names(text))


def test_a_listed_foreign_city_is_a_host():
    assert "Đại sứ quán Ấn Độ tại Tokyo" in tagged_body_names("Đại sứ quán Ấn Độ tại Tokyo cho biết đã cấp thị thực.")
