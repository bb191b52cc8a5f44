"""A police unit printed as a proper name right before its force names that force on its own too (constructed
sentences).

"Phòng Cảnh sát giao thông Công an tỉnh X" is the unit named with its force and the force itself, as the ledger's
gold writes them (bodies/composites.py). Near-misses: a unit whose field is printed in lower case ("Phòng cảnh sát
giao thông Công an X": the gold names the unit alone as often as not), a ministry's department before its ministry.
"""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, unit, force", [
    ("Theo thống kê của Phòng Cảnh sát giao thông Công an tỉnh Ninh Bình, số xe vi phạm tải trọng đã giảm một nửa.",
     "Phòng Cảnh sát giao thông Công an tỉnh Ninh Bình", "Công an tỉnh Ninh Bình"),
    ("Bà Đặng Thu Hà, phó trưởng Phòng Kỹ thuật hình sự Công an tỉnh Long An, trình bày kết luận giám định.",
     "Phòng Kỹ thuật hình sự Công an tỉnh Long An", "Công an tỉnh Long An"),
    ("Đội Cảnh sát hình sự Công an huyện Đức Trọng lập chốt suốt ba ngày liền.",
     "Đội Cảnh sát hình sự Công an huyện Đức Trọng", "Công an huyện Đức Trọng"),
    ("Cục Cảnh sát hình sự Bộ Công an cử tổ công tác về hỗ trợ truy bắt nghi phạm.",
     "Cục Cảnh sát hình sự Bộ Công an", "Bộ Công an"),
])
def test_a_police_unit_names_its_force_too(text, unit, force):
    names = extracted_body_names(text)
    assert unit in names and force in names


@pytest.mark.parametrize("text, unit, other", [
    ("Trong tuần, Phòng cảnh sát giao thông Công an Cần Thơ lập biên bản 120 xe chở quá tải.",
     "Phòng Cảnh sát giao thông Công an thành phố Cần Thơ", "Công an thành phố Cần Thơ"),
    ("Vụ Thị trường trong nước Bộ Công Thương gửi công văn hỏa tốc cho các sở.",
     "Vụ Thị trường trong nước Bộ Công Thương", "Bộ Công Thương"),
])
def test_a_lower_case_field_or_a_ministry_department_names_the_unit_alone(text, unit, other):
    names = extracted_body_names(text)
    assert unit in names and other not in names


def test_a_units_force_is_not_the_parent_of_its_bare_form():
    # the force named on its own after "Phòng X" is no parent that places a later bare "Phòng X" ("Phòng X" stays)
    names = extracted_body_names("Phòng Cảnh sát giao thông Công an tỉnh Ninh Bình ra quân sáng 2-9. Chiều cùng "
                                 "ngày, Phòng Cảnh sát giao thông tổ chức họp báo.")
    assert "Phòng Cảnh sát giao thông Công an tỉnh Ninh Bình" in names and "Công an tỉnh Ninh Bình" in names
    assert "Phòng Cảnh sát giao thông" in names
