"""A foreign office the news names by its seat, a building ("Nhà Trắng", "Điện Kremlin"), is a body where it acts
or is spoken for ("Người phát ngôn Nhà Trắng", "Nhà Trắng ra tuyên bố", "cố vấn của Nhà Trắng"); after a verb of
motion or a locative preposition it is the building, a place ("trở lại Nhà Trắng", "họp báo tại Nhà Trắng"), and
in a source credit no mention ("(Nguồn: Nhà Trắng)"); printed in lower case it is a white house (constructed
sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Người phát ngôn Nhà Trắng xác nhận tổng thống đã nhận được báo cáo.", "Nhà Trắng"),
    ("Nhà Trắng cũng đã ra tuyên bố bác bỏ các cáo buộc.", "Nhà Trắng"),
    ("Ông Mark Dalton từng là cố vấn cấp cao của Nhà Trắng.", "Nhà Trắng"),
    ("Theo Nhà Trắng, cuộc gặp sẽ diễn ra vào tuần tới.", "Nhà Trắng"),
    ("Phát ngôn viên Điện Kremlin cho biết Moscow chưa nhận được đề xuất.", "Điện Kremlin"),
    ("Điện Kremlin cho rằng kế hoạch này không khả thi.", "Điện Kremlin"),
])
def test_an_office_named_by_its_seat_is_a_body_where_it_acts(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Chính sách có thể thay đổi nếu ông Dalton trở lại Nhà Trắng.",
    "Tổng thống phát biểu tại Nhà Trắng chiều 12-6.",
    "Sau khi rời Nhà Trắng, ông viết hồi ký.",
    "Đoàn khách quay lại Điện Kremlin sau buổi trưa.",
    "Thương mại toàn cầu chững lại trong quý ba. (Nguồn: Nhà Trắng)",
    "Gia đình ông sống trong một căn nhà trắng ven sông.",
])
def test_the_seat_as_a_place_or_a_credit_names_no_body(text):
    assert not any(n in ("Nhà Trắng", "Điện Kremlin") for n in tagged_body_names(text))
