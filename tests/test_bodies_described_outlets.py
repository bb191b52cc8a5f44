"""A Vietnamese news outlet printed after its lower-case descriptor ("báo", "tạp chí", "tờ") is a body anywhere in
a sentence, not only as a sentence's cited source ("sau phản ánh của báo Sông Lam", "phối hợp với tạp chí Nhà
Nông Mới", "phóng viên báo Bình Minh, ..."): its capitalized words, with a lower-case tail only when a comma
closes it ("theo báo Ánh Sao mới, ..."). A word the descriptor ends ("nhà báo", "cảnh báo", "bài báo"), a
country's press ("báo Mỹ"), a person after it and a lone capital before a clause ("báo Sao trời nêu") name none
(constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Sở Giáo dục đã xử lý hai cơ sở sau phản ánh của báo Sông Lam.", "Báo Sông Lam"),
    ("Hội thảo do hiệp hội phối hợp với tạp chí Nhà Nông Mới tổ chức.", "Tạp chí Nhà Nông Mới"),
    ("Ông đã trả lời phóng viên báo Bình Minh, theo đó công ty cam kết khắc phục.", "Báo Bình Minh"),
    ("Ngày 3-4, theo báo Ánh Sao mới, thông tin từ UBND xã cho biết vụ việc đã được xử lý.", "Báo Ánh Sao mới"),
    ("Giải thưởng do Sở Văn hóa và báo Mây Ngàn Xanh thực hiện.", "Báo Mây Ngàn Xanh"),
    ("Nhiều phụ huynh gửi câu hỏi đến tờ Sông Lam về lịch thi.", "Báo Sông Lam"),
])
def test_an_outlet_after_its_lower_case_descriptor_is_a_body(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Nhà báo Nguyễn Văn Hùng phát biểu tại buổi lễ trao giải.",
    "Cơ quan khí tượng cảnh báo Hà Tĩnh sẽ có mưa lớn.",
    "Bài báo Phỏng vấn Chủ tịch tỉnh được đăng lại nhiều lần.",
    "Sau khi kiểm tra những thông tin báo Sao trời nêu, công ty đã báo cáo.",
])
def test_a_descriptor_inside_a_word_or_before_no_outlet_names_none(text):
    assert not any(n.startswith(("Báo", "Tạp chí")) for n in tagged_body_names(text))


def test_a_country_s_press_is_no_outlet():
    assert not any(n.startswith("Báo") for n in tagged_body_names("Nhiều tờ báo Mỹ đã đăng lại bức ảnh này trong ngày."))
