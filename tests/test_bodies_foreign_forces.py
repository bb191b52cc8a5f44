"""A state's armed forces and the office of its head of state, printed with the country's name ("Quân đội Pháp",
"Hải quân Ấn Độ", "Văn phòng Tổng thống Philippines"), are that country's bodies, and "Úc" is a country
("Thượng viện Úc"); the same head words inside another name ("Trường Sĩ quan Lục quân 2"), or with no country
after them, start no body; the Vietnamese navy and air force are named as printed (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Sáng 3-5, Quân đội Pháp bắt đầu cuộc diễn tập kéo dài một tuần.", "Quân đội Pháp"),
    ("Tàu của Hải quân Ấn Độ cập cảng Cam Ranh hôm qua.", "Hải quân Ấn Độ"),
    ("Máy bay của Không quân Úc tham gia cứu hộ.", "Không quân Úc"),
    ("Đội danh dự Quân đội Hoàng gia Thái Lan duyệt hàng quân.", "Quân đội Hoàng gia Thái Lan"),
    ("Văn phòng Tổng thống Philippines ra thông cáo chiều 4-6.", "Văn phòng Tổng thống Philippines"),
    ("Dự luật được Thượng viện Úc thông qua với đa số phiếu.", "Thượng viện Úc"),
    ("Ông từng phục vụ trong Hải quân Việt Nam nhiều năm.", "Hải quân Việt Nam"),
])
def test_a_force_or_a_leader_s_office_with_its_country_is_a_body(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Năm 1990, ông tốt nghiệp Trường Sĩ quan Lục quân 2.", "Trường Sĩ quan Lục quân 2"),
    ("Bệnh nhân được chuyển đến Bệnh viện Quân y 175 trong đêm.", "Bệnh viện Quân y 175"),
])
def test_a_force_s_head_inside_another_name_starts_no_body(text, body):
    assert tagged_body_names(text) == [body]


@pytest.mark.parametrize("text", [
    "Văn phòng Luật sư Minh Tâm nhận bào chữa cho bị cáo.",
    "Quân đội đã có mặt để hỗ trợ người dân.",
    "Thiếu tướng Nguyễn Úc Bình dự lễ.",
])
def test_a_force_s_head_without_a_country_names_no_body(text):
    assert tagged_body_names(text) == []
