"""Bodies: a police department printed with its field in lower case right before its parent ("Phòng cảnh sát kinh
tế Công an tỉnh X") is the unit named with that parent, its field capitalized; with no parent right after the
lower-case run, or a clause between, nothing new is named; the field is read only with the tagger's words
(constructed sentences; body_patterns.tsv lower_unit)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Phòng cảnh sát kinh tế Công an thành phố Hà Nội phát hiện đối tượng Nguyễn Văn Tám buôn lậu.",
     "Phòng Cảnh sát kinh tế Công an thành phố Hà Nội"),
    ("Trước đó, Phòng cảnh sát kinh tế Công an Đà Nẵng khám xét trụ sở công ty.",
     "Phòng Cảnh sát kinh tế Công an thành phố Đà Nẵng"),
    ("Phòng cảnh sát hình sự Công an tỉnh Bình Lâm bắt giữ hai đối tượng trộm xe máy.",
     "Phòng Cảnh sát hình sự Công an tỉnh Bình Lâm"),
    ("Phòng cảnh sát giao thông Công an Hà Nội và Công an quận Hoàn Kiếm ra quân kiểm tra vi phạm.",
     "Phòng Cảnh sát giao thông Công an thành phố Hà Nội"),
    ("Sáng nay, Phòng cảnh sát môi trường Công an tỉnh Hòa Lâm kiểm tra cơ sở sản xuất giấy.",
     "Phòng Cảnh sát môi trường Công an tỉnh Hòa Lâm"),
])
def test_a_lower_case_police_department_before_its_parent_is_named_with_it(text, body):
    assert body in tagged_body_names(text)  # (read with the tagger's words only: untagged, nothing new)
    assert not any(n.startswith("Phòng Cảnh sát") for n in body_names(text))


@pytest.mark.parametrize("text", [
    "Bộ phim Phòng cảnh sát số 9 của đạo diễn trẻ ra rạp hôm qua, Công an Bình Lâm đóng góp tư liệu.",
    "Phòng cảnh sát trong trò chơi điện tử mới được thiết kế giống thật, Công an tỉnh Bình Lâm khuyến cáo phụ huynh.",
    "Đội bóng Phòng cảnh sát cơ động thắng đội Công an quận Hòa Lâm trong trận chung kết tối qua.",
    "Phòng cảnh sát phòng cháy nhắc người dân cẩn trọng khi nắng nóng kéo dài, Công an thành phố khuyến cáo thêm.",
    "Trong phòng cảnh sát trực ban, Công an xã Tân Lộc ghi lời khai của người bị hại.",
    "Căn phòng cảnh sát thuê làm trụ sở tạm thời thuộc Công an phường Bình An.",
    "Phòng cảnh sát hình sự đã báo cáo lãnh đạo Công an tỉnh Bình Lâm về vụ việc.",
    "Phòng cảnh sát giao thông đã xử phạt 20 trường hợp vi phạm nồng độ cồn trong đêm qua.",
    "Phòng cảnh sát kinh tế, Công an tỉnh Bình Lâm đã khởi tố vụ án buôn lậu thuốc lá.",
])
def test_no_department_without_its_parent_right_after_the_lower_case_run(text):
    names = body_names(text) + tagged_body_names(text)
    assert not any(n.startswith("Phòng Cảnh sát") for n in names)


@pytest.mark.parametrize("text, body", [
    ("Công an tỉnh Lâm Đồng cho biết Phòng cảnh sát hình sự Công an tỉnh vừa phối hợp, bắt giữ hai đối tượng.",
     "Phòng Cảnh sát hình sự Công an tỉnh Lâm Đồng"),
    ("Theo Công an tỉnh Quảng Trị, Phòng cảnh sát kinh tế Công an tỉnh đã khởi tố vụ án buôn lậu.",
     "Phòng Cảnh sát kinh tế Công an tỉnh Quảng Trị"),
    ("Ông Trần Văn Tư, Giám đốc Công an tỉnh Nghệ An, cho biết Phòng cảnh sát môi trường Công an tỉnh đang xác minh.",
     "Phòng Cảnh sát môi trường Công an tỉnh Nghệ An"),
    ("Công an thành phố Đà Nẵng cho biết Phòng cảnh sát giao thông Công an thành phố vừa ra quân.",
     "Phòng Cảnh sát giao thông Công an thành phố Đà Nẵng"),
])
def test_a_department_before_its_parent_printed_without_a_place_is_named_with_the_articles_place(text, body):
    # the parent printed without its place gets the article's one province (source implicit): the unit reaches it
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, parent", [
    ("Công an tỉnh Lâm Đồng cho biết Phòng cảnh sát hình sự đã báo cáo lãnh đạo Công an tỉnh về vụ việc.",
     "Công an tỉnh Lâm Đồng"),
    ("Theo Công an tỉnh Quảng Trị, Phòng cảnh sát kinh tế vừa chuyển hồ sơ cho Công an tỉnh xử lý.",
     "Công an tỉnh Quảng Trị"),
])
def test_a_clause_between_keeps_the_parent_printed_without_a_place(text, parent):
    names = tagged_body_names(text)
    assert names.count(parent) == 2
    assert not any(n.startswith("Phòng Cảnh sát") for n in names)
