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


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Phạm Văn Nghĩa, thành viên Ủy ban Thường vụ Quốc hội, cho biết dự luật sẽ được thông qua.",
     "Phạm Văn Nghĩa", {("Thành viên", "Ủy ban Thường vụ Quốc hội", "current")}),
    ("Bà Đinh Thị Hoa, thành viên Ban Chỉ đạo quốc gia về chuyển đổi số, nhấn mạnh vai trò dữ liệu.",
     "Đinh Thị Hoa", {("Thành viên", "Ban Chỉ đạo quốc gia về chuyển đổi số", "current")}),
    ("Ông Ngô Văn Lợi, thành viên Bộ Chính trị, làm việc với lãnh đạo tỉnh Quảng Nam.",
     "Ngô Văn Lợi", {("Thành viên", "Bộ Chính trị", "current")}),
])
def test_a_member_of_a_collegial_organ_holds_an_office(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name"), [
    # world news: a party
    ("Ông Donald Kessler, thành viên Đảng Cương lĩnh Công dân, cho biết ông sẽ tranh cử.", "Donald Kessler"),
    ("Bà Maria Keller, thành viên Đảng Dân chủ, phát biểu tại cuộc mít tinh ở bang Ohio.", "Maria Keller"),
    # mass organisations and associations
    ("Chị Nguyễn Thị An, thành viên Hội Liên hiệp Phụ nữ xã Tân Phú, đã giúp đỡ nhiều hộ nghèo.", "Nguyễn Thị An"),
    ("Ông Lê Văn Bình, thành viên Hội Nông dân huyện Cái Bè, chia sẻ kinh nghiệm trồng lúa.", "Lê Văn Bình"),
    ("Anh Trần Văn Cường, thành viên Hội Chữ thập đỏ tỉnh Long An, hiến máu lần thứ 20.", "Trần Văn Cường"),
    ("Anh Phạm Quốc Dũng, thành viên Đoàn Thanh niên Cộng sản Hồ Chí Minh, tham gia chiến dịch.", "Phạm Quốc Dũng"),
    ("Nhà thơ Hoàng Minh Tuấn, thành viên Hội Nhà văn Việt Nam, vừa ra mắt tập thơ mới.", "Hoàng Minh Tuấn"),
    ("Ông Vũ Văn Hải, thành viên Hội Cựu chiến binh phường Bến Thành, kể lại trận đánh.", "Vũ Văn Hải"),
    # sport and business: clubs
    ("Tiền vệ Đỗ Hùng Dương, thành viên Câu lạc bộ Becamex Bình Dương, bị chấn thương.", "Đỗ Hùng Dương"),
    ("Doanh nhân Lý Thanh Sơn, thành viên Câu lạc bộ Doanh nhân Sài Gòn, tài trợ học bổng.", "Lý Thanh Sơn"),
    # culture: a band, a jury
    ("Nhạc sĩ Trần Lập Minh, thành viên Ban nhạc Bức Tường, biểu diễn tại Hà Nội.", "Trần Lập Minh"),
    ("Ca sĩ Hồ Ngọc Lan, thành viên Ban Giám khảo Vietnam Idol, nhận xét thí sinh.", "Hồ Ngọc Lan"),
    # crime: an outlawed group
    ("Đối tượng Nguyễn Văn Khải, thành viên Hội Anh em Dân chủ, bị bắt giữ.", "Nguyễn Văn Khải"),
])
def test_a_member_of_a_party_an_association_or_a_club_holds_no_office(pipeline, text, name):
    assert not any(title == "Thành viên" for title, _, _ in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Trần Văn Tú, thành viên Ban Chỉ đạo TP. Hà Nội, cho biết kế hoạch đã xong.", "Trần Văn Tú"),
    ("Bà Lê Thu Hà, người đứng đầu Ban Chỉ đạo TP. Hà Nội, cho biết kế hoạch đã xong.", "Lê Thu Hà"),
    ("Ông Đào Văn Sang, thành viên Ban Chỉ đạo Tp. Hồ Chí Minh, cho biết kế hoạch đã xong.", "Đào Văn Sang"),
    ("Bà Kiều Thị Nga, người đứng đầu Ủy ban Nhân dân Q. Ba Đình, cho biết công trình đã xong.", "Kiều Thị Nga"),
    ("Ông Tạ Văn Hòa, thành viên Hội đồng Nhân dân TX. Sơn Tây, cho biết cử tri đã kiến nghị.", "Tạ Văn Hòa"),
])
def test_an_abbreviated_place_s_full_stop_closes_no_aside(pipeline, text, name):
    # the body is cut at "TP", "Q", "TX": the full stop is the abbreviation's, no office with a cut body is given
    assert not any(body and body.split()[-1] in ("TP", "Tp", "Q", "TX")
                   for _, body, _ in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Phát biểu tại hội nghị có ông Hà Văn Khoa, người đứng đầu Tổ chức Y tế Thế giới. Ông nhấn mạnh vai trò vắc xin.",
     "Hà Văn Khoa", {("Người đứng đầu", "Tổ chức Y tế Thế giới", "current")}),
    ("Buổi làm việc có bà Mai Thị Lan, thành viên Ủy ban Thường vụ Quốc hội. Bà đề nghị sửa luật.",
     "Mai Thị Lan", {("Thành viên", "Ủy ban Thường vụ Quốc hội", "current")}),
])
def test_a_full_stop_after_a_whole_body_closes_the_aside(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected
