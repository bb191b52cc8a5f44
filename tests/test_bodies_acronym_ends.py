"""A name that ends with its own acronym ("Quỹ BOG", "Ngân hàng SCB") does not go on over a lower-case word the
tagger glues to the acronym or reads as no noun ("Quỹ BOG [thu] từ ..."); an acronym the data knows as a head, a
field or a legal form, or a noun after an unknown one ("Ban QLCT khu vực ..."), still goes on (constructed
sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Số tiền Quỹ BHG thu từ khách hàng được chuyển vào tài khoản riêng.", "Quỹ BHG"),
    ("Doanh nghiệp không trích lập Quỹ BHG đầy đủ theo quy định.", "Quỹ BHG"),
    ("Ngân hàng ACB xin tạm dừng thu hồi khoản vay.", "Ngân hàng ACB"),
])
def test_a_lower_case_word_after_a_name_s_own_acronym_ends_the_name(text, body):
    assert tagged_body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Ban QLCT khu vực tỉnh Phú Yên được thành lập.", "Ban QLCT khu vực tỉnh Phú Yên"),
    # a public body's field the data knows, spelled out (abbreviations.tsv public_word)
    ("Ban QLDA khu vực tỉnh Phú Yên được thành lập.", "Ban Quản lý dự án khu vực tỉnh Phú Yên"),
    ("Sở GTVT tỉnh Phú Yên đã kiểm tra.", "Sở Giao thông vận tải tỉnh Phú Yên"),
    ("Công ty TNHH sản xuất và thương mại Phú An bị phạt.", "Công ty TNHH sản xuất và thương mại Phú An"),
])
def test_a_known_acronym_or_a_noun_after_one_goes_on(text, body):
    assert tagged_body_names(text) == [body]
