"""Persons: a name printed bare with an age or a year of birth after it ("A (38 tuổi", "B (sinh năm 1990",
"C (SN 1985", or set off by commas, "D, 41 tuổi,") is a person even when a place or institution word stands
earlier in the clause ("TAND TP X tuyên phạt A (38 tuổi)", "vụ án lừa đảo ... đối với B (47 tuổi)"); a place
word right before the name still makes it a street or an institution."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Sau ba ngày xét xử, TAND TP Hải Phòng tuyên phạt Lương Đức Khang (34 tuổi, chủ một cửa hàng điện thoại) 9 năm tù.",
     "Lương Đức Khang"),
    ("Tòa mở phiên phúc thẩm vụ án lừa đảo chiếm đoạt tài sản đối với Đoàn Minh Khiết (52 tuổi, ngụ quận Cầu Giấy).",
     "Đoàn Minh Khiết"),
    ("Trong số đó có xe máy do Phan Thị Ngọc Hạnh (sinh năm 2004, trú tại phường Mỹ Đình) điều khiển.",
     "Phan Thị Ngọc Hạnh"),
    ("Công an tỉnh Thái Nguyên đã bắt giữ Tạ Văn Quyết (SN 1991, trú xã Tân Cương) về hành vi trộm cắp.",
     "Tạ Văn Quyết"),
    ("Tòa án nhân dân tỉnh Sóc Trăng tuyên phạt Huỳnh Tấn Lộc (25 tuổi), Kiều Văn Bảo (27 tuổi) mỗi bị cáo 6 năm tù.",
     "Huỳnh Tấn Lộc"),
    ("Công an huyện Yên Định vừa bắt giữ Mạc Thị Duyên, 41 tuổi, ở huyện Thanh Oai về hành vi buôn pháo.",
     "Mạc Thị Duyên"),
])
def test_an_aged_name_past_a_place_word_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Cửa hàng số 12 đường Nguyễn Văn Linh (quận 7) vẫn mở cửa đến khuya.",
    "Công ty cổ phần Đầu tư Hòa Phát (thành lập năm 1992) báo lãi quý III tăng mạnh.",
    "Đội tuyển tỉnh Bình Định thắng trường THPT Lê Quý Đôn (Đà Nẵng) với tỷ số 2-1.",
    "Trời rét đậm ở các tỉnh miền núi như Lạng Sơn, Cao Bằng (nhiệt độ thấp nhất 5 độ C).",
    "Tại phố Trần Hưng Đạo (sinh năm 1010 theo truyền thuyết), người dân đổ ra đường xem pháo hoa.",
    "Trường THCS Nguyễn Trãi (40 tuổi) tổ chức lễ kỷ niệm ngày thành lập.",
    "Khu đô thị trên đường Lê Văn Lương (12 tuổi đời) ngập sâu sau trận mưa lớn.",
    "Giá vàng tại cửa hàng số 5 phố Lê Văn Hưu, 30 tuổi đời, vẫn đông khách.",
])
def test_a_place_word_right_before_still_holds_it_back(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize("text", [
    "Quỹ học bổng Nguyễn Văn Hưởng, 20 tuổi, trao 100 suất học bổng cho sinh viên nghèo.",
    "Khu di tích Đỗ Văn Khiêm, 60 tuổi, vừa được trùng tu.",
    "Ngôi nhà cổ Lê Văn Hưu (150 tuổi) thu hút du khách.",
    "Quỹ khuyến học Đặng Văn Ngữ (25 tuổi) trao 50 suất quà cho học sinh.",
    "Nhà lưu niệm Trần Văn Giàu mở cửa đón khách dịp lễ.",
    "UBND huyện Ý Yên trùng tu đình Trịnh Văn Lực (130 tuổi) bằng nguồn vốn xã hội hóa.",
])
def test_a_thing_named_after_a_person_or_no_human_age_holds_it_back(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize("text, name", [
    ("Tổ chức trao học bổng cho em Nguyễn Văn Toàn (12 tuổi) ở xã Tân Lập.", "Nguyễn Văn Toàn"),
    ("Tòa án tỉnh Bình Phước tuyên phạt Trịnh Văn Lực (108 tuổi) 3 năm tù treo.", "Trịnh Văn Lực"),
])
def test_a_human_age_and_no_name_word_right_before_keep_the_person(pipeline, text, name):
    assert name in person_names(pipeline, text)
