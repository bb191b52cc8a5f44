"""Companies: lower-case words that open the name after the legal form, a place number at the end, long
national names, and the company printed again without its legal form (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Ông S. chỉ định Công ty cổ phần đầu tư Ánh Việt (công ty vận tải) đứng tên.", "Công ty cổ phần đầu tư Ánh Việt"),
    ("Công ty TNHH thương mại Ánh Dương bị xử phạt.", "Công ty TNHH thương mại Ánh Dương"),
    ("Công ty TNHH một thành viên Xổ số kiến thiết Bình Thuận đã báo cáo.",
     "Công ty TNHH một thành viên Xổ số kiến thiết Bình Thuận"),
    ("Thanh tra xử phạt Công ty cổ phần Dược phẩm quận 10 số tiền 341 triệu đồng.", "Công ty cổ phần Dược phẩm quận 10"),
])
def test_company_names(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Công ty cổ phần này đã nộp phạt.",
    "Công ty TNHH do ông A làm giám đốc.",
    "Công ty cổ phần kinh doanh không hiệu quả.",
])
def test_a_legal_form_without_a_name_is_no_body(text):
    assert body_names(text) == []


@pytest.mark.parametrize("first, later, body", [
    ("Công ty TNHH Lọc hóa dầu Nghi Sơn được phép xả nước thải.", "Công ty Lọc hóa dầu Nghi Sơn tiến hành súc rửa.",
     "Công ty TNHH Lọc hóa dầu Nghi Sơn"),
    ("Công ty cổ phần Nhựa Bình Minh công bố lãi.", "Công ty Nhựa Bình Minh cho biết.", "Công ty cổ phần Nhựa Bình Minh"),
])
def test_a_company_printed_without_its_legal_form_is_the_same_company(first, later, body):
    assert set(body_names(first + " " + later)) == {body}


def test_a_head_inside_a_place_name_is_no_head():
    assert body_names("Công ty TNHH Điện lực Hải Phòng báo cáo.") == ["Công ty TNHH Điện lực Hải Phòng"]
