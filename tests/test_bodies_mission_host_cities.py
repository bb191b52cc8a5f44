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
