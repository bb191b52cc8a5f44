"""A mission or a force named at length with the place it is posted to, closed by the acronym it defines ("Phái bộ
hỗ trợ lâm thời Liên Hiệp Quốc tại khu vực Xyz (UNXYZ)"): the place is part of the name only with that acronym right
after it. A force ("Lực lượng") and any head printed in lower case need an international body in the field; a news credit, a known body's acronym, a
common noun ("lực lượng lao động"), a film, a treaty, or "tại X" with no acronym name no posted body (constructed
sentences, each naming a person or a body). The name is written in the project's spelling (body_spellings.tsv:
"Liên Hiệp Quốc" -> "Liên hợp quốc")."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Đoàn công tác đã làm việc với Phái bộ hỗ trợ lâm thời Liên Hiệp Quốc tại khu vực Zeltar (UNZET) tuần qua.",
     "Phái bộ hỗ trợ lâm thời Liên hợp quốc tại khu vực Zeltar"),
    ("Ông Marco Delan làm việc tại Phái bộ cố vấn quân sự tại Kentaria (MKA) nhiều năm.",
     "Phái bộ cố vấn quân sự tại Kentaria"),
    ("Đội công binh của phái bộ An ninh lâm thời Liên Hiệp Quốc tại vùng Doravia (UNDOR) đã tới thăm.",
     "Phái bộ An ninh lâm thời Liên hợp quốc tại vùng Doravia"),
    ("Binh sĩ thuộc Lực lượng giám sát Liên Hiệp Quốc ở Norvania (UNFN) đã tuần tra biên giới.",
     "Lực lượng giám sát Liên hợp quốc ở Norvania"),
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


@pytest.mark.parametrize("text, body", [
    ("Binh sĩ thuộc Lực lượng gìn giữ hòa bình Liên Hợp Quốc tại Kentaria (UNKF) đã tuần tra.",
     "Lực lượng gìn giữ hòa bình Liên Hợp Quốc tại Kentaria"),
    ("Lực lượng NATO tại Doravia (KDF) đã rút khỏi căn cứ, ông Peter Hale cho biết.", "Lực lượng NATO tại Doravia"),
    ("Ông Marco Delan chỉ huy Lực lượng Liên minh châu Phi tại Norvania (AUNV) hai năm.",
     "Lực lượng Liên minh châu Phi tại Norvania"),
    ("Phái bộ Liên minh châu Âu tại Zeltar (EUZM) đã khai trương văn phòng mới.", "Phái bộ Liên minh châu Âu tại Zeltar"),
])
def test_a_force_of_an_international_body_posted_abroad(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    # Vietnam's own forces: no international body in the field, a Vietnamese province as the place
    "Lực lượng Cảnh sát cơ động tại Hà Nội (CSCĐ) đã diễn tập phương án bảo vệ.",
    "Lực lượng Thanh niên xung phong ở Bình Dương (TNXP) đã ra quân làm đường.",
    "Lực lượng Biên phòng tại Quảng Trị (BĐBP) đã tuần tra khu vực biên giới.",
    "Lực lượng Dân quân tự vệ ở Quảng Ninh (DQTV) đã huấn luyện suốt tuần.",
    "Lực lượng Công an xã tại Lâm Đồng (CAX) đã ra quân trấn áp tội phạm.",
    # a named force with no international body in its field
    "Lực lượng gìn giữ hòa bình tại Kentaria (KFOR) đã rút khỏi thủ đô.",
    # any head posted to a Vietnamese province
    "Phái bộ Hỗ trợ Liên Hợp Quốc tại Quảng Trị (UNQT) đã làm việc với tỉnh.",
    # the field of a force ends with a country: that country's force, acting at the place
    "Lực lượng Phòng vệ Nhật Bản tại Djibouti (JSDF) đã diễn tập chống cướp biển.",
    # a film's title
    "Bộ phim Phái bộ Hòa bình tại Manila (PHM) ra mắt khán giả tuần này.",
    "Ông Delan nói phim Phái bộ An ninh tại Doravia (PAD) rất hay.",
    "Bộ phim Lực lượng Liên Hợp Quốc tại Zeltar (ULZ) ra mắt khán giả.",
    # a lower-case head with no international body in its field: a common noun, however the verb before it is split
    "Chính phủ cử phái bộ Thương mại tại Singapore (VTS) sang làm việc.",
    "Họ thành lập phái bộ Quan sát tại Norvania (PQN) năm ngoái.",
    "Bộ Công Thương cử phái bộ Thương mại tại Singapore (VTS) để xúc tiến xuất khẩu.",
    "Sở Ngoại vụ tỉnh Kentaria gửi phái bộ Văn hóa tại Doravia (PVD) sang dự lễ hội.",
])
def test_no_posted_force_of_vietnam_a_country_a_film_or_a_verb(text):
    assert not any(" tại " in n or " ở " in n for n in tagged_body_names(text))


def test_a_country_ending_the_field_leaves_its_force_named_by_the_country():
    names = tagged_body_names("Lực lượng Phòng vệ Nhật Bản tại Djibouti (JSDF) đã diễn tập chống cướp biển.")
    assert "Lực lượng Phòng vệ Nhật Bản" in names


@pytest.mark.parametrize("text, body", [
    # a lower-case head joined by a verb, an international body in its field
    ("Các binh sĩ thuộc lực lượng NATO tại Kentaria (KFN) đã tuần tra khu vực biên giới.",
     "Lực lượng NATO tại Kentaria"),
    ("Quân đội Doravia gia nhập lực lượng EU tại Zeltar (EUTZ) từ năm 2013.", "Lực lượng EU tại Zeltar"),
    ("Việt Nam tham gia lực lượng Liên Hợp Quốc tại Nam Norvania (UNMN) từ năm 2018.",
     "Lực lượng Liên Hợp Quốc tại Nam Norvania"),
    # a mission's head keeps the country ending its field
    ("Phái bộ Cố vấn Quân sự Mỹ tại Kentaria (MAAK) được thành lập năm 1950, ông John Marsh cho biết.",
     "Phái bộ Cố vấn Quân sự Mỹ tại Kentaria"),
    ("Phái bộ Quân sự Pháp tại Kentaria (MMFK) đã rút khỏi căn cứ của Quân đội Doravia.",
     "Phái bộ Quân sự Pháp tại Kentaria"),
])
def test_a_force_joined_by_a_verb_or_a_mission_with_its_country(text, body):
    assert body in tagged_body_names(text)
