"""A Vietnamese given name printed alone after "ông" or "bà", when the article prints no longer name holding
that word, is a person of its own ("ông Khải đề nghị ...": Khải); a longer name printed anywhere takes it
("Trương Văn Khải" ... "ông Khải"), and a capitalized honorific inside a sentence or after a colon opens a
street or a place ("Bà Triệu", "Bà Rịa"); a deity or a figure of folklore (person_context.tsv given_alone_not:
"Ông Trời", "ông Táo") is no person. Constructed sentences, invented names."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Góp ý dự thảo, ông Khải đề nghị nghiên cứu bỏ quy định thu phí.", "Khải"),
    ("Bà Nguyệt đọc bản tổng kết của tổ hòa giải. Đến trưa, bà Nguyệt ra về.", "Nguyệt"),
    ("Cầm lá đơn trên tay, ông Thịnh (ngụ xóm Bãi Dâu) kể lại với phóng viên.", "Thịnh"),
    ("“Ông Lượng là người trực tiếp ký hợp đồng”, đại diện công ty cho biết.", "Lượng"),
])
def test_a_given_name_alone_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Ông Trương Văn Khải, Giám đốc Sở Tài chính, phát biểu. Sau đó, ông Khải đề nghị nghiên cứu thêm.",
     "Trương Văn Khải", "Khải"),
    # a longer name the article prints without title still takes the short one
    ("Theo hồ sơ, Lạc Thị Nguyệt đã ký nhận tiền. Tại tòa, bà Nguyệt khai nhận toàn bộ.", None, "Nguyệt"),
    # a family name printed before given names elsewhere
    ("Hồ sơ ghi Kha Đình Vọng là chủ cơ sở. Khi được hỏi, ông Kha im lặng.", None, "Kha"),
])
def test_a_longer_name_takes_the_given_name(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert short not in names
    if full:
        assert full in names


@pytest.mark.parametrize(("text", "wrong"), [
    ("Giá đất cao nhất áp dụng tại các tuyến phố, như: Bà Triệu, Hàng Khay, Tràng Tiền.", "Triệu"),
    ("Ùn tắc kéo dài tại nút giao Trần Khát Chân - Bà Triệu vào giờ cao điểm.", "Triệu"),
    ("Tỉnh Bà Rịa - Vũng Tàu đang chuẩn bị sáp nhập. Bà Rịa - Vũng Tàu có nhiều cảng biển.", "Rịa"),
    ("Tờ trình được ông Chủ tịch UBND phường ký từ tháng trước.", "Chủ"),  # a title
    ("Tại phiên tòa, ông Thẩm phán đề nghị bị cáo trả lời.", "Thẩm"),  # a common noun of two syllables
])
def test_streets_places_and_titles_are_no_given_names(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ông Trời không chiều lòng người, mưa kéo dài suốt vụ gặt.", "Trời"),
    ("Chiều 23 tháng Chạp, cả nhà làm mâm cỗ tiễn ông Táo lên chầu trời.", "Táo"),
    ("Ông Địa đặt ở góc tủ hàng, cạnh bát nhang.", "Địa"),
    ("Gần Tết, ông Đồ ngồi viết câu đối bên hè phố cổ.", "Đồ"),
])
def test_a_deity_or_folk_figure_is_no_given_name(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)
