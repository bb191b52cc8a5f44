"""Bodies printed in the press's short style (constructed sentences): a national university printed "ĐHQG" or
"ĐH Quốc gia" names the university spelled out, and a member school printed before it after a comma is named with
it, as with the spelled-out university, and an organ or a unit printed right before it is one body with it
("Hội đồng ĐHQG TP.HCM" = "Hội đồng Đại học Quốc gia Thành phố Hồ Chí Minh"); a city's "TP." glued to its name at
the end of a proper name is spelled out ("Hội Luật gia TP.Hải Phòng" = "Hội Luật gia thành phố Hải Phòng"), a firm's
name and a name in capitals after it ("TP.HCM") keeping it as printed."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names, person_names, positions

HCM = "Đại học Quốc gia Thành phố Hồ Chí Minh"
HN = "Đại học Quốc gia Hà Nội"


@pytest.mark.parametrize("printed, name", [
    ("ĐHQG TP.HCM", HCM),
    ("ĐHQG-HCM", HCM),
    ("ĐH Quốc gia TP.HCM", HCM),
    ("ĐH Quốc gia Hà Nội", HN),
    ("ĐHQGHN", HN),
])
def test_a_short_national_university_is_spelled_out(printed, name):
    names = extracted_body_names(f"Sáng nay, sinh viên {printed} bước vào đợt thi học kỳ mới.")
    assert name in names
    assert not any(n.startswith("ĐH") for n in names)


@pytest.mark.parametrize("school, parent, name", [
    ("Trường ĐH Bách khoa", "ĐHQG TP.HCM", f"Trường Đại học Bách khoa, {HCM}"),
    ("Trường ĐH Khoa học xã hội và Nhân văn", "ĐHQG-HCM", f"Trường Đại học Khoa học xã hội và Nhân văn, {HCM}"),
    ("Trường ĐH Y Dược", "ĐH Quốc gia Hà Nội", f"Trường Đại học Y Dược, {HN}"),
    ("Trường Đại học Công nghệ", "ĐHQGHN", f"Trường Đại học Công nghệ, {HN}"),
])
def test_a_member_school_takes_its_short_university(pipeline, school, parent, name):
    text = f"Ông Lê Quang Vinh, giảng viên {school}, {parent}, trình bày kết quả nghiên cứu."
    assert {name, name.split(", ", 1)[1]} <= set(extracted_body_names(text))
    assert ("Giảng viên", name, "current") in positions(pipeline, text)["Lê Quang Vinh"]


def test_two_listed_schools_before_a_short_university_take_no_parent():
    names = extracted_body_names(
        "Đội tuyển của Trường ĐH Sư phạm, Trường ĐH Bách khoa, ĐHQG TP.HCM cùng vào vòng chung kết.")
    assert not any(n.startswith("Trường Đại học Sư phạm,") for n in names)


def test_a_department_before_a_short_university_is_no_member_school():
    names = extracted_body_names("Sở Giáo dục và Đào tạo, ĐHQG TP.HCM cùng ký kết biên bản hợp tác.")
    assert not any(", Đại học Quốc gia" in n for n in names)


@pytest.mark.parametrize("text, name", [
    ("Đại diện Hiệp hội Doanh nghiệp nhỏ và vừa TP.Đà Nẵng cho biết như vậy.",
     "Hiệp hội Doanh nghiệp nhỏ và vừa thành phố Đà Nẵng"),
    ("Theo Hội Luật gia TP.Hải Phòng, số vụ tư vấn miễn phí đã tăng.", "Hội Luật gia thành phố Hải Phòng"),
    ("Bệnh viện Đa khoa TP.Vinh tiếp nhận thêm nhiều ca bệnh.", "Bệnh viện Đa khoa thành phố Vinh"),
    ("Đài Phát thanh và Truyền hình TP.Cần Thơ đưa tin về buổi lễ.", "Đài Phát thanh và Truyền hình thành phố Cần Thơ"),
])
def test_a_glued_city_level_is_spelled_out(text, name):
    names = extracted_body_names(text)
    assert name in names
    assert not any("TP." in n for n in names)


def test_a_glued_city_acronym_keeps_its_spelling():
    names = extracted_body_names("Theo Ban Quản lý Khu công nghệ cao TP.HCM, ba dự án mới đã được cấp phép.")
    assert "Ban Quản lý Khu công nghệ cao Thành phố Hồ Chí Minh" in names
    assert not any("thành phố HCM" in n for n in names)


@pytest.mark.parametrize("text, initials", [
    ("Người đưa cậu bé N.H. (9 tuổi, nhà ở phường Bến Thành) tới bệnh viện là một tài xế xe ôm.", "N.H."),
    ("Theo lời kể của bạn cùng lớp, em T.H. (học sinh lớp 8 Trường THCS Nguyễn Du) bị đau chân sau giờ thể dục.",
     "T.H."),
])
def test_a_pupil_s_initials_are_no_university(pipeline, text, initials):
    assert not any("Đại học" in n for n in extracted_body_names(text))
    assert initials in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Hội đồng ĐHQG TP.HCM vừa họp phiên thường kỳ quý III.", f"Hội đồng {HCM}"),
    ("Trung tâm Khảo thí ĐH Quốc gia TP.HCM sẽ mở thêm điểm thi ở miền Tây.", f"Trung tâm Khảo thí {HCM}"),
    ("Sáng qua, Ban Giám đốc ĐH Quốc gia Hà Nội tiếp đoàn chuyên gia Nhật Bản.", f"Ban Giám đốc {HN}"),
    ("Ban Giám đốc ĐHQGHN giao nhiệm vụ cho các trường thành viên.", f"Ban Giám đốc {HN}"),
])
def test_an_organ_before_a_short_university_keeps_the_whole_name(text, name):
    names = extracted_body_names(text)
    assert name in names
    assert not any(n.startswith("ĐH") or "ĐHQG" in n for n in names)


def test_an_organ_before_the_spelled_out_university_is_read_as_before():
    # the spelled-out university opens a name at its own head: the university alone, as before
    names = extracted_body_names("Hội đồng Đại học Quốc gia Hà Nội biểu quyết lộ trình tự chủ tài chính.")
    assert HN in names


@pytest.mark.parametrize("text, name", [
    ("Công ty TNHH Thương mại TP.Vinh vừa bị xử phạt vì chậm nộp thuế.", "Công ty TNHH Thương mại TP.Vinh"),
    ("Tập đoàn Bất động sản TP.Hải Phòng công bố lợi nhuận quý II.", "Tập đoàn Bất động sản TP.Hải Phòng"),
    ("Ngân hàng Phát triển TP.Cần Thơ mở thêm hai phòng giao dịch.", "Ngân hàng Phát triển TP.Cần Thơ"),
])
def test_a_firm_keeps_its_glued_city_as_printed(text, name):
    assert name in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Bình sống ở TP.Vinh đã hơn hai mươi năm.",
    "Đoàn công tác dừng chân tại TP.Hải Phòng trước khi ra đảo.",
])
def test_a_city_alone_as_a_place_is_no_body(text):
    assert extracted_body_names(text) == []


def test_a_city_in_capitals_after_the_level_is_no_glued_name():
    names = extracted_body_names("Sở Y tế TP.HUẾ gửi công văn tới các bệnh viện.")
    assert "Sở Y tế thành phố HUẾ" not in names
    assert not any("thành phố HCM" in n for n in extracted_body_names("Hội Luật gia TP.HCM họp tổng kết năm."))
