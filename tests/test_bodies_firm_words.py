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


@pytest.mark.parametrize(("text", "wrong"), [
    ("Bộ phim mới của nhà sản xuất Dorian Vellacourt ra mắt tuần này.", "Dorian Vellacourt"),
    ("Ca sĩ Lê Thu Hà hợp tác với nhà sản xuất Tobin Quell trong album mới.", "Tobin Quell"),
    ("Nhà sản xuất phim Maren Oakhurst rời hãng sau mười năm.", "Maren Oakhurst"),
    ("Nhà sản xuất âm nhạc Elio Brant qua đời ở tuổi 80.", "Elio Brant"),
    ("Album do nhà sản xuất nhạc Jory Fenwick thực hiện.", "Jory Fenwick"),
    ("Nhà sản xuất điện ảnh Kessa Morrow nhận giải thưởng.", "Kessa Morrow"),
    ("Nhà sản xuất chương trình Rafe Dunmore cho biết mùa mới sẽ lên sóng.", "Rafe Dunmore"),
])
def test_a_producer_of_films_or_songs_is_a_person(text, wrong):
    assert wrong not in tagged_body_names(text)


@pytest.mark.parametrize(("text", "firm", "wrong"), [
    ("Mẫu xe mới của hãng Vortek X7 ra mắt tại triển lãm.", "Vortek", "Vortek X7"),
    ("Chiếc Skyra A350 của hãng hàng không Pellion Air A350 hạ cánh an toàn.", "Pellion Air", "Pellion Air A350"),
    ("Ông mua điện thoại của tập đoàn Quorvex Nova S25 mới.", "Quorvex Nova", "Quorvex Nova S25"),
    ("Hãng xe VinFast Vexa bản mới vừa ra mắt.", "VinFast", "VinFast Vexa"),
    ("Hãng xe Zentra Vora bản mới bán chạy. Zentra cho biết sẽ tăng giá.", "Zentra", "Zentra Vora"),
    ("Tay đua của hãng Zentra Marco Lenti về nhất. Zentra giành 25 điểm.", "Zentra", "Zentra Marco Lenti"),
])
def test_a_model_or_a_driver_after_the_brand_is_no_part_of_it(text, firm, wrong):
    found = tagged_body_names(text)
    assert firm in found and wrong not in found


@pytest.mark.parametrize(("text", "wrong"), [
    ("Các hãng xe California đều tăng giá bán từ tháng sau.", "California"),
    ("Hãng xe\nZentra ra mắt mẫu xe mới.", "Zentra"),
    ("Người sáng lập đặt cho công ty cái tên Zorvik vì ý nghĩa của nó.", "Zorvik"),
    ("Ông Lê Văn Hòa bán cổ phần của công ty đặt tên Zorvik cho sản phẩm mới.", "Zorvik"),
    # "tên": a person's name after it ("một nhân viên công ty tên Michael"), a missile ("tên lửa Oreshnik")
    ("Một nhân viên công ty tên Dorian cho biết ông Lê Văn An đã nghỉ việc.", "Dorian"),
    ("Ông Lê Văn An cảm ơn nhà phát triển tên lửa Vorhal của quân đội nước bạn.", "Vorhal"),
    # a producer described by his standing or his people, not a field
    ("Nhà sản xuất kỳ cựu Tobin Quell rời hãng phim sau 30 năm, ông Lê Văn An cho biết.", "Tobin Quell"),
    ("Nhà sản xuất người Mỹ Dorian Vellacourt qua đời ở tuổi 80, bà Lê Thị Hoa cho biết.", "Dorian Vellacourt"),
    # a brand printed elsewhere only opening another name ("New York") is not printed alone
    ("Hãng giày Norvell Balance mở cửa hàng tại Norvell City, ông Lê Văn An cho biết.", "Norvell"),
])
def test_no_firm_of_a_place_a_new_line_or_a_name_given(text, wrong):
    assert wrong not in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Hãng Zentra cho biết sẽ mở nhà máy mới.",
    "Ông Lê Văn An nói: “Hãng Zentra sẽ mở nhà máy mới.”",
])
def test_a_firm_word_opening_a_sentence_or_a_quote(text):
    assert "Zentra" in tagged_body_names(text)
