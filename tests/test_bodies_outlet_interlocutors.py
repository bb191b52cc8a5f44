"""Bodies: a named outlet as a source or an interlocutor: a paper cited after "theo" opening a clause after a comma
("Sáng 4-6, theo báo Hà Nội mới, ..."), a brand after "xác nhận với" or "khảo sát của", a brand as the subject of
"có cuộc trao đổi" or "có được" ("Ngày 2-8, Tuổi Trẻ Online có được bản sao ..."), VietNamNet as a site's brand. Near misses:
"theo báo cáo", "theo" not opening a clause, a brand in lower case or running into a longer name, "Dân trí" (a common
phrase) opening a sentence before "có được" (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Sáng 4-6, theo báo Hà Nội mới, đường Láng Hạ sẽ được mở rộng.", "Báo Hà Nội mới"),
    ("Về công tác quy hoạch, theo báo Nhân Dân, thành phố sẽ lấy ý kiến người dân.", "Báo Nhân Dân"),
    ("Ngày 9-3, theo tờ Tiền Phong, hai xã đã hoàn thành việc sáp nhập.", "Báo Tiền Phong"),
    ("Lãnh đạo huyện đã xác nhận với PV VietNamNet rằng cầu tạm sẽ được dựng trong tuần.", "VietNamNet"),
    ("Xác nhận với Tuổi Trẻ Online, ông Quách Văn Lợi cho biết cầu sẽ thông xe vào tháng sau.", "Tuổi Trẻ Online"),
    ("Khảo sát của Tuổi Trẻ tại năm chợ đầu mối cho thấy giá rau tăng mạnh.", "Báo Tuổi Trẻ"),
    ("Tuổi Trẻ có cuộc trao đổi riêng với ông Kha Minh Đạt về dự án cảng cá.", "Báo Tuổi Trẻ"),
    ("Sáng nay, VnExpress có cuộc trao đổi ngắn với bà Lò Thị Hiền về mùa lúa mới.", "VnExpress"),
    ("Ngày 2-8, Tuổi Trẻ Online có được bản sao quyết định xử phạt nhà máy.", "Tuổi Trẻ Online"),
    ("Một nguồn tin của PV VietNamNet tiết lộ phiên tòa sẽ hoãn sang tuần sau.", "VietNamNet"),
])
def test_an_outlet_named_as_a_source_or_an_interlocutor(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Ngày 9-3, theo báo cáo của xã Phú Mỹ, hai hộ dân đã được hỗ trợ.",
    "Người dân làm theo báo Hà Nội mới hướng dẫn cách phòng bệnh.",
    "Ông Lợi xác nhận với thanh niên trong xóm rằng đường sẽ được sửa.",
    "Khảo sát của Tuổi Trẻ Cười về tranh biếm họa được công bố hôm qua.",
    "Dân trí có được nâng cao khi trường học mở ở mọi xã.",
    "Tuổi trẻ có được nhiều cơ hội học tập hơn thế hệ trước.",
])
def test_no_outlet_without_a_source_or_an_interlocutor(text):
    names = body_names(text) + tagged_body_names(text)
    assert not any(n.startswith(("Báo", "Tuổi Trẻ", "VietNamNet")) for n in names)
