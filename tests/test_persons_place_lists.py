"""Persons: a name printed with no title or honorific as a later item of a list that a street's or an
administrative unit's word opens (person_context.tsv list_place_mark) is a street, a ward or a district named
after a person, when another later item is no name or every item is joined by a dash (constructed sentences).
A place set off before a sentence's persons ("Tại xã X, A và B ..."), a venue's list, a list of names only,
and a name after an honorific keep their persons."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "absent"), [
    ("Giá thuê mặt bằng tăng mạnh trên các tuyến phố như: Hàng Mã, Hàng Chiếu, Lê Văn Khoa, Tràng Thi.",
     ["Lê Văn Khoa"]),
    ("Giá đất áp dụng tại các tuyến phố, như: Hàng Bạc (đoạn Hàng Giấy - Đào Văn Tiến), Hàng Mắm, Lê Quang Dực, "
     "Nhà Chung.", ["Đào Văn Tiến", "Lê Quang Dực"]),
    ("Nước sạch được cấp cho các xã thuộc huyện Cái Đôi, Trần Văn Khánh và Năm Căn.", ["Trần Văn Khánh"]),
    ("Xe tải bị cấm qua nút giao Kim Liên – Ô Chợ, Nguyễn Đình Khoa – Phạm Ngọc Thạch trong giờ cao điểm.",
     ["Nguyễn Đình Khoa", "Phạm Ngọc Thạch"]),
    ("Xe tải bị cấm qua các nút giao Cầu vượt Kim Liên – Ô Chợ, Nguyễn Đình Khoa – Phạm Ngọc Thạch.",
     ["Nguyễn Đình Khoa"]),
    ("Xe buýt tạm dừng chạy qua đoạn Cầu Mới - Lý Văn Bình trong hai ngày.", ["Lý Văn Bình"]),
    ("Dự án đi qua các phường Tân Lợi, Hòa Thuận, Lê Đình Dương, Bến Thành.", ["Lê Đình Dương"]),
])
def test_a_name_among_listed_places_is_a_place(pipeline, text, absent):
    found = person_names(pipeline, text)
    for name in absent:
        assert name not in found


@pytest.mark.parametrize(("text", "names"), [
    # a place set off before the sentence's persons (crime, awards)
    ("Tại phường Tân Lập, Nguyễn Văn Hải và Lê Thị Thu được tặng giấy khen.", ["Nguyễn Văn Hải", "Lê Thị Thu"]),
    ("Ở quận Tây Hồ, Phạm Văn Tú, Lưu Văn Nam và đồng bọn bị bắt.", ["Phạm Văn Tú"]),
    # a venue's word opens no list of places (culture: a singer's stage name beside the name)
    ("Buổi hòa nhạc ở nhà hát Tây Đô, Trần Minh Khoa và Mỹ Tâm cùng biểu diễn.", ["Trần Minh Khoa"]),
    # sport: only names after the place
    ("Đội tuyển của tỉnh Bình Nguyên, Lê Văn Sơn và Đặng Quốc Hùng giành huy chương vàng.",
     ["Lê Văn Sơn", "Đặng Quốc Hùng"]),
    # weather: the name set off by an appositive, not a list item
    ("Mưa lớn kéo dài ở huyện Sơn Mỹ, Trần Văn Đức, cán bộ trạm khí tượng, cho biết.", ["Trần Văn Đức"]),
    # business: a firm, not a place, before the name
    ("Công ty Minh Phát, Trần Văn Lợi cùng Tập đoàn Hoàng Long ký hợp đồng.", ["Trần Văn Lợi"]),
    # an honorific before the name: a person among streets
    ("Trên các phố Hàng Bạc, Hàng Gai, ông Nguyễn Văn Long mở quán phở.", ["Nguyễn Văn Long"]),
    # a person's age after the name, or after a mate of the list (crime, an accident)
    ("Công an xã Tân Lộc, Hòa Bình, Trần Văn Tài (35 tuổi) bị bắt giữ.", ["Trần Văn Tài"]),
    ("Xe khách lao xuống ruộng ở xã Tân Phú, Trần Văn Nam và Thu Hà (25 tuổi) bị thương.", ["Trần Văn Nam"]),
])
def test_persons_beside_a_place_stay(pipeline, text, names):
    found = person_names(pipeline, text)
    for name in names:
        assert name in found
