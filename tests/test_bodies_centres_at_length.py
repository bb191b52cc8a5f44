"""A centre ("Trung tâm") named at length by its function, four words or more after its head, is a body without a
place ("Trung tâm Nghiên cứu Kiến trúc", "Trung tâm Ứng phó biến đổi khí hậu"); a shorter one ("Trung tâm Y tế")
or a class of units every place has ("Trung tâm Dịch vụ nông nghiệp", generic_board rows) still needs its place,
and a hydro-meteorological field ("khí tượng thủy văn") stays inside a name (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Trung tâm Nghiên cứu Quy hoạch đô thị vừa có báo cáo sơ bộ.", "Trung tâm Nghiên cứu Quy hoạch đô thị"),
    ("Bộ đề xuất thành lập Trung tâm Ứng phó biến đổi khí hậu trong năm nay.", "Trung tâm Ứng phó biến đổi khí hậu"),
    ("Ông Hòa công tác tại Trung tâm Đào tạo và Truyền thông tài nguyên nước.",
     "Trung tâm Đào tạo và Truyền thông tài nguyên nước"),
    ("Trung tâm Dự báo khí tượng thủy văn Trung ương cho biết bão sẽ mạnh lên.",
     "Trung tâm Dự báo khí tượng thủy văn Trung ương"),
])
def test_a_centre_named_at_length_is_a_body(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Trung tâm Y tế đã cử cán bộ xuống địa bàn.",
    "Huyện sáp nhập Trung tâm Dịch vụ nông nghiệp vào phòng chuyên môn.",
    "Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ.",
    "Đoàn đến Trung tâm Báo chí Kỳ họp lúc 8 giờ.",
])
def test_a_short_centre_or_a_class_of_units_without_a_place_is_no_body(text):
    assert tagged_body_names(text) == []


def test_a_centre_with_its_place_is_a_body_as_before():
    assert tagged_body_names("Trung tâm Y tế huyện Tiên Phước báo cáo ca bệnh.") == ["Trung tâm Y tế huyện Tiên Phước"]
