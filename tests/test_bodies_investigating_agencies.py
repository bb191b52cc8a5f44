"""Bodies: an investigating agency names its police or ministry too ("Cơ quan Cảnh sát điều tra Công an tỉnh
Hà Nam" -> the agency and "Công an tỉnh Hà Nam"); other prefixes hide the body they are glued to."""

from __future__ import annotations

from nqextract.extract.bodies import find_bodies


def names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text)]


def test_agency_of_a_ministry_names_the_ministry() -> None:
    assert names("Ngày 22-11, Cơ quan an ninh điều tra Bộ Công an đã thi hành lệnh khám xét.") == [
        "Cơ quan An ninh điều tra Bộ Công an", "Bộ Công an"]
    assert names("Tuấn gửi đơn đến Cơ quan điều tra Bộ Công an, Bộ Công Thương.") == [
        "Cơ quan điều tra Bộ Công an", "Bộ Công an", "Bộ Công Thương"]


def test_agency_of_a_provincial_police_names_the_police() -> None:
    assert names("Cơ quan cảnh sát điều tra Công an tỉnh Hà Nam cho biết đã khởi tố bị can.") == [
        "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam", "Công an tỉnh Hà Nam"]


def test_other_prefixes_hide_their_body() -> None:
    assert names("Đảng ủy Quốc hội tổ chức hội nghị.") == ["Đảng ủy Quốc hội"]
    assert names("Văn phòng Chính phủ có thông báo.") == ["Văn phòng Chính phủ"]
