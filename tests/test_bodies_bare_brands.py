"""Bodies: companies printed by their brand alone ("hợp tác với VinFast") are bodies; a head before the brand
opens a longer name ("Tập đoàn Vingroup", "Trường Đại học FPT"), and the brand printed alone in an article that
names one such body is that body (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, brands", [
    ("Hai nước hợp tác về xe điện (với VinFast), sứ vệ sinh (với Viglacera) và công nghệ thông tin (với FPT).",
     ["VinFast", "Viglacera", "FPT"]),
    ("Vingroup hay Viglacera là những cái tên khác được nhắc tới.", ["Vingroup", "Viglacera"]),
    ("Tổng Bí thư dự lễ khai trương đường bay mới của Vietjet nối Hà Nội với Kuala Lumpur.", ["Vietjet"]),
])
def test_a_company_printed_by_its_brand(text, brands):
    assert [b for b in body_names(text) if b in brands] == brands


@pytest.mark.parametrize("text, name", [
    ("Ông Nguyễn Văn An là Chủ tịch Tập đoàn Vingroup từ năm 2020.", "Tập đoàn Vingroup"),
    ("Sinh viên Trường Đại học FPT đã giành giải nhất cuộc thi.", "Trường Đại học FPT"),
    ("Công ty cổ phần Viglacera Hạ Long vừa công bố kết quả kinh doanh.", "Công ty cổ phần Viglacera Hạ Long"),
])
def test_a_head_before_a_brand_opens_a_longer_name(text, name):
    assert body_names(text) == [name]


@pytest.mark.parametrize("text, names", [
    ("Thủ tướng hoan nghênh Tập đoàn Vingroup đã đầu tư vào nông nghiệp. Hải Phòng và Vingroup đã có hướng đi đúng.",
     ["Tập đoàn Vingroup", "Tập đoàn Vingroup"]),
    ("Tổng công ty Viglacera đã mở rộng sản xuất. Năm nay Viglacera sẽ tuyển thêm lao động.",
     ["Tổng công ty Viglacera", "Tổng công ty Viglacera"]),
])
def test_a_brand_alone_after_its_full_name_is_that_body(text, names):
    assert body_names(text) == names


def test_a_brand_two_bodies_end_with_stays_the_brand():
    text = "Tập đoàn Vingroup và Quỹ Vingroup cùng tài trợ. Vingroup cho biết sẽ tiếp tục."
    assert body_names(text)[-1] == "Vingroup"


def test_a_brand_whose_full_name_is_printed_in_two_cases():
    text = ("Nông trường thuộc Tập đoàn VinGroup. Thủ tướng hoan nghênh Tập đoàn Vingroup đã đầu tư. Hải Phòng và "
            "Vingroup đã có hướng đi đúng.")
    assert [n.lower() for n in body_names(text)] == ["tập đoàn vingroup"] * 3
