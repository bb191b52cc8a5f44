"""A company's name is its head, its legal form, its lines of business in lower case (which the tagger reads as
verbs: "phát triển", "sản xuất", "vận tải") and last its capitalized brand: a name read only up to its lines goes
on to the brand; one printed again with fewer of its lines is the same company; a clause after a company that
already has its brand, a verb that is no line of business, or a person's name ends the name (constructed
sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Dự án do Công ty cổ phần Đầu tư phát triển nhà Bình Minh làm chủ đầu tư.",
     "Công ty cổ phần Đầu tư phát triển nhà Bình Minh"),
    ("Thanh tra tỉnh kiểm tra Công ty TNHH sản xuất và thương mại Phú An về hồ sơ môi trường.",
     "Công ty TNHH sản xuất và thương mại Phú An"),
    ("Ông Bình, giám đốc Công ty TNHH Thương mại vận tải và du lịch Hồng Phát, bị khởi tố.",
     "Công ty TNHH Thương mại vận tải và du lịch Hồng Phát"),
    ("UBND thành phố yêu cầu Tổng công ty cấp thoát nước Bến Thành báo cáo tiến độ.",
     "Tổng công ty cấp thoát nước Bến Thành"),
    ("Hàng hóa được Công ty xuất nhập khẩu thủy sản Cửu Long thu mua trong tháng.",
     "Công ty xuất nhập khẩu thủy sản Cửu Long"),
])
def test_a_company_name_goes_on_over_its_lines_to_its_brand(text, body):
    assert body in tagged_body_names(text)


def test_a_company_printed_again_with_fewer_lines_is_one_company():
    text = ("Công ty TNHH Vận tải và du lịch Hồng Phát bị phạt. Sau đó Công ty TNHH Vận tải Hồng Phát đã nộp phạt "
            "đúng hạn.")
    assert tagged_body_names(text) == ["Công ty TNHH Vận tải và du lịch Hồng Phát"] * 2


@pytest.mark.parametrize("text, names", [
    # the name has its brand already: the clause after it is no line of business
    ("Công ty Sao Mai trúng thầu dự án Hà Nội.", ["Công ty Sao Mai"]),
    # a verb that is no line of business, a person after an honorific
    ("Công ty tiếp tục hỗ trợ Hà Nội trong dịp này.", []),
    ("Công ty kiện ông Nguyễn Văn An ra tòa.", []),
    # a person's name (a surname and a middle name) is no brand
    ("Giám đốc Công ty cổ phần đầu tư xây dựng Trần Văn Hùng bị bắt.", []),
    # a preposition ends the lines
    ("Công ty cổ phần Đầu tư tại Hà Nội đã nộp hồ sơ.", ["Công ty cổ phần Đầu tư"]),
])
def test_a_clause_or_a_person_after_a_company_is_no_brand(text, names):
    assert tagged_body_names(text) == names
