"""A centre named at length after a project word ("dự án Trung tâm Khí điện X", dự án "Trung tâm Y", project_word
rows) is the project's name, no body; the same centre without the project word is a body, and a body named with its
place after "dự án" stays one ("Dự án Bệnh viện Đa khoa X") (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text", [
    "Dự án Trung tâm Điện khí Nghi Sơn chậm tiến độ hai năm.",
    'Tỉnh đề nghị tháo gỡ cho dự án "Trung tâm Điện khí Nghi Sơn" trong năm nay.',
])
def test_a_centre_named_after_a_project_word_is_no_body(text):
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Trung tâm Nghiên cứu Điện khí quốc tế tổ chức hội thảo.", "Trung tâm Nghiên cứu Điện khí quốc tế"),
    ("Dự án Bệnh viện Đa khoa Hà Tĩnh tạm ngừng thi công.", "Bệnh viện Đa khoa Hà Tĩnh"),
])
def test_a_centre_without_the_project_word_or_a_placed_body_stays_a_body(text, body):
    assert tagged_body_names(text) == [body]
