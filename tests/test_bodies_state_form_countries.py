"""A foreign state body printed with its country's state form keeps it ("Bộ Tài chính Vương quốc Anh", "Quốc hội
Liên bang Nga") as it keeps "Cộng hòa" (constructed sentences); near-misses name no such body."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Bộ Tài chính Vương quốc Anh cho biết sẽ công bố ngân sách vào tuần tới.", "Bộ Tài chính Vương quốc Anh"),
    ("Trung tá Sok Dara, phó trưởng phòng, Bộ Nội vụ Vương quốc Campuchia, cho biết khóa học đã xong.",
     "Bộ Nội vụ Vương quốc Campuchia"),
    ("Chính phủ Vương quốc Anh và Việt Nam ký thỏa thuận hợp tác.", "Chính phủ Vương quốc Anh"),
    ("Ông Ivan Petrov, Chủ tịch Quốc hội Liên bang Nga, phát biểu khai mạc.", "Quốc hội Liên bang Nga"),
    ("Đoàn công tác làm việc với Bộ Quốc phòng Vương quốc Thái Lan sáng nay.", "Bộ Quốc phòng Vương quốc Thái Lan"),
])
def test_state_body_with_the_state_form_of_its_country(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Bộ Tài chính và Vương quốc Anh cùng tổ chức hội thảo về thuế.", "Bộ Tài chính"),
    ("Đại sứ quán Việt Nam tại Vương quốc Anh tổ chức lễ kỷ niệm Quốc khánh.", None),
    ("Đội tuyển Vương quốc Anh thắng Liên bang Nga 2-1 tại giải vô địch.", None),
    ("Mưa lớn kéo dài ở Vương quốc Anh khiến nhiều chuyến bay bị hủy.", None),
    ("Ngân hàng Trung ương Liên bang Nga giữ nguyên lãi suất, giới đầu tư bất ngờ.", None),
])
def test_near_misses(text, body):
    names = body_names(text)
    assert not any(n.startswith(("Bộ Tài chính Vương", "Quốc hội Liên")) for n in names)
    assert not any(n.endswith(("Vương quốc Anh", "Liên bang Nga")) and not n.startswith("Đại sứ quán") and
                   not n.startswith("Ngân hàng Trung ương") for n in names)
    if body:
        assert body in names
