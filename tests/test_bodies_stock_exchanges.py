"""Bodies: the state's stock exchanges are named bodies, one name whatever the printing of their city
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Thông tin được đăng trên trang của Sở Giao dịch chứng khoán Hà Nội và website của công ty.",
     "Sở Giao dịch Chứng khoán Hà Nội"),
    ("Cổ phiếu được niêm yết trên Sở Giao dịch Chứng khoán TP.HCM từ tháng 5.",
     "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh"),
    ("Sở GDCK TPHCM vừa nâng cấp hệ thống giao dịch.", "Sở Giao dịch Chứng khoán Thành phố Hồ Chí Minh"),
    ("Sở Giao dịch Chứng khoán Việt Nam vừa ra mắt hệ thống mới.", "Sở Giao dịch Chứng khoán Việt Nam"),
])
def test_a_stock_exchange_is_a_body(text, body):
    assert names(text) == [body]
