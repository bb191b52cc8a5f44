"""Bodies: an investigating agency names its police or ministry too ("Cơ quan Cảnh sát điều tra Công an tỉnh
Hà Nam" -> the agency and "Công an tỉnh Hà Nam"), also set apart from it by a comma or a dash; other prefixes hide
the body they are glued to."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("text, agency, police", [
    ("Sáng 3-4, Cơ quan an ninh điều tra, Công an tỉnh Phú Thọ bắt một người tán phát tài liệu.",
     "Cơ quan An ninh điều tra Công an tỉnh Phú Thọ", "Công an tỉnh Phú Thọ"),
    ("Bệnh viện nhận được văn bản Cơ quan cảnh sát điều tra - Bộ Công an gửi hôm thứ hai.",
     "Cơ quan Cảnh sát điều tra Bộ Công an", "Bộ Công an"),
    ("Cơ quan Cảnh sát điều tra– Công an thành phố Huế vẫn đang xác minh nguồn tiền.",
     "Cơ quan Cảnh sát điều tra Công an thành phố Huế", "Công an thành phố Huế"),
])
def test_an_agency_set_apart_from_its_police_by_a_comma_or_a_dash(text, agency, police):
    names = body_names(text)
    assert agency in names and police in names


@pytest.mark.parametrize("text", [
    "Hồ sơ gửi tới Cơ quan điều tra, Công an tỉnh Phú Thọ và Tòa án tỉnh.",  # a list
    "Theo Cơ quan điều tra, Công an huyện Lâm Thao đã bắt nghi phạm.",  # the agency a clause's source
    "Trước đó, theo Cơ quan điều tra, Công an huyện Lâm Thao đã thu giữ tang vật.",  # a source word in lower case
    "Nguồn: Cơ quan điều tra, Công an huyện Lâm Thao cung cấp.",  # the source word of a credit line
    "Cơ quan điều tra, Sở Y tế tỉnh Phú Thọ cùng vào cuộc.",  # no police after it
])
def test_no_agency_set_apart_from_what_is_no_police_of_its_own(text):
    assert not any(n.startswith("Cơ quan") for n in body_names(text))


def test_the_military_investigating_agency_names_its_ministry_or_command():
    assert body_names("Năm qua, Cơ quan điều tra hình sự Bộ Quốc phòng thụ lý 12 vụ án.") == [
        "Cơ quan điều tra hình sự Bộ Quốc phòng", "Bộ Quốc phòng"]
    assert body_names("Cơ quan điều tra hình sự Quân khu 9 vừa khởi tố một vụ án.") == [
        "Cơ quan điều tra hình sự Quân khu 9", "Quân khu 9"]
