"""The acronym of a company's board printed between a title and the company ("Chủ tịch HĐQT Công ty Cổ phần X",
"Chủ tịch HĐTV Tổng công ty Y") is no capitalized word of a name the head sits inside: the company after it is
named (head_title rows of body_patterns.tsv; constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ('Ông Phạm Văn Dũng, Chủ tịch HĐQT Công ty Cổ phần Minh Tường đánh giá: "Nghị quyết là cam kết".',
     "Công ty Cổ phần Minh Tường"),
    ("Ông Nguyễn Cao Tài (chủ tịch HĐQT Công ty Capex) bị khởi tố.", "Công ty Capex"),
    ("Bà Trần Thị Hoa, Chủ tịch HĐTV Tổng công ty Lương thực miền Nam, cho biết giá gạo tăng.",
     "Tổng công ty Lương thực miền Nam"),
    ("Ông Ngô Văn Khải, Chủ tịch HĐQT Ngân hàng Thương mại cổ phần Sài Gòn, bị bắt.",
     "Ngân hàng Thương mại cổ phần Sài Gòn"),
])
def test_the_company_after_its_boards_acronym_is_named(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, expected", [
    ("Ông Lê Văn Nam, thành viên HĐQT, cho biết Công ty Minh Long có lãi.", ["Công ty Minh Long"]),
    ("Ông Lê Văn Nam, chủ tịch HĐQT Vinacam, cho biết công ty có lãi.", []),
    ("Phó chủ tịch HĐQT kiêm tổng giám đốc Trần Văn Bình cho biết lợi nhuận quý III giảm.", []),
    ("Đội bóng Sông Lam Nghệ An thắng Hoàng Anh Gia Lai, ông Lê Văn Hùng cho biết.", []),
])
def test_near_misses_name_nothing_new(text, expected):
    assert tagged_body_names(text) == expected
