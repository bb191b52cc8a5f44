"""Bodies: a name whose lower-case field words the tagger reads as verbs, printed in an aside after a person's name
and an officer's title, runs to the mark that closes the aside (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("TS Lê Hoàng Nam - tổng thư ký Hiệp hội Nhà thầu đầu tư hạ tầng - cho rằng thủ tục còn chậm.",
     "Hiệp hội Nhà thầu đầu tư hạ tầng"),
    ("Bà Phạm Thu Hà (trưởng Phòng Quản lý ô nhiễm môi trường) trình bày báo cáo.",
     "Phòng Quản lý ô nhiễm môi trường"),
    ("Ông Vũ Đức Thịnh, nguyên cục trưởng Cục Kiểm soát ô nhiễm nguồn nước, nhận định thêm.",
     "Cục Kiểm soát ô nhiễm nguồn nước"),
    ("Bà Đỗ Minh Thư, trưởng ban Ban Thiết kế sản phẩm bán lẻ, giới thiệu gói vay.",
     "Ban Thiết kế sản phẩm bán lẻ"),
])
def test_an_aside_closes_the_lower_case_field(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    # a reporting verb, a stop pair: the aside ended with the name, the clause is the sentence's
    ("Ông Lê Văn Hải, chủ tịch Hiệp hội Nông sản khẳng định, thị trường đang phục hồi.", "Hiệp hội Nông sản"),
    ("Ông Lê Văn Hải, chủ tịch Hội Doanh nghiệp tổ chức hội thảo, mời chuyên gia.", "Hội Doanh nghiệp"),
    # after the firm's own name the predicate opens
    ("Bà Lê Thị Hoa, giám đốc Công ty Minh Phát nêu ý kiến, sản lượng tăng.", "Công ty Minh Phát"),
    # no person's name before the title: no aside
    ("Chiều 5-3, giám đốc Hiệp hội Doanh nghiệp trao học bổng, động viên sinh viên.", "Hiệp hội Doanh nghiệp"),
])
def test_no_clause_is_read_into_the_name(text, body):
    names = tagged_body_names(text)
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)
