"""A forum named by the two countries that meet there ("Diễn đàn doanh nghiệp Việt Nam - Xyzland") is a meeting of
the two sides, no body; a forum of one country ("Diễn đàn Kinh tế Xyzland"), one defined by its acronym, and other
heads with two sides ("Hội đồng Doanh nghiệp Anh – Việt", a standing council) stay bodies (constructed sentences,
each naming a person or a body)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text", [
    "Ông Lê Văn Nam dự Diễn đàn doanh nghiệp Việt Nam - Bulgaria tổ chức tại thành phố.",
    "Bộ trưởng Trần Minh Hải phát biểu tại Diễn đàn kinh tế Việt Nam – Nhật Bản chiều qua.",
    "Hơn 200 doanh nghiệp dự Diễn đàn hợp tác đầu tư Nhật Bản - Hàn Quốc, ông Park Min-soo cho biết.",
    "Diễn đàn Doanh nghiệp Việt Nam - Bulgaria thu hút đông đảo doanh nghiệp, Bộ Công Thương cho biết.",
])
def test_a_forum_of_two_countries_is_a_meeting(text):
    assert not any(n.startswith("Diễn đàn") for n in tagged_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Ông Lý Minh phát biểu tại Diễn đàn Kinh tế Nga hôm qua.", "Diễn đàn Kinh tế Nga"),
    ("Ông Trần Hùng dự Diễn đàn Kinh tế Việt Nam - Nhật Bản (VJEF) hôm qua.", "Diễn đàn Kinh tế Việt Nam - Nhật Bản"),
    ("Ông Peter Hale, chủ tịch Hội đồng Doanh nghiệp Anh – Việt, cho biết như vậy.", "Hội đồng Doanh nghiệp Anh – Việt"),
])
def test_other_names_with_countries_stay_bodies(text, body):
    assert body in tagged_body_names(text)
