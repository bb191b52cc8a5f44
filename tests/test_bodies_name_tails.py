"""Bodies: a name ends before "sau khi/sau đó/sau này", "tạm dừng/tạm ngừng", "cũ" and a count after "và"
("Hiệp hội Doanh nghiệp Pháp và 16 CEO"); the short name of a listed agency ("Ủy ban Chứng khoán") is that
agency, and "Ban Cơ yếu Chính phủ" is one name, not a board and the Government (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text", [
    "Công ty đã báo cáo Ủy ban Chứng khoán việc đăng ký mua vào 10 triệu cổ phiếu.",
    "Ủy ban Chứng khoán Nhà nước vừa ban hành quyết định xử phạt công ty.",
    "Doanh nghiệp chưa báo cáo Ủy ban Chứng khoán trước khi thực hiện giao dịch.",
])
def test_the_securities_commission_printed_short(text):
    assert body_names(text) == ["Ủy ban Chứng khoán Nhà nước"]


@pytest.mark.parametrize("text, name", [
    ("Khi làm chủ tịch Ngân hàng VietinBank sau đó là bí thư tỉnh ủy, ông A đã nhận hối lộ.", "Ngân hàng VietinBank"),
    ("Cục Y tế giao thông vận tải sau khi chuyển các cơ sở về địa phương đã có văn bản.", "Cục Y tế giao thông vận tải"),
    ("Cục Quản lý giá sau này được đổi tên.", "Cục Quản lý giá"),
    ("Bệnh viện Ung bướu Cần Thơ tạm dừng thi công từ năm 2022.", "Bệnh viện Ung bướu Cần Thơ"),
    ("Dự án Bệnh viện Đa khoa Hòa Bình tạm ngừng thi công.", "Bệnh viện Đa khoa Hòa Bình"),
])
def test_a_name_ends_before_a_time_word(text, name):
    assert body_names(text) == [name]


def test_an_old_building_is_no_part_of_the_name():
    assert not any(n.endswith(" cũ") for n in body_names("Hiện Bệnh viện Ung bướu cũ hoạt động trên tòa nhà khác."))


def test_a_name_holding_sau_as_its_own_word_goes_on():
    assert body_names("Chi cục Kiểm tra sau thông quan đã phát hiện sai phạm.") == ["Chi cục Kiểm tra sau thông quan"]


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch Hiệp hội Doanh nghiệp Pháp và 16 CEO của các tập đoàn đã tham dự.", "Hiệp hội Doanh nghiệp Pháp"),
    ("Đại diện Hội Nông dân Việt Nam và 20 doanh nghiệp đã ký kết.", "Hội Nông dân Việt Nam"),
    ("Lãnh đạo Sở Y tế Đồng Nai và 12 bệnh viện trên địa bàn đã họp.", "Sở Y tế tỉnh Đồng Nai"),
])
def test_a_count_after_and_is_no_part_of_the_name(text, name):
    assert body_names(text) == [name]


def test_a_unit_number_after_and_stays_where_no_count_follows():
    assert body_names("Trường Mầm non Sao Mai và Trường Tiểu học Kim Đồng được khen.") == [
        "Trường Mầm non Sao Mai", "Trường Tiểu học Kim Đồng"]


def test_the_government_cipher_board():
    assert body_names("Sự phối hợp của Ban Cơ yếu Chính phủ trong công tác bảo mật đề thi.") == ["Ban Cơ yếu Chính phủ"]
