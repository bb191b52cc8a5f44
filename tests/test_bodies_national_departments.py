"""The Ministry of Finance's national departments (since 2025) printed bare are bodies of their own ("Cục Thuế",
"Cục Hải quan", "Cục Thống kê"); before a level word, a place or any capitalized word (other than a known body's
name, "Bộ Tài chính") they are a province's or a unit's, before the name of a tax or a country a foreign state's,
before "doanh nghiệp lớn" another department, and printed bare where the article names one province's, that
province's; where it names two provinces' or more, none (bodies.tsv, not_followed_by rows; constructed sentences)."""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Cục Hải quan vừa có công văn gửi Kho bạc Nhà nước, Cục Thuế và các ngân hàng thương mại.", "Cục Hải quan"),
    ("Cục Hải quan vừa có công văn gửi Kho bạc Nhà nước, Cục Thuế và các ngân hàng thương mại.", "Cục Thuế"),
    ("Theo báo cáo của Cục Thống kê - Bộ Tài chính, GDP quý II tăng 7%.", "Cục Thống kê"),
    ("Công ty của ông Lê Văn Tám bị Cục Thuế cấm xuất cảnh người đại diện.", "Cục Thuế"),
    ("Số liệu vừa được Cục Thống kê, Bộ Tài chính công bố sáng nay.", "Cục Thống kê"),
    ("Theo Cục Thống kê Bộ Tài chính, GDP quý III tăng 6%.", "Cục Thống kê"),
])
def test_a_bare_national_department_is_named(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Cục Thuế TP.HCM cho biết đã thu 100 tỉ đồng từ doanh nghiệp của ông Trần Văn Phúc.",
     "Cục Thuế Thành phố Hồ Chí Minh"),
    ("Ông Lý Văn Bình, phó cục trưởng Cục Thuế tỉnh Đắk Lắk, nhận hối lộ.", "Cục Thuế tỉnh Đắk Lắk"),
    ("Cục Thuế tỉnh Bình Dương cho biết đã thu 100 tỉ đồng. Cục Thuế cũng đề nghị Công ty Minh Phát nộp đúng hạn.",
     "Cục Thuế tỉnh Bình Dương"),
])
def test_a_province_department_keeps_its_place(text, body):
    names = extracted_body_names(text)
    assert body in names
    assert "Cục Thuế" not in names


@pytest.mark.parametrize("text, bare", [
    ("Đại diện Cục Hải quan TP, Cục Thống kê TP và Sở Ngoại vụ TP cùng ông Trần Văn Hòa tham dự.", "Cục Hải quan"),
    ("Đại diện Cục Hải quan TP, Cục Thống kê TP và Sở Ngoại vụ TP cùng ông Trần Văn Hòa tham dự.", "Cục Thống kê"),
    ("Theo Bangkok Post, Cục Thuế tiêu thụ đặc biệt Thái Lan đã gặp ông Somchai để bàn thuế rượu.", "Cục Thuế"),
    ("Bà Nguyễn Thu Hằng nói Cục Thống kê lao động Mỹ sẽ công bố số liệu mới.", "Cục Thống kê"),
    ("Giám định viên Cục Thuế Hà Nội đã gửi kết luận cho Công an quận Cầu Giấy.", "Cục Thuế"),
    # a capitalized word after it: a province's or a checkpoint's department, read as printed
    ("Cục Thuế Vân Phong yêu cầu Công ty Minh Phát nộp đủ tiền thuế.", "Cục Thuế"),
    ("Cục Hải quan Tân Cảng phát hiện lô hàng giả của Công ty Bình An.", "Cục Hải quan"),
    ("Cục Hải quan Long Bình bắt giữ ông Vũ Văn Tâm khi nhập cảnh.", "Cục Hải quan"),
    ("Cục Thống kê Bình Sơn công bố số dân của huyện.", "Cục Thống kê"),
    # another department of the same head
    ("Ông Đặng Văn Phong, nguyên Cục trưởng Cục Thuế doanh nghiệp lớn, bị khởi tố.", "Cục Thuế"),
    # two provinces' departments: the bare one is one of theirs, unread
    ("Cục Thuế Hà Nội cho biết đã thu 100 tỉ đồng. Cục Thuế cũng cưỡng chế Công ty Minh Phát. "
     "Cục Thuế Thanh Hóa thì chưa báo cáo.", "Cục Thuế"),
    ("Cục Hải quan tỉnh Quảng Ninh và Cục Hải quan tỉnh Lạng Sơn cùng kiểm tra. Cục Hải quan đã lập biên bản.",
     "Cục Hải quan"),
])
def test_no_bare_national_department_before_a_level_a_tax_or_a_place(text, bare):
    assert bare not in extracted_body_names(text)
