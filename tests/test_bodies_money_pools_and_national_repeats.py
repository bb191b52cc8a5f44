"""Two precision rules of the bodies (constructed sentences, invented names and places):

- "Quỹ" before a pool of money's kind ("Quỹ BOG", "Quỹ bình ổn giá", "Quỹ BHYT") is that money, no body; a fund
  named as an organization ("Quỹ Hỗ trợ nông dân Tân Lạc", "Quỹ Nhi đồng Liên hợp quốc") stays one;
- a national body printed without its "Việt Nam" where the article names it with it ("Cục Kiểm định ... Việt Nam
  ... Cục Kiểm định") is that body: one body, one name.
"""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, pool", [
    ("Doanh nghiệp Xuân Hòa đã chiếm dụng tiền Quỹ BOG hơn 200 tỉ đồng.", "Quỹ BOG"),
    ("Liên Bộ Công Thương - Tài chính quyết định không trích lập Quỹ BOG trong kỳ này.", "Quỹ BOG"),
    ("Số dư Quỹ bình ổn giá xăng dầu của Công ty Minh Khải còn 4 tỉ đồng.", "Quỹ bình ổn giá"),
    ("Bộ Y tế cho biết Quỹ BHYT năm nay có thể bội chi.", "Quỹ BHYT"),
    ("Bà Trần Thị Lan nói Quỹ Bảo hiểm y tế đã chi trả 3 tỉ đồng cho Bệnh viện Đa khoa tỉnh Tân An.", "Quỹ Bảo hiểm y tế"),
    ("Ông Lê Văn Khoa đề nghị cân đối Quỹ BHXH trước năm 2030.", "Quỹ BHXH"),
])
def test_a_pool_of_money_is_no_body(text, pool):
    names = body_names(text)
    assert not any(n.startswith(pool) for n in names)


@pytest.mark.parametrize("text, body", [
    # the bodies named beside the pool are still read
    ("Bộ Y tế cho biết Quỹ BHYT năm nay có thể bội chi.", "Bộ Y tế"),
    ("Bà Trần Thị Lan nói Quỹ Bảo hiểm y tế đã chi trả 3 tỉ đồng cho Bệnh viện Đa khoa tỉnh Tân An.",
     "Bệnh viện Đa khoa tỉnh Tân An"),
    # near misses: funds named as organizations stay bodies
    ("Quỹ Hỗ trợ nông dân Tân Lạc trao 50 suất học bổng cho học sinh nghèo.", "Quỹ Hỗ trợ nông dân Tân Lạc"),
    ("Ông Phạm Minh Đức, Giám đốc Quỹ Bảo vệ môi trường Việt Nam, phát biểu.", "Quỹ Bảo vệ môi trường Việt Nam"),
    ("Quỹ Bình An do doanh nhân Hồ Văn Tâm sáng lập đã xây 12 cây cầu.", "Quỹ Bình An"),
    ("Quỹ Tiền tệ Quốc tế (IMF) dự báo kinh tế Xylandia tăng 6%, bà Mira Holt cho biết.", "Quỹ Tiền tệ Quốc tế"),
    ("Quỹ Bảo hiểm xe cơ giới đã hỗ trợ nạn nhân vụ tai nạn ở tỉnh Tân An, ông Đặng Văn Long cho biết.",
     "Quỹ Bảo hiểm xe cơ giới"),
])
def test_funds_named_as_organizations_stay(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text, full", [
    ("Cục Kiểm định Phương tiện Việt Nam cho biết đã tạm dừng 3 cơ sở. Theo Cục Kiểm định Phương tiện, "
     "các cơ sở này vi phạm quy trình.", "Cục Kiểm định Phương tiện Việt Nam"),
    ("Ông Đỗ Văn Hải, Cục trưởng Cục Khoáng sản Biển Việt Nam, cho biết Cục Khoáng sản Biển sẽ công bố "
     "bản đồ mới.", "Cục Khoáng sản Biển Việt Nam"),
    ("Tổng công ty Đường thủy Việt Nam vừa ký hợp đồng. Đại diện Tổng công ty Đường thủy cho biết dự án "
     "khởi công tháng sau.", "Tổng công ty Đường thủy Việt Nam"),
])
def test_a_national_body_printed_without_its_country_is_the_one_named_with_it(text, full):
    names = body_names(text)
    assert full in names
    assert full.rsplit(" Việt Nam", 1)[0] not in names


