"""Readers quoted by name and names of the northern and south-central minorities (constructed sentences):
'bạn đọc' introduces a name as a singer's title does (a short pen name, a name without diacritics, a
foreign first name), never the newspaper the reader writes to; the Hmong family name 'Tráng' and the
Raglai 'Chamaléa' open a name, and the Hmong middle name 'A' joins a bare name."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Bạn đọc Lan Le cho biết chuyện dạy thêm ở nước ngoài rất bình thường.", "Lan Le"),
    ("Tương tự, bạn đọc Dung Huynh đề xuất phải có cơ chế kiểm soát nguồn thu.", "Dung Huynh"),
    ("Bài viết sau của bạn đọc Trung Hiếu góp thêm ý kiến về vấn đề này.", "Trung Hiếu"),
    ('Như bạn đọc Jimmy viết: "Tôi hoàn toàn ủng hộ việc này."', "Jimmy"),
    ("Bạn đọc Võ Quốc Trung viết rằng học sinh cần được nghỉ ngơi.", "Võ Quốc Trung"),
])
def test_a_reader_is_named_after_the_word_reader(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Nhiều bạn đọc Tuổi Trẻ Online cho rằng cần quản lý chặt việc dạy thêm.",
    "Bạn đọc Tuổi Trẻ góp ý về dự thảo luật.",
    "Theo bạn đọc Hà Nội, giá nhà đang quá cao.",
])
def test_the_readers_newspaper_or_city_is_no_one(pipeline, text):
    assert not person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Đại biểu Tráng A Dương (Hà Giang) nêu vấn đề quản lý các phòng khám.", "Tráng A Dương"),
    ("Đại biểu Giàng A Chu (Lai Châu) đề nghị tăng đầu tư cho vùng cao.", "Giàng A Chu"),
    ("Bà Tráng Thị Mai, trưởng thôn, cho biết năm nay mưa nhiều.", "Tráng Thị Mai"),
    ("Đại biểu Chamaléa Thị Thủy (Ninh Thuận) đồng tình với phát biểu trên.", "Chamaléa Thị Thủy"),
    ("Ông Chamaléa Điệp dự buổi lễ khánh thành.", "Chamaléa Điệp"),
])
def test_a_minority_family_or_middle_name_opens_a_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_a_single_letter_after_a_plain_word_is_no_middle_name(pipeline):
    assert not person_names(pipeline, "Phương án A Tiêu chuẩn được chọn, Nhóm Lò A Sáng Tạo ra mắt.")
