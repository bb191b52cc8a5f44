"""The person a shrine or a rite of worship is for (constructed sentences): "đền thờ A", "miếu thờ Đức Thánh B",
"nhà thờ chí sĩ yêu nước C" name a person of three or four words with a known family name, though the shrine's
noun is a place word; a church or a cult named by other words names none."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Chiều cùng ngày, đoàn công tác đã đến dâng hương tại đền thờ Đặng Văn Khiêm.", "Đặng Văn Khiêm"),
    ("Gia đình lập một miếu nhỏ trên đất để thờ Đức Thánh Lã Quang Tiến từ nhiều năm trước.", "Lã Quang Tiến"),
    ("Khu đất có nhà thờ chí sĩ yêu nước Võ Đình Cẩn và một trường tiểu học.", "Võ Đình Cẩn"),
    ("Ngôi đình xưa là nơi thờ danh tướng Kiều Minh Đạt của làng.", "Kiều Minh Đạt"),
])
def test_the_person_worshipped_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Du khách tham quan nhà thờ Đức Bà và bưu điện thành phố.",
    "Bà con giáo xứ đến nhà thờ Phùng Khoang dự lễ.",  # a village's church: two words
    "Lễ được cử hành tại nhà thờ Chính tòa Phát Diệm.",
    "Ngôi chùa có ba gian thờ Phật và thờ Mẫu Thượng Ngàn.",
    "Gia đình sửa lại nhà thờ họ Lê ở quê.",
    "Người dân dâng hương tại đền thờ Hai Bà Trưng.",
])
def test_no_person_in_a_church_or_a_cult(pipeline, text):
    assert person_names(pipeline, text) == set()
