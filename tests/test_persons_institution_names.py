"""A name printed right after an institution's head (constructed sentences): a firm, a school, a clinic or a
unit named after a person or by a name shaped as one ("Tập đoàn X", "Công ty TNHH may mặc Y",
"Trường THPT chuyên Z", "nha khoa W") is no person; a person named after the firm's brand, after an honorific,
named as a person elsewhere in the article, or after a bare head standing for a firm the article names, is."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Sáng 12-3, phiên tòa xét xử vụ án tại Tập đoàn Phúc Hưng Thịnh tiếp tục với phần tranh luận của các luật sư.",
     "Phúc Hưng Thịnh"),
    ("Bà Lê Thị Ngọc Dung, chủ tịch HĐQT Tập đoàn Quách Minh Tài, cho rằng các khoản vay đều có tài sản bảo đảm.",
     "Quách Minh Tài"),
    ("Đội kiểm tra đã xử lý Công ty TNHH chế biến gỗ và nội thất Đinh Gia Bảo 40 triệu đồng vì bán hàng không rõ nguồn gốc.",
     "Đinh Gia Bảo"),
    ("Ông Hồ Văn Lực, người đứng đầu Công ty cổ phần Cơ khí lắp máy Lạc Hồng Phát, bị phạt 5 năm tù.",
     "Lạc Hồng Phát"),
    ("Cô Mai Thu Hằng, người dạy văn ở Trường Phổ thông đặc biệt Trương Vĩnh Ký, được trao giải thưởng năm nay.",
     "Trương Vĩnh Ký"),
    ("Đoàn kiểm tra phát hiện bà T.T.N., chủ cơ sở nha khoa Phan Ngọc Lâm, chưa xuất trình được giấy phép.",
     "Phan Ngọc Lâm"),
    ("Luật sư Đào Văn Hiếu, Văn phòng luật sư Kiều Minh Trí, cho rằng cần xem xét lại tình tiết này.",
     "Kiều Minh Trí"),
])
def test_an_institution_named_like_a_person_is_none(pipeline, text, name):
    assert name not in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    # a brand between the head and the name: the group's chairman
    ("Chủ tịch Tập đoàn Sunhouse Lương Văn Hảo phát biểu tại buổi lễ khánh thành nhà máy.", "Lương Văn Hảo"),
    # an honorific before the name: the owner
    ("Mọi món nợ vay của Công ty TNHH Bình Minh Xanh do ông Tạ Quang Hòa đứng tên đều quá hạn.", "Tạ Quang Hòa"),
    # the bare head stands for the firm the article names: its director
    ("Hôm qua, Công ty Gốm Bát Tràng Mới chào đón đoàn khách Hàn Quốc. Sau đó Tổng giám đốc Công ty Kha Minh Luận "
     "giới thiệu dây chuyền men lam.", "Kha Minh Luận"),
    # named as a person elsewhere in the article: the school keeps his name, he is a person too
    ("Học sinh Trường THPT Ngô Thì Nhậm dâng hương tưởng nhớ danh nhân. Ông Ngô Thì Nhậm được nhắc đến trong bài giảng.",
     "Ngô Thì Nhậm"),
    # "trường hợp" names no school
    ("Trường hợp của ông Khổng Minh Đức được hội đồng xem xét riêng.", "Khổng Minh Đức"),
])
def test_a_person_beside_an_institution_stays(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Bảng giá mới áp dụng cho các tuyến phố Hàng Muối, Hàng Chiếu, Phùng Khắc Khoan, Nhà Chung và Cửa Bắc từ tháng sau.",
     "Phùng Khắc Khoan"),
    ("Chi cục phụ trách các phường gồm: Phước Thạnh, Tân Hiệp, Đoàn Thị Điểm, Bình Lợi, Long Điền.", "Đoàn Thị Điểm"),
    ("Nhóm này đặt máy tại các điểm gồm Cầu Giấy (Đống Đa), Nguyễn Phong Sắc (Cầu Giấy), Láng Hạ (Ba Đình), Giảng Võ (Ba Đình) và Núi Trúc (Ba Đình) trong hai tháng.",
     "Nguyễn Phong Sắc"),
])
def test_a_name_among_places_of_a_list_is_none(pipeline, text, name):
    assert name not in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    # a list of persons: every item a name
    ("Hội đồng khen thưởng các cá nhân Lâm Quốc Bảo, Triệu Thị Hồng Nhung và Lục Văn Khánh vì thành tích xuất sắc.",
     "Triệu Thị Hồng Nhung"),
    # a person named right after a place, a given name after him: no list of places
    ("Theo UBND phường Cửa Đông, Lò Văn Tiến và Minh Châu là hai người đầu tiên báo tin.", "Lò Văn Tiến"),
    # artists listed by their stage names, found as names: no places among them
    ("Đêm nhạc có sự góp mặt của các ca sĩ Thu Hiền, Quang Vinh, Đàm Hải Yến và nhóm Hoa Sen.", "Đàm Hải Yến"),
])
def test_a_name_among_names_stays(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    # a title opening the clause right before the bare head: the officer, no other firm named
    ("Phó giám đốc Công ty Mạc Đình Khuê ký văn bản gửi các chi nhánh vào chiều thứ sáu.", "Mạc Đình Khuê"),
    ("Chủ tịch Tập đoàn Giáp Văn Sỹ từ chối bình luận về kết quả kinh doanh quý ba.", "Giáp Văn Sỹ"),
    # the short form after an honorific or a title elsewhere in the article: the same person
    ("Bà Phạm Thu Hà, kế toán trưởng Tập đoàn Lê Hữu Nghĩa, vắng mặt. Ông Nghĩa gửi đơn xin hoãn phiên họp.",
     "Lê Hữu Nghĩa"),
    ("Bà Phạm Thu Hà, kế toán trưởng Tập đoàn Lê Hữu Nghĩa, vắng mặt. Tổng giám đốc Nghĩa gửi đơn xin hoãn.",
     "Lê Hữu Nghĩa"),
    # a determiner, a tense word or a linking word after the legal form ends the firm's lines of business
    ("Công ty cổ phần này đã bổ nhiệm Nguyễn Quang Tùng làm phó giám đốc phụ trách kinh doanh.", "Nguyễn Quang Tùng"),
    ("Một công ty cổ phần thuộc sở hữu của Trần Đình Hiếu bị đình chỉ hoạt động.", "Trần Đình Hiếu"),
])
def test_an_officer_or_owner_beside_a_firm_stays(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    # a title set off after a person: that person's office, the name after the head the firm's
    ("Ông Yên Đức Lộc (tổng giám đốc Tập đoàn Đông Hải Phát) vắng mặt tại phiên họp.", "Đông Hải Phát"),
    ("Bà Tô Ngọc Hằng, chủ tịch HĐQT Tập đoàn Phùng Hưng Lợi, nói về kế hoạch năm tới.", "Phùng Hưng Lợi"),
    # legal forms and school levels read whole as a phrase
    ("Sở đã thu hồi giấy phép Cty TNHH một thành viên Hà Đăng Khoa vì vi phạm.", "Hà Đăng Khoa"),
    ("Em Thu đang học lớp ba ở Trường tiểu học Đinh Công Tráng.", "Đinh Công Tráng"),
])
def test_a_firm_or_school_after_a_set_off_title_is_none(pipeline, text, name):
    assert name not in person_names(pipeline, text)


def test_the_office_names_the_whole_firm(pipeline):
    text = "Ông Yên Đức Lộc (tổng giám đốc Tập đoàn Đông Hải Phát) vắng mặt tại phiên họp."
    doc = pipeline(text, disable=["nq_tasks", "nq_meetings"])
    bodies = {x.body for p in doc._.persons if p.name == "Yên Đức Lộc" for x in p.positions}
    assert bodies == {"Tập đoàn Đông Hải Phát"}


@pytest.mark.parametrize(("text", "name"), [
    # given names printed short (a middle name first) are no places: the list is of persons
    ("Đội hình xuất phát gồm Văn Tường, Duy Khang, Nguyễn Thành Long, Hữu Phước và Minh Trí.", "Nguyễn Thành Long"),
    ("Nhà trường tuyên dương các em Gia Linh, Ngọc Diệp, Lê Bảo Nam và Xuân Mai.", "Lê Bảo Nam"),
])
def test_a_name_among_short_given_names_stays(pipeline, text, name):
    assert name in person_names(pipeline, text)
