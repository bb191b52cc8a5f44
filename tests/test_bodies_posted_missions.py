"""A mission or a force named at length with the place it is posted to, closed by the acronym it defines ("Phái bộ
hỗ trợ lâm thời Liên Hiệp Quốc tại khu vực Xyz (UNXYZ)"): the place is part of the name only with that acronym right
after it. A force ("Lực lượng") needs a capitalized word before the place; a news credit, a known body's acronym, a
common noun ("lực lượng lao động"), a film, a treaty, or "tại X" with no acronym name no posted body (constructed
sentences, each naming a person or a body)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Đoàn công tác đã làm việc với Phái bộ hỗ trợ lâm thời Liên Hiệp Quốc tại khu vực Zeltar (UNZET) tuần qua.",
     "Phái bộ hỗ trợ lâm thời Liên Hiệp Quốc tại khu vực Zeltar"),
    ("Ông Marco Delan làm việc tại Phái bộ cố vấn quân sự tại Kentaria (MKA) nhiều năm.",
     "Phái bộ cố vấn quân sự tại Kentaria"),
    ("Đội công binh của phái bộ An ninh lâm thời Liên Hiệp Quốc tại vùng Doravia (UNDOR) đã tới thăm.",
     "Phái bộ An ninh lâm thời Liên Hiệp Quốc tại vùng Doravia"),
    ("Binh sĩ thuộc Lực lượng giám sát Liên Hiệp Quốc ở Norvania (UNFN) đã tuần tra biên giới.",
     "Lực lượng giám sát Liên Hiệp Quốc ở Norvania"),
    ("Bà Elena Voss, chỉ huy Phái bộ gìn giữ hòa bình tại Nam Kentaria (UNMK), cho biết tình hình ổn định.",
     "Phái bộ gìn giữ hòa bình tại Nam Kentaria"),
])
def test_a_posted_mission_named_with_its_place_and_acronym(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    # labour statistics: a known body's acronym, a common noun
    "Lực lượng lao động tại Thái Lan (ILO) tăng 3% theo báo cáo của Ngân hàng Thế giới.",
    # film: a title, no force
    "Phim Lực lượng đặc nhiệm tại Manila (SWAT) của đạo diễn Lê Hoàng ra mắt khán giả.",
    # crime: the news credit after the place
    "Lực lượng chức năng tại Quảng Ninh (PV) đã bắt giữ đối tượng Nguyễn Văn Tâm.",
    # world news: a plural, a credit, a foreign army with its country
    "Các lực lượng tại Kentaria (NATO) đã rút đi sau khi ông Peter Hale ra lệnh.",
    "Phái bộ Việt Nam đã làm việc tại Geneva (AFP) với ông John Marsh.",
    "Lực lượng vũ trang Ukraine (AFU) đã rút khỏi thị trấn, Bộ Quốc phòng Nga cho biết.",
    # a treaty with a place, no body
    "Bộ Quy tắc ứng xử ở Biển Đông (COC) được ông Lê Văn Bình nhắc lại.",
    # sport: a team at a games
    "Đội tuyển bóng đá nữ tại Sea Games (SEA) giành huy chương vàng, huấn luyện viên Mai Đức Chung nói.",
    # no acronym: "tại X" is where the mission works, never its name
    "Phái bộ hỗ trợ quân sự tại Kentaria đã gặp ông Marco Delan hôm qua.",
])
def test_no_posted_mission(text):
    assert not any(" tại " in n or " ở " in n for n in tagged_body_names(text))
