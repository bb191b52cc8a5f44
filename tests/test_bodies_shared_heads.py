"""Bodies: one head shared by a list of names printed once before them is each name's head ("hai bệnh viện Hòa An,
Sơn Lâm" -> Bệnh viện Hòa An, Bệnh viện Sơn Lâm; "Bệnh viện Phụ sản 1, Phụ sản 2"; "là Đại học Rivermoor, Công nghệ
Rivermoor, Eastbay"), the word opening the list printed before the head or after it ("các bệnh viện gồm A, B"); a
school's names may open with another body's head ("các học viện Ngân hàng, Tài chính"); in a list so opened a name
may read as a person's or open with a clause word ("Lương Khải", "Từ Tâm"). Near misses: a place, a person, a title,
a day, a department or another body after the comma, a lower-case head with one name, names opening differently with
no word opening a list, a name holding "và" (the list's "và" or the name's own), a lower-case word after the cue
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, names", [
    ("Ba bệnh nhân được chuyển lên các bệnh viện Hòa An, Sơn Lâm, Đa khoa Bình Minh, Mắt Trung ương để mổ.",
     ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm", "Bệnh viện Đa khoa Bình Minh", "Bệnh viện Mắt Trung ương"]),
    ("Năm tới, hai bệnh viện Hòa An, Sơn Lâm cùng xây thêm khu điều trị.",
     ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm"]),
    ("Đợt này, tỉnh chọn các bệnh viện đa khoa: Tân Phú, Long Điền, Bình Lợi để làm thí điểm.",
     ["Bệnh viện đa khoa Tân Phú", "Bệnh viện đa khoa Long Điền", "Bệnh viện đa khoa Bình Lợi"]),
    ("Từ tuần này, thuốc được cấp thẳng cho Bệnh viện Phụ sản 1, Phụ sản 2, Phụ sản thành phố.",
     ["Bệnh viện Phụ sản 1", "Bệnh viện Phụ sản 2", "Bệnh viện Phụ sản thành phố"]),
    ("Đối tác của dự án là Đại học Rivermoor, Công nghệ Rivermoor, Eastbay, Northfield.",
     ["Đại học Rivermoor", "Đại học Công nghệ Rivermoor", "Đại học Eastbay", "Đại học Northfield"]),
    ("Máy thở mới đã về các bệnh viện gồm Hòa An, Sơn Lâm.", ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm"]),
    ("Đợt kiểm tra chọn hai bệnh viện là: Hòa An, Sơn Lâm.", ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm"]),
    ("Năm nay ngân sách dồn về các học viện Ngân hàng, Tài chính, Ngoại giao.",
     ["Học viện Ngân hàng", "Học viện Tài chính", "Học viện Ngoại giao"]),
    ("Bộ trưởng đã ghé thăm các bệnh viện Lương Khải, Hòa An, Từ Tâm.",
     ["Bệnh viện Lương Khải", "Bệnh viện Hòa An", "Bệnh viện Từ Tâm"]),
    ("Xe cứu thương nối các bệnh viện Hòa An, Sơn Lâm, Ung Đức; trạm mới mở ở sân bay.",
     ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm", "Bệnh viện Ung Đức"]),
])
def test_a_head_shared_by_a_list_names_each(text, names):
    for found in (body_names(text), tagged_body_names(text)):
        assert [n for n in found if n in names] == names


@pytest.mark.parametrize("text, first", [
    ("Bệnh viện Hòa An, Hà Nội vừa tiếp nhận ba bệnh nhân nặng.", "Bệnh viện Hòa An"),
    ("Ông Lưu Quang Tín, Giám đốc Bệnh viện Hòa An, Trịnh Minh Khang cũng có mặt.", "Bệnh viện Hòa An"),
    ("Đoàn công tác đã đến Bệnh viện Hòa An, Sơn Lâm để kiểm tra thuốc.", "Bệnh viện Hòa An"),
    ("Đoàn kiểm tra làm việc tại Bệnh viện Hòa An, Giám đốc bệnh viện báo cáo về vật tư.", "Bệnh viện Hòa An"),
    ("Các bệnh viện Hà Nội, Hải Phòng đều quá tải vào mùa cúm.", None),
    ("Các bệnh viện Hòa An đã được nâng cấp trong năm nay.", None),
    ("Trường Đại học Hòa An, Trường Đại học Sơn Lâm cùng ký kết hợp tác.", "Trường Đại học Hòa An"),
    ("Các bệnh viện là nơi người dân Hòa An, Sơn Lâm đến khám.", None),
    ("Bệnh viện gồm Khoa Nội, Khoa Ngoại và Khoa Sản.", None),
])
def test_no_shared_head_across_a_place_a_person_a_title_or_an_unopened_list(text, first):
    for found in (body_names(text), tagged_body_names(text)):
        assert not any(n.startswith(("Bệnh viện Hà", "Bệnh viện Sơn", "Bệnh viện Trịnh", "Bệnh viện Giám",
                                     "Bệnh viện Hải", "Trường Đại học Trường", "Bệnh viện Khoa", "Bệnh viện Hòa An,"))
                   for n in found)
        assert first is None or first in found


@pytest.mark.parametrize("text", [
    "Ở hai bệnh viện Hòa An, Sơn Lâm, Chủ nhật vẫn có ca trực.",
    "Bác sĩ các bệnh viện Hòa An, Sơn Lâm, Thứ Bảy này sẽ khám miễn phí.",
    "Bác sĩ của hai bệnh viện Hòa An, Sơn Lâm, Khoa Nội tổng hợp đã hội chẩn.",
])
def test_a_day_or_a_department_ends_the_list(text):
    for found in (body_names(text), tagged_body_names(text)):
        assert [n for n in found if n.startswith("Bệnh viện")] == ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm"]


def test_a_listed_name_goes_on_in_the_taggers_nouns():
    text = "Hai đoàn đến các bệnh viện Hòa An, Da liễu trung ương, rồi về Hà Nội."
    assert "Bệnh viện Da liễu trung ương" in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Các bệnh viện Sản và Nhi Hòa An, Mắt Sơn Lâm đã ký cam kết.",
    "Hiệp định được ký với các trường là Đại học Rivermoor, Eastbay, Northfield và Westholm.",
])
def test_a_name_holding_va_is_no_listed_name(text):
    found = tagged_body_names(text) + body_names(text)
    assert not any(n in found for n in ("Bệnh viện Nhi Hòa An", "Bệnh viện Sản", "Bệnh viện Sản và Nhi Hòa An",
                                        "Đại học Northfield và Westholm", "Đại học Westholm"))


def test_another_body_in_the_list_keeps_its_own_head():
    text = "Hai ca nặng đã lên Bệnh viện Phụ sản 1, Bệnh viện Mắt Sơn Lâm để điều trị."
    assert body_names(text) == ["Bệnh viện Phụ sản 1", "Bệnh viện Mắt Sơn Lâm"]
