"""A company printed again with fewer of its lines of business is that company, named in full; a name that drops
no line of business but its brand's words, drops all its lines, or ends with another brand is another company
(constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("full, short", [
    ("Công ty cổ phần đầu tư xây dựng thương mại Hoàng Long", "Công ty cổ phần xây dựng thương mại Hoàng Long"),
    ("Công ty TNHH sản xuất và thương mại Phú Hưng", "Công ty TNHH thương mại Phú Hưng"),
    ("Tổng công ty vận tải và du lịch Sông Đà", "Tổng công ty du lịch Sông Đà"),
])
def test_a_company_printed_with_fewer_lines_is_named_in_full(full, short):
    names = tagged_body_names(f"Hôm qua {full} ký hợp đồng mới. Sau đó {short} đã nộp hồ sơ đúng hạn.")
    assert len(set(names)) == 1 and len(names) == 2
    assert names[0].endswith(full.split()[-1]) and len(names[0].split()) >= len(full.split())


@pytest.mark.parametrize("full, other", [
    # every line dropped: the head and the brand alone may name another company
    ("Tổng công ty cấp nước Bến Nghé", "Tổng công ty Bến Nghé"),
    # the brand differs in its capitalized words
    ("Công ty TNHH thương mại Minh Long", "Công ty TNHH Long"),
    ("Công ty cổ phần xây dựng thương mại Hoàng Long", "Công ty cổ phần thương mại Long"),
])
def test_a_company_dropping_no_line_but_brand_words_is_another(full, other):
    names = tagged_body_names(f"Hôm qua {full} ký hợp đồng mới. Sau đó {other} đã nộp hồ sơ đúng hạn.")
    assert len(set(names)) == 2
