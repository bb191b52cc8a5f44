"""A title followed by an acronym the article defines after a body's full name ("Viện Hàn lâm khoa học thế
giới (TWAS)") holds that body (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


def _bodies(held) -> set[str]:
    return {b.lower() for _t, b, _s in held if b}


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Giáo sư A được bầu làm viện sĩ Viện Hàn lâm khoa học thế giới (TWAS). Giáo sư Mary Smith - chủ tịch "
     "TWAS - viết thư chúc mừng.", "Mary Smith", "viện hàn lâm khoa học thế giới"),
    ("Hội nghị của Đảng Hành động nhân dân (PAP) đã khai mạc. Ông Trần Văn Minh hiện là phó tổng thư ký PAP "
     "từ năm 2022.", "Trần Văn Minh", "đảng hành động nhân dân"),
    ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam (VINASME) tổ chức hội thảo. Ông Nguyễn Văn Thắng, Chủ tịch "
     "VINASME, phát biểu khai mạc.", "Nguyễn Văn Thắng", "hiệp hội doanh nghiệp nhỏ và vừa việt nam"),
])
def test_a_defined_acronym_after_a_title_names_the_full_body(pipeline, text, name, body):
    assert body in _bodies(positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize("text", [
    "Ông John Brown, Chủ tịch ABC, phát biểu tại hội nghị.",
    "Dự án của Tổng công ty (ABC) được triển khai. Ông John Brown, Chủ tịch ABC, phát biểu tại hội nghị.",
])
def test_an_acronym_defined_nowhere_or_after_no_name_gives_no_body(pipeline, text):
    held = positions(pipeline, text).get("John Brown", set())
    assert not any(b and "ABC" in b for _t, b, _s in held)
    assert not any(b and b.lower().startswith("dự án") for _t, b, _s in held)


@pytest.mark.parametrize("text", [
    "Cùng tham dự có Bộ trưởng, Chủ nhiệm VPCP Trần Văn Sơn và các đại biểu.",
    "Bộ trưởng, Chủ nhiệm VPCP Trần Văn Sơn phát biểu tại hội nghị.",
])
def test_government_office_acronym(pipeline, text):
    """'VPCP' alone names the Văn phòng Chính phủ (abbreviations.tsv), for both links sharing it."""
    got = positions(pipeline, text)["Trần Văn Sơn"]
    assert {("Bộ trưởng", "Văn phòng Chính phủ", "current"), ("Chủ nhiệm", "Văn phòng Chính phủ", "current")} <= got
