"""Bodies: a body named with a country printed short ("tại Anh") and with its state's form ("tại Vương quốc
Anh") in one article is one body, named in full (constructed sentences)."""

from __future__ import annotations

from conftest import extracted_body_names


def test_short_and_full_country_forms_are_one_body() -> None:
    text = ("Tối 27/6, Hiệp hội Tài chính và Đầu tư Việt Nam tại Vương quốc Anh (VIFA UK) chính thức ra mắt. "
            "Bà A, Chủ tịch Hiệp hội Tài chính và Đầu tư Việt Nam tại Anh (VIFA UK), phát biểu tại lễ ra mắt.")
    assert extracted_body_names(text) == ["Hiệp hội Tài chính và Đầu tư Việt Nam tại Vương quốc Anh"]


def test_federation_form() -> None:
    text = ("Đại sứ quán Việt Nam tại Liên bang Nga tổ chức lễ kỷ niệm. "
            "Đại sứ quán Việt Nam tại Nga cho biết sẽ hỗ trợ công dân.")
    assert extracted_body_names(text) == ["Đại sứ quán Việt Nam tại Liên bang Nga"]


def test_a_short_form_alone_stays_as_printed() -> None:
    assert "Thương vụ Việt Nam tại Anh" in extracted_body_names("Thương vụ Việt Nam tại Anh đã tổ chức hội thảo xúc tiến thương mại.")
