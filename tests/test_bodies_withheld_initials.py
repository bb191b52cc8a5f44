"""Bodies: a name ending with a withheld name's initials keeps their dot where the sentence goes on after it
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Đoàn kiểm tra dừng xe tải của Công ty TNHH K. (tỉnh Long An) trên quốc lộ.", "Công ty TNHH K."),
    ("Chị M. đến UBND xã P.T. để xin xác nhận hộ khẩu.", "Ủy ban nhân dân xã P.T."),
    ("Anh C. ký hợp đồng với Công ty cổ phần thiết bị H., sau đó rút lại.", "Công ty cổ phần thiết bị H."),
    # a bracket the sentence goes on after, with a comma or a lower-case word
    ("Hàng hóa của Công ty TNHH dược phẩm V. (quận 5), theo kết luận, không rõ nguồn gốc.",
     "Công ty TNHH dược phẩm V."),
])
def test_the_initials_keep_their_dot(text, body):
    assert body in tagged_body_names(text)


def test_every_mention_of_the_body_takes_the_dot():
    text = "Bà A. mua bảo hiểm của Công ty TNHH tư vấn G. (Công ty G.) năm 2020. Sau đó Công ty G. từ chối chi trả."
    names = tagged_body_names(text)
    assert set(names) == {"Công ty TNHH tư vấn G."}


@pytest.mark.parametrize("text, body", [
    ("Bệnh nhân được chuyển lên Bệnh viện K. Tại đây các bác sĩ đã phẫu thuật.", "Bệnh viện K"),  # a full stop
    ("Hồ sơ đã gửi Bệnh viện E (Hà Nội) từ tuần trước.", "Bệnh viện E"),  # no dot
    # a number after the dot opens the next sentence
    ("Cháu bé được đưa đến Bệnh viện K. 2 ngày sau, gia đình xin xuất viện.", "Bệnh viện K"),
    # a caption's bracket ending the line or its sentence
    ("Người dân xếp hàng chờ khám tại Bệnh viện E. (Ảnh minh họa)\nSố ca bệnh tăng nhanh.", "Bệnh viện E"),
    ("Người dân xếp hàng chờ khám tại Bệnh viện E. (Ảnh: Lê Minh). Số ca bệnh tăng nhanh.", "Bệnh viện E"),
])
def test_a_full_stop_or_no_dot_leaves_the_name(text, body):
    names = tagged_body_names(text)
    assert body in names and body + "." not in names
