"""Bodies: a school or an academy whose own name opens with another body's head ("Học viện Ngân hàng", "Trường đại
học Ngân hàng TP.HCM") is the school, the inner head naming no body of its own; the inner head after a conjunction,
another body after the school's name or a person after it stays apart, and no school's name is cut inside another
name ("Trường Đại học Phòng cháy chữa cháy", "Trường Đại học Công ty cổ phần X": none, the firm alone) (constructed
sentences and invented names; body_patterns.tsv field_owner_head rows)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Sinh viên Học viện Ngân hàng đoạt giải nhất cuộc thi.", "Học viện Ngân hàng"),
    ("Trường đại học Ngân hàng TP.HCM tổ chức kỳ thi riêng.", "Trường Đại học Ngân hàng Thành phố Hồ Chí Minh"),
    ("Theo Trường Đại học Ngân hàng TP.HCM, điểm chuẩn năm nay tăng.", "Trường Đại học Ngân hàng Thành phố Hồ Chí Minh"),
    ("Giám đốc Học viện Ngân hàng Nguyễn Văn Hòa cho biết.", "Học viện Ngân hàng"),
    ("Thẩm phán được bồi dưỡng tại Học viện Tòa án trong ba tháng.", "Học viện Tòa án"),
])
def test_a_school_named_by_another_head_is_the_school(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, bodies", [
    ("Học viện Tài chính và Ngân hàng Nhà nước ký kết thỏa thuận.", ["Học viện Tài chính", "Ngân hàng Nhà nước Việt Nam"]),
    ("Học viện Ngân hàng và Ngân hàng Nhà nước ký kết thỏa thuận.", ["Học viện Ngân hàng", "Ngân hàng Nhà nước Việt Nam"]),
])
def test_a_head_after_a_conjunction_is_another_body(text, bodies):
    assert tagged_body_names(text) == bodies


@pytest.mark.parametrize("text", [
    "Các học viện và ngân hàng đã ký kết thỏa thuận.",
    "Ông Hòa từng học ở học viện, ngân hàng tài trợ học bổng.",
])
def test_no_school_from_common_nouns(text):
    assert not any(b.startswith("Học viện Ngân hàng") for b in tagged_body_names(text))


@pytest.mark.parametrize("text, absent", [
    ("Sinh viên Trường Đại học Phòng cháy chữa cháy đã tham gia chữa cháy.", "Trường Đại học Phòng"),
    ("Trường Đại học Phòng cháy chữa cháy khai giảng năm học mới.", "Trường Đại học Phòng"),
    ("Trường Đại học Công ty cổ phần Tập đoàn Hòa Lâm tuyển sinh ngành mới.", "Trường Đại học Công ty"),
    ("Học viện Công ty cổ phần Đầu tư Tân Lộc mở lớp đào tạo.", "Học viện Công ty"),
])
def test_no_school_name_cut_inside_another_name(text, absent):
    assert not any(b.startswith(absent) for b in tagged_body_names(text))


def test_the_firm_after_a_school_head_keeps_its_own_name():
    assert "Công ty cổ phần Tập đoàn Hòa Lâm" in tagged_body_names(
        "Trường Đại học Công ty cổ phần Tập đoàn Hòa Lâm tuyển sinh ngành mới.")
