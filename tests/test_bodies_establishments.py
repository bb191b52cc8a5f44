"""Bodies: a private establishment named by its kind and its own capitalized name, the kind printed in lower case as
often as not ("xử phạt nha khoa Lê Kha", "phòng khám đa khoa Thiện Hòa", "hộ kinh doanh ADM Night Lounge"), is a
body spelled with its kind capitalized; a plural, initials, a place, another body's head after the kind, or the
firm's name the article prints with its legal form, name none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Thanh tra Sở Y tế xử phạt nha khoa Minh Khang 50 triệu đồng.", "Nha khoa Minh Khang"),
    ("Sở Y tế xử phạt nha khoa Lê Hòa vì hành nghề không phép.", "Nha khoa Lê Hòa"),  # named after a person
    ("Nha khoa quốc tế BELA (70 Trần Hưng Đạo) bị xử phạt 90 triệu đồng.", "Nha khoa quốc tế BELA"),
    ("Cụ thể, hộ kinh doanh Sky Night Lounge do ông Hồ Văn Thực làm người đại diện bị xử phạt.",
     "Hộ kinh doanh Sky Night Lounge"),
    ("Hộ kinh doanh 27 Kaori bị phạt 40 triệu đồng.", "Hộ kinh doanh 27 Kaori"),
    ("Ông S. được Phòng khám đa khoa Thiện Hòa tỉnh Quảng Nam cấp giấy khám sức khỏe.", "Phòng khám đa khoa Thiện Hòa"),
    ("Sở Y tế xử phạt phòng khám nha khoa KL Smile Center 80 triệu đồng.", "Phòng khám nha khoa KL Smile Center"),
    ("Bà A khám bệnh tại phòng khám sản phụ khoa Anna Tân Bình khi chưa có giấy phép.",
     "Phòng khám sản phụ khoa Anna Tân Bình"),
    ("Tối 28-6, Phòng khám Đa khoa Hưng Thịnh – Yên Sơn tổ chức lễ kỷ niệm.", "Phòng khám Đa khoa Hưng Thịnh - Yên Sơn"),
    ("Sở xử phạt hộ kinh doanh nha khoa Bảo An 30 triệu đồng.", "Nha khoa Bảo An"),  # the clinic, not the household
])
def test_an_establishment_is_named_by_its_kind_and_own_name(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Các phòng khám Hà Nội đông khách dịp cuối tuần.",  # a plural
    "Sở Y tế kiểm tra 3 phòng khám Cần Thơ.",  # a number
    "Bà T. là chủ hộ kinh doanh L.N.B. bị phạt 20 triệu đồng.",  # initials: an anonymized name
    "Người dân đến phòng khám ở Quảng Nam để khám bệnh.",  # no own name
    "Nhiều hộ kinh doanh cá thể bị phạt.",  # lower-case words, no own name
])
def test_no_own_name_no_establishment(text):
    assert not any(n.split()[0] in {"Phòng", "Nha", "Hộ"} for n in extracted_body_names(text))


def test_another_bodys_head_after_the_kind():
    assert extracted_body_names("Phòng khám Bệnh viện Bạch Mai đông bệnh nhân.") == ["Bệnh viện Bạch Mai"]


def test_the_firm_the_article_names_with_its_legal_form():
    names = extracted_body_names(
        "Công ty TNHH Nha khoa Tâm An bị phạt. Sau đó, Nha khoa Tâm An (30 Lê Lợi) đã đóng cửa.")
    assert names == ["Công ty TNHH Nha khoa Tâm An"]


def test_a_household_after_a_firm_in_a_list():
    names = extracted_body_names("Công an khởi tố Công ty Hòa Phát và hộ kinh doanh Ngân Phúc về tội buôn lậu.")
    assert names == ["Công ty Hòa Phát", "Hộ kinh doanh Ngân Phúc"]
