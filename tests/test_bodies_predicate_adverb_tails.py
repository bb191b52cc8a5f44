"""Bodies: a name ends before an adverb or a verb opening its sentence's predicate ("còn", "trực tiếp",
"tán thành"), before the time word "đêm", as before "sáng", "chiều", "tối", and before "gần" (nearly, near),
as before "hơn"; a name holding such a word as a syllable of a longer word, or a predicate word it has always
held, goes on (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, name", [
    ("Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu đêm qua công bố bản tin cảnh báo.",
     "Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu"),
    ("Đài Khí tượng thủy văn khu vực Nam Bộ đêm nay dự báo mưa rào.", "Đài Khí tượng thủy văn khu vực Nam Bộ"),
    ("Viện Nghiên cứu Hải sản còn thiếu tàu khảo sát.", "Viện Nghiên cứu Hải sản"),
    ("Ban Quản lý Khu kinh tế còn chậm giao đất.", "Ban Quản lý Khu kinh tế"),
    ("Giám đốc sở đã giao Phòng Quản lý đô thị trực tiếp làm việc với các hộ dân.", "Phòng Quản lý đô thị"),
    ("Hội đồng Chính phủ tán thành đề xuất sáp nhập hai bộ.", "Hội đồng Chính phủ"),
])
def test_a_name_ends_before_its_predicate(text, name):
    names = body_names(text)
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


@pytest.mark.parametrize("text, name", [
    ("Cục Đầu tư nước ngoài đã báo cáo Chính phủ về kết quả thu hút vốn.", "Cục Đầu tư nước ngoài"),
    ("Trung tâm Đào tạo liên tục của bệnh viện vừa khai giảng lớp mới.", "Trung tâm Đào tạo liên tục"),
    ("Viện Chiến lược và Chính sách tài chính còn chủ trì nghiên cứu đề án.", "Viện Chiến lược và Chính sách tài chính"),
])
def test_a_name_holding_such_words_before_its_own_end_goes_on(text, name):
    assert name in body_names(text)


@pytest.mark.parametrize("text, name", [
    ("Ông A chiếm đoạt của Công ty Minh Phát gần 19 tỉ đồng.", "Công ty Minh Phát"),
    ("Bệnh viện Hữu Nghị gần 200 giường bệnh được nâng cấp.", "Bệnh viện Hữu Nghị"),
    ("Chiếc xe tải đỗ sát tường Bệnh viện Thanh Nhàn gần cổng phụ.", "Bệnh viện Thanh Nhàn"),
])
def test_a_name_ends_before_nearly_or_near(text, name):
    """"gần" (nearly, before a quantity; near, before a place) ends a name as the comparative "hơn" does."""
    names = body_names(text)
    assert name in names
    assert not any(n.startswith(name + " ") for n in names)


def test_a_name_ending_with_its_place_before_recently_stays_whole():
    assert body_names("Hội Chữ thập đỏ tỉnh Nghệ An gần đây đã trao 300 suất quà.") == ["Hội Chữ thập đỏ tỉnh Nghệ An"]
