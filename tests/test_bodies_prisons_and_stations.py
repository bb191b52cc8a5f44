"""A prison or a police station printed with its own capitalized name is a body (constructed sentences).

"Trại giam X", "Đồn Công an X" (data/body_patterns.tsv, proper_head and border_post_head rows): named by the
capitalized place after the head, the ministry or the provincial police after it a body of its own. Near-misses:
the same words in lower case with no name, a capitalized common noun opening a longer name ("Khu công nghiệp (KCN)
X") and an acronym where the place would be: no station named then.
"""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Phạm nhân Đoàn Văn Lực đang chấp hành án tại Trại giam Phước Hòa từ đầu năm.", "Trại giam Phước Hòa"),
    ("Đại tá Vi Thanh Sơn, giám thị Trại giam Nam Sơn, trao giấy chứng nhận cho các phạm nhân.", "Trại giam Nam Sơn"),
    ("Hồ sơ xin đặc xá của bà Vũ Thị Nga nằm ở Trại giam Hoàng Mai hơn một tháng.", "Trại giam Hoàng Mai"),
    ("Đồn Công an Tân Lập phối hợp dân quân khóa chốt suốt đêm qua.", "Đồn Công an Tân Lập"),
    ("Người bị nạn được đưa về Đồn Công an Hòa Mạc để lấy lời khai.", "Đồn Công an Hòa Mạc"),
])
def test_a_named_prison_or_station_is_a_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, prison", [
    ("Trại giam Phú Sơn Bộ Công an mở lớp dạy nghề mộc cho phạm nhân.", "Trại giam Phú Sơn"),
    ("Thượng tá Lò Văn Khang, giám thị Trại giam Yên Định Bộ Công an, đọc quyết định.", "Trại giam Yên Định"),
    ("Trại giam Bình Khê Bộ Công an vừa trao giấy ra trại cho 40 người.", "Trại giam Bình Khê"),
])
def test_a_prison_before_the_ministry_keeps_its_whole_place(text, prison):
    names = extracted_body_names(text)
    assert prison in names and "Bộ Công an" in names
    assert not [n for n in names if n.startswith("Trại giam") and n != prison]


@pytest.mark.parametrize("text, other", [
    ("Đồn Công an Khu công nghiệp (KCN) Mỹ Phước (Công an tỉnh Hải Dương) tiếp nhận tin báo lúc nửa đêm.",
     "Công an tỉnh Hải Dương"),
    ("Đồn Công an Khu công nghiệp Tân Hưng phối hợp Ban Quản lý các khu công nghiệp tỉnh Long An kiểm tra.", None),
    ("Đồn Công an KCN Long Đức phối hợp Công an huyện Cần Đước lập biên bản.", "Công an huyện Cần Đước"),
])
def test_a_station_named_by_a_common_noun_or_an_acronym_is_not_cut(text, other):
    names = extracted_body_names(text)
    assert not [n for n in names if n.startswith("Đồn Công an")]
    assert other is None or other in names


@pytest.mark.parametrize("text", [
    "Ông Lê Văn Hà được đưa về trại giam cũ sau phiên xử, bà Đỗ Thị Minh kể.",
    "Anh Trịnh Văn Mạnh đến đồn công an gần chợ trình báo mất xe máy, Công an huyện Thạch Thất cho biết.",
])
def test_a_prison_or_station_with_no_name_is_no_body(text):
    assert not [n for n in extracted_body_names(text) if n.lower().startswith(("trại giam", "đồn công an"))]
