"""Bodies: a company read as its head and its legal form alone ("Công ty TNHH một thành viên", its own name cut
off before lower-case words) names no body; a company with a name of its own after the legal form keeps it
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text", [
    "Công ty TNHH MTV mua lại nợ của các ngân hàng Việt Nam được giao xử lý khoản vay xấu.",
    "Công ty TNHH MTV khai thác dịch vụ hạ tầng đô thị phía nam được giao quản lý cây xanh.",
])
def test_head_and_legal_form_alone_name_no_body(text: str) -> None:
    names = extracted_body_names(text)
    assert not any(n.lower() in ("công ty tnhh một thành viên", "công ty tnhh mtv") for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Công ty TNHH Hòa Lợi bị phạt vì xả thải.", "Công ty TNHH Hòa Lợi"),
    ("Tổng công ty cổ phần Bảo Minh đã chi trả tiền bảo hiểm.", "Tổng công ty cổ phần Bảo Minh"),
    ("Công ty cổ phần Đầu tư Hà Sơn ký hợp đồng thi công.", "Công ty cổ phần Đầu tư Hà Sơn"),
])
def test_a_name_after_the_legal_form_is_kept(text: str, name: str) -> None:
    assert name in extracted_body_names(text)
