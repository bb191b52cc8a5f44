"""Short heads of local bodies with a level word, and the People's Public Security as printed; a force after
"lực lượng" is a class of people (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Chủ tịch Ủy ban tỉnh Lâm Đồng Trần Hồng Thái vừa ký văn bản.", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    ("Ủy ban huyện Gia Lâm chỉ đạo các xã.", "Ủy ban nhân dân huyện Gia Lâm"),
    ("Phó Chủ tịch Ủy ban xã Tân Thành cho biết.", "Ủy ban nhân dân xã Tân Thành"),
])
def test_a_committee_with_a_level_word_is_the_peoples_committee(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Ủy ban Kiểm tra Tỉnh ủy Nghệ An họp.", "Ủy ban Kiểm tra Tỉnh ủy Nghệ An"),
    ("Ủy ban Thường vụ Quốc hội cho ý kiến.", "Ủy ban Thường vụ Quốc hội"),
])
def test_other_committees_are_not_peoples_committees(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text", [
    "Lực lượng vũ trang gồm Quân đội nhân dân Việt Nam, Công an nhân dân và cơ yếu.",
    "Người lao động hưởng lương thuộc Công an nhân dân được hỗ trợ.",
    "Bộ trưởng nêu truyền thống của Công an nhân dân Việt Nam.",
])
def test_the_peoples_public_security(text):
    assert "Công an nhân dân" in body_names(text)


def test_a_force_after_luc_luong_is_a_class_of_people():
    assert body_names("Ông đảm nhiệm nhiều chức vụ trong lực lượng Công an nhân dân.") == []
