"""Bodies: a firm's or a hospital's own name printed right after its head may open with a surname's word ("Tập đoàn
Vạn Thịnh Phát"); with a middle name second the words are a person after the body, and the head names nothing
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Tập đoàn Vạn Thịnh Phát lập nhiều công ty con để đứng tên các lô đất.", "Tập đoàn Vạn Thịnh Phát"),
    ("Công ty Huỳnh Bình bị phạt vì để khói bụi bay sang khu dân cư.", "Công ty Huỳnh Bình"),
    ("Sản phụ được chuyển đến Bệnh viện Từ Dũ lúc nửa đêm.", "Bệnh viện Từ Dũ"),
    ("Tổng công ty Hồ Phát Lợi vừa công bố kế hoạch mở rộng nhà máy.", "Tổng công ty Hồ Phát Lợi"),
])
def test_an_own_name_opening_with_a_surname_is_the_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, head", [
    ("Chiều qua, Phó Giám đốc Công ty Phạm Đức Hà trả lời phóng viên.", "Công ty Phạm"),
    ("Giám đốc Bệnh viện Trần Thị Mai cho biết ca mổ đã thành công.", "Bệnh viện Trần"),
    ("Chủ tịch Tập đoàn Lê Văn Bình ký kết hợp tác với đối tác.", "Tập đoàn Lê"),
])
def test_a_middle_name_second_makes_a_person_after_the_head(text, head):
    assert all(not n.startswith(head) for n in extracted_body_names(text))


@pytest.mark.parametrize("text, cut", [
    ("Cháu tôi học ở Trường Nguyễn Trãi gần nhà.", "Trường Nguyễn"),  # a school named after a person: no such head
    ("Khách hàng gửi tiết kiệm ở Ngân hàng Phương Nam năm ấy.", "Ngân hàng Phương"),  # a bank printed short
])
def test_a_head_not_listed_keeps_the_person_reading(text, cut):
    assert all(not n.startswith(cut) for n in extracted_body_names(text))
