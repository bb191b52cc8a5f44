"""A member's title ("thành viên") states an office only when set off after a name, by a comma, a dash or an
opening bracket, and followed by a body the article marks that closes the aside ("Ông A, thành viên Hội đồng X,
cho biết", "B - thành viên Liên hiệp Y - nói", "C (thành viên Hội đồng Z)"); before a name, in a clause of its own,
after a place or before a lower-case group it is none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Dmytro Halenko, thành viên Hội đồng An ninh và Quốc phòng Ukraine, cho biết cuộc tấn công đã diễn ra.",
     "Dmytro Halenko", {("Thành viên", "Hội đồng An ninh và Quốc phòng Ukraine", "current")}),
    ("Ông Hồ Văn Lực (thành viên Hội đồng thẩm định tỉnh Nghệ An) cho biết hồ sơ đã đủ.",
     "Hồ Văn Lực", {("Thành viên", "Hội đồng thẩm định tỉnh Nghệ An", "current")}),
    ("TS Phan Thị Mỹ - thành viên Hội đồng Khoa học và Công nghệ tỉnh Bình Định - cho rằng cần thêm vốn.",
     "Phan Thị Mỹ", {("Thành viên", "Hội đồng Khoa học và Công nghệ tỉnh Bình Định", "current")}),
    ("Bà Trần Thị Mai, cựu thành viên Ủy ban Chứng khoán Nhà nước, nhận định thị trường sẽ hồi phục.",
     "Trần Thị Mai", {("Thành viên", "Ủy ban Chứng khoán Nhà nước", "former")}),
])
def test_a_member_set_off_after_a_name_holds_the_body(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name"), [
    # world news: a country set off before the member's title, a person named elsewhere in the sentence
    ("Tổng thống Lukas Brenner cho biết Indonesia, thành viên ASEAN, sẽ tăng cường hợp tác.", "Lukas Brenner"),
    ("Ông Lê Văn Hưng nói Việt Nam, thành viên Liên Hợp Quốc, luôn tôn trọng luật pháp quốc tế.", "Lê Văn Hưng"),
    # sport: a member of a team printed in lower case
    ("Tiền đạo Nguyễn Văn Toản, thành viên đội tuyển quốc gia, ghi hai bàn vào lưới Thái Lan.", "Nguyễn Văn Toản"),
    # crime: a member of a gang
    ("Nguyễn Gia Lộc (thành viên nhóm chợ gà) bị bắt vì gây thương tích.", "Nguyễn Gia Lộc"),
    # culture and weather: a jury or a team with no body
    ("Ca sĩ Mỹ Linh, thành viên ban giám khảo, nhận xét thí sinh hát tốt.", "Mỹ Linh"),
    ("Ông Nguyễn Văn Hưởng, thành viên nhóm dự báo, cho biết mưa lớn sẽ kéo dài.", "Nguyễn Văn Hưởng"),
    # business: a firm belonging to a group, in a clause of its own
    ("Ông Trần Văn Nam cho biết công ty là thành viên Tập đoàn Sao Mai, chuyên sản xuất thép.", "Trần Văn Nam"),
    # before names, in a plural: no office
    ("Các thành viên Hội đồng quản trị Công ty Sao Mai gồm ông Trần Văn Nam và bà Lê Thị Hoa.", "Lê Thị Hoa"),
])
def test_no_member_office_outside_an_aside_after_a_name(pipeline, text, name):
    assert not any(title == "Thành viên" for title, _, _ in positions(pipeline, text).get(name, set()))


def test_a_body_cut_at_an_abbreviated_place_closes_no_aside(pipeline):
    # "TP.HCM" read as "TP": its full stop ends no word, so the aside is not closed there and no cut body is given
    text = ("TS Huỳnh Anh Lâm - thành viên Liên hiệp các Hội Khoa học và Kỹ thuật TP.HCM - cho rằng thành phố đang "
            "thiếu cơ chế.")
    assert not any(body and body.endswith(" TP") for _, body, _ in positions(pipeline, text).get("Huỳnh Anh Lâm", set()))
