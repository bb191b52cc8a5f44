"""Bodies: an investigating agency names its police or ministry too ("Cơ quan Cảnh sát điều tra Công an tỉnh
Hà Nam" -> the agency and "Công an tỉnh Hà Nam"); other prefixes hide the body they are glued to."""

from __future__ import annotations

from conftest import body_names


def test_agency_of_a_ministry_names_the_ministry() -> None:
    assert body_names("Ngày 22-11, Cơ quan an ninh điều tra Bộ Công an đã thi hành lệnh khám xét.") == [
        "Cơ quan An ninh điều tra Bộ Công an", "Bộ Công an"]
    assert body_names("Tuấn gửi đơn đến Cơ quan điều tra Bộ Công an, Bộ Công Thương.") == [
        "Cơ quan điều tra Bộ Công an", "Bộ Công an", "Bộ Công Thương"]


def test_agency_of_a_provincial_police_names_the_police() -> None:
    assert body_names("Cơ quan cảnh sát điều tra Công an tỉnh Hà Nam cho biết đã khởi tố bị can.") == [
        "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam", "Công an tỉnh Hà Nam"]


def test_other_prefixes_hide_their_body() -> None:
    assert body_names("Đảng ủy Quốc hội tổ chức hội nghị.") == ["Đảng ủy Quốc hội"]
    assert body_names("Văn phòng Chính phủ có thông báo.") == ["Văn phòng Chính phủ"]