@pytest.mark.parametrize("text, body", [
    # near misses: no "Việt Nam" form in the article, or two bodies the short name could be
    ("Cục Kiểm định Phương tiện cho biết đã tạm dừng 3 cơ sở ở tỉnh Tân An.", "Cục Kiểm định Phương tiện"),
    ("Hội Nông dân Việt Nam và Hội Nông dân tỉnh Tân An ký kết hợp tác. Ông Lý Văn Sáu cho biết Hội Nông dân "
     "sẽ hỗ trợ vốn.", "Hội Nông dân tỉnh Tân An"),
    ("Đội tuyển Việt Nam thắng 2-0; Liên đoàn Bóng đá Việt Nam chúc mừng ông Kim Sang-sik.",
     "Liên đoàn Bóng đá Việt Nam"),
    ("Hội Nhà báo Việt Nam và Hội Nhà báo tỉnh Tân An trao giải. Chủ tịch Hội Nhà báo Lê Văn Minh phát biểu.",
     "Hội Nhà báo tỉnh Tân An"),
    ("Người phát ngôn Bộ Ngoại giao Việt Nam Phạm Thu Hà cho biết Bộ Ngoại giao Nhật Bản đã được thông báo.",
     "Bộ Ngoại giao Nhật Bản"),
])
def test_near_misses_keep_their_names(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text, bodies", [
    # a national body and one province's: the bare repeat is the province's, never a third body of its own
    ("Hội Nông dân Việt Nam và Hội Nông dân tỉnh Tân An ký kết hợp tác. Ông Lý Văn Sáu cho biết Hội Nông dân "
     "sẽ hỗ trợ vốn.", {"Hội Nông dân Việt Nam", "Hội Nông dân tỉnh Tân An"}),
    ("Hội Chữ thập đỏ Việt Nam và Hội Chữ thập đỏ tỉnh Tân An trao quà cho bà con. Hội Chữ thập đỏ cũng hỗ trợ "
     "200 triệu đồng, ông Lê Văn Tâm cho biết.", {"Hội Chữ thập đỏ Việt Nam", "Hội Chữ thập đỏ tỉnh Tân An"}),
])
def test_a_bare_repeat_beside_a_national_and_a_local_body_adds_no_body(text, bodies):
    assert set(body_names(text)) == bodies


@pytest.mark.parametrize("text, body", [
    # a foreign firm's verb and a "Việt Nam" further on: the firm's name ends before the verb
    ("Tập đoàn Microsoft đầu tư vào Việt Nam 1 tỉ USD, ông Nguyễn Văn Hùng cho biết.", "Tập đoàn Microsoft"),
    ("Tập đoàn Intel rót thêm vốn vào Việt Nam trong năm nay.", "Tập đoàn Intel"),
])
def test_a_foreign_firm_followed_by_a_verb_and_the_country_ends_before_the_verb(text, body):
    assert body in extracted_body_names(text)


def test_the_pool_guard_in_the_whole_extraction():
    text = ("Ngày 3-5, Công ty Xăng dầu Minh Khải bị phát hiện sử dụng sai Quỹ BOG. Giám đốc Nguyễn Văn Bình "
            "thừa nhận đã dùng tiền Quỹ BOG để đầu tư bất động sản.")
    names = extracted_body_names(text)
    assert not any(n.startswith("Quỹ") for n in names)
