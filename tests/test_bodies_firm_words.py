"""A foreign firm printed by its Latin name after a lower-case firm word ("hãng Zentra", "tập đoàn Nordex", "nhà sản
xuất chip Mỹ Quorvo", "hãng hàng không Skyline Air") is a body named by that name alone; a capitalized head is a
name the other phases read ("Tổng công ty X"), and a country, a legal form, a product, an outlet and a Vietnamese
firm printed short are no such name. Constructed sentences, invented firms and people."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize(("text", "firm"), [
    ("Hãng xe Zentra vừa công bố mẫu xe điện mới, ông Karl Weber cho biết.", "Zentra"),
    ("Trong khi đó, tập đoàn Nordex cắt giảm 500 nhân viên.", "Nordex"),
    ("Theo ông Lê Văn An, nhà sản xuất chip Mỹ Quorvo báo lãi kỷ lục.", "Quorvo"),
    ("Một chiếc máy bay của hãng hàng không Skyline Air đã hạ cánh khẩn cấp tại sân bay Nội Bài.", "Skyline Air"),
    ("Chính phủ ra lệnh cho công ty công nghệ Trivex dừng hoạt động, bà Anna Kovac cho biết.", "Trivex"),
    ("Startup Brightloop được định giá 2 tỉ USD sau vòng gọi vốn.", "Brightloop"),
    ("Ông Lý Văn Hưng mua cổ phiếu của hãng Pomelux và tập đoàn Varda Electronics.", "Varda Electronics"),
])
def test_a_firm_after_its_firm_word(text, firm):
    assert firm in tagged_body_names(text)


def test_a_firm_named_in_full_elsewhere_is_that_name():
    text = "Lãnh đạo Tập đoàn Korvex dự lễ. Ông Kim Dae Ho cảm ơn công nhân của tập đoàn Korvex."
    assert set(tagged_body_names(text)) == {"Tập đoàn Korvex"}


@pytest.mark.parametrize(("text", "wrong"), [
    ("Ông Trần Văn Hải, giám đốc công ty Minh Long, cho biết giá thép giảm.", "Minh Long"),
    ("Công an bắt giữ Nguyễn Văn Tú tại công ty TNHH Hoàng Phát.", "TNHH"),
    ("Công ty chọn tên Acecook vì ý nghĩa của nó, bà Lê Thị Hoa cho biết.", "Acecook"),
    ("Các doanh nghiệp Anh đang đầu tư tại Việt Nam, ông David Brown nói.", "Anh"),
    ("Việt Nam sẵn sàng trở thành nhà cung cấp sản phẩm Halal, Thủ tướng nói với ông Ahmed Saleh.", "Halal"),
    ("Bão Yagi đổ bộ vào Quảng Ninh, ông Phạm Văn Nam cho biết công ty đã sơ tán công nhân.", "Yagi"),
    ("Cầu thủ Nguyễn Văn Quyết ký hợp đồng với công ty quản lý Sports Star tại Hà Nội.", "Sports Star"),
    ("Người hâm mộ tải ứng dụng của công ty về điện thoại iPhone, anh Lê Văn Bình cho biết.", "iPhone"),
    ("Hãng thông tấn Thụy Điển TT dẫn lời chuyên gia Lars Berg cho biết.", "TT"),
    ("Ông Nguyễn Văn Long thăm khu bảo tồn rừng Amazon cùng đoàn công tác.", "Amazon"),
    ("Đoàn của Bộ trưởng Lê Văn Sơn thăm trụ sở tập đoàn Varko tại thủ đô.", "Varko"),
    ("Ông Ben Carter trả lời phỏng vấn trên hãng Newsline rằng cuộc tấn công là cần thiết.", "Newsline"),
])
def test_no_firm_without_its_grammar(text, wrong):
    assert wrong not in tagged_body_names(text)


def test_a_capitalized_head_keeps_its_name():
    assert tagged_body_names("Tổng công ty Becamex IDC cho biết sẽ đầu tư thêm.") == ["Tổng công ty Becamex IDC"]
