"""A company named in full once ("Công ty cổ phần Du lịch Delta") and then by its head and the capitalized words
its name ends with ("Công ty Delta", defined in parentheses or not) is one body, named in full; a company whose
short form matches two full names, or none, keeps the name printed (constructed sentences)."""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Dự án do Công ty cổ phần Du lịch Sao Mai (Công ty Sao Mai) làm chủ đầu tư. Tỉnh thu hồi đất vì Công ty Sao Mai "
     "không triển khai dự án.", "Công ty cổ phần Du lịch Sao Mai"),
    ("Công ty TNHH MTV Dịch vụ môi trường Hoàng Long bị phạt. Theo đó, Công ty Hoàng Long đã chôn lấp chất thải.",
     "Công ty TNHH một thành viên Dịch vụ môi trường Hoàng Long"),
    ("Phía ông S. chỉ định Công ty cổ phần đầu tư Bình Minh đứng tên. Sau đó Công ty Bình Minh xuất hóa đơn.",
     "Công ty cổ phần đầu tư Bình Minh"),
])
def test_a_company_named_later_by_its_brand_is_the_company(text, body):
    assert extracted_body_names(text) == [body]


def test_a_brand_shared_by_two_companies_stays_as_printed():
    text = ("Công ty cổ phần Du lịch Sao Mai và Công ty TNHH Xây dựng Sao Mai cùng dự thầu. Công ty Sao Mai trúng thầu.")
    assert "Công ty Sao Mai" in extracted_body_names(text)


def test_a_company_with_no_full_name_keeps_its_short_name():
    assert extracted_body_names("Công ty Sao Mai trúng thầu dự án.") == ["Công ty Sao Mai"]
