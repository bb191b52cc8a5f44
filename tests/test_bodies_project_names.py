"""A project named after the body it builds ("dự án Bệnh viện X", dự án "Trung tâm Y"), the name maybe opened by a
quote, is no mention of that body (venue_before row "dự án"); the same body printed without "dự án" is one
(constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text", [
    "Dự án Bệnh viện Ung bướu Hà Tĩnh tạm dừng thi công từ năm ngoái.",
    'Tỉnh đề nghị tháo gỡ cho dự án "Trung tâm Điện khí Nghi Sơn" trong năm nay.',
])
def test_a_project_named_after_a_body_is_no_mention_of_it(text):
    assert tagged_body_names(text) == []


def test_the_body_printed_without_the_project_word_is_a_mention():
    assert tagged_body_names("Bệnh viện Ung bướu Hà Tĩnh tiếp nhận bệnh nhân.") == ["Bệnh viện Ung bướu Hà Tĩnh"]
