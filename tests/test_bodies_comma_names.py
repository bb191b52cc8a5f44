"""Bodies whose names hold a list (commas or dashes) stay whole (constructed sentences)."""

import pytest

from conftest import body_names

OLD_COMMITTEE = "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng"


@pytest.mark.parametrize("text, body", [
    ("Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng phát biểu.", OLD_COMMITTEE),
    # printed with "của Quốc hội", the committee keeps it (the ledger gold's form)
    ("Chủ nhiệm Ủy ban Văn hóa - Giáo dục – Thanh niên, thiếu niên và Nhi đồng của Quốc hội phát biểu.",
     f"{OLD_COMMITTEE} của Quốc hội"),
    ("Ủy ban Văn hóa - Giáo dục - Thanh niên - Thiếu niên và Nhi đồng thẩm tra dự án luật.", OLD_COMMITTEE),
])
def test_a_listed_name_printed_with_commas_or_dashes_is_one_body(text, body):
    assert body_names(text)[0] == body


@pytest.mark.parametrize("text, body", [
    ("Ủy ban Tài chính - Ngân sách thẩm tra.", "Ủy ban Tài chính, Ngân sách"),
    ("Ủy ban Tài chính, Ngân sách thẩm tra.", "Ủy ban Tài chính, Ngân sách"),
    ("Ủy ban Văn hóa - Giáo dục thẩm tra.", "Ủy ban Văn hóa, Giáo dục"),
])
def test_shorter_listed_names_keep_their_canonical_form(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Tại phiên họp của Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi "
     "số và Đề án 06, Bộ trưởng phát biểu.",
     "Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06"),
    ("Ban Chỉ đạo của Chính phủ về phòng, chống thiên tai họp.", "Ban Chỉ đạo của Chính phủ về phòng, chống thiên tai"),
])
def test_a_steering_committee_of_the_government_keeps_its_topic_list(text, body):
    assert body in body_names(text)
