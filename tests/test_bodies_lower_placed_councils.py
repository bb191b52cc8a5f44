"""Bodies: a council named in lower-case words that end with a level word and its place ("Hội đồng thẩm định giá
đất tỉnh Bình Thuận") is a body; a lower-case name with no place after it, or a place after a preposition, names
none; a name the tagger cut at a verb goes on to its place after a level word ("Trung tâm Kiểm soát bệnh tật tỉnh
Quảng Nam") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Trên cương vị là chủ tịch UBND và Hội đồng thẩm định giá đất tỉnh Bình Thuận, bị can chỉ đạo dự án.",
     "Hội đồng thẩm định giá đất tỉnh Bình Thuận"),
    ("Dự thảo sẽ được trình Hội đồng thẩm định giá đất tỉnh Đồng Nai xem xét.", "Hội đồng thẩm định giá đất tỉnh Đồng Nai"),
    ("Hội đồng thi tuyển công chức tỉnh Nghệ An công bố kết quả.", "Hội đồng thi tuyển công chức tỉnh Nghệ An"),
    ("Hội đồng Thẩm định giá đất thành phố Đà Nẵng họp phiên đầu tiên.", "Hội đồng Thẩm định giá đất thành phố Đà Nẵng"),
])
def test_a_lower_case_council_with_its_place_is_a_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Hội đồng xét xử tuyên án ông A 5 năm tù.",
    "Hội đồng thẩm định đã họp tại trụ sở tỉnh Quảng Nam.",
])
def test_a_lower_case_council_without_its_place_names_none(text):
    assert not any(b.startswith("Hội đồng") for b in extracted_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam cho biết số ca mắc tăng.", "Trung tâm Kiểm soát bệnh tật tỉnh Quảng Nam"),
    ("Viện Nghiên cứu phát triển thành phố Hồ Chí Minh công bố báo cáo.",
     "Viện Nghiên cứu phát triển thành phố Hồ Chí Minh"),
])
def test_a_name_cut_at_a_verb_goes_on_to_its_level_and_place(text, body):
    assert body in extracted_body_names(text)


def test_a_preposition_before_the_place_ends_the_name():
    assert "Viện Nghiên cứu" in extracted_body_names("Viện Nghiên cứu phát triển mạnh ở tỉnh Quảng Nam.")
