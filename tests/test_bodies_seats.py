"""A foreign office the news names by its seat, a building ("Nhà Trắng", "Điện Kremlin", "Lầu Năm Góc" for Bộ
Quốc phòng Mỹ), is a body only where it acts or is spoken for: the subject of a reporting or acting verb, after a
spokesman's or an officer's title, after a statement's "của", a source before a comma. Never the building after a
verb of motion, a locative or a preposition of place, never inside another name (a company, a hotel, a film, a
painting, a tour), never in a credit; and ordinary news around it names no such body (constructed sentences)."""

import pytest

from conftest import tagged_body_names

SEATS = ("Nhà Trắng", "Điện Kremlin", "Bộ Quốc phòng Mỹ")


@pytest.mark.parametrize("text, body", [
    ("Nhà Trắng cho biết tổng thống sẽ công du châu Âu vào tháng tới.", "Nhà Trắng"),
    ("Nhà Trắng hôm 14-3 tuyên bố sẽ áp thuế mới với thép nhập khẩu.", "Nhà Trắng"),
    ("Trước đó, Nhà Trắng cũng đã ra tuyên bố bác bỏ thông tin trên.", "Nhà Trắng"),
    ("Người phát ngôn Nhà Trắng xác nhận cuộc điện đàm đã diễn ra.", "Nhà Trắng"),
    ("Thư ký báo chí Nhà Trắng Laura Venn từ chối bình luận.", "Nhà Trắng"),
    ("Ông Colin Marsh từng là chánh văn phòng Nhà Trắng dưới thời hai tổng thống.", "Nhà Trắng"),
    ("Thông cáo của Nhà Trắng không nêu chi tiết thỏa thuận.", "Nhà Trắng"),
    ("Theo Điện Kremlin, hai bên sẽ gặp nhau tại một nước thứ ba.", "Điện Kremlin"),
    ("Phát ngôn viên Điện Kremlin Ivan Sorokin cho biết Moscow chưa nhận được đề xuất.", "Điện Kremlin"),
    ("Điện Kremlin khẳng định lập trường của Nga không thay đổi.", "Điện Kremlin"),
    ("Lầu Năm Góc tin rằng gói viện trợ sẽ đến trong tuần.", "Bộ Quốc phòng Mỹ"),
    ("Phó thư ký báo chí Lầu Năm Góc Dana Kerr nói các cuộc tập trận vẫn diễn ra.", "Bộ Quốc phòng Mỹ"),
])
def test_an_office_named_by_its_seat_is_a_body_where_it_acts(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    # the building, after a verb of motion, a locative or a preposition of place
    "Chính sách có thể thay đổi nếu ông Dalton trở lại Nhà Trắng vào tháng 1.",
    "Tổng thống phát biểu tại Nhà Trắng chiều 12-6 cho biết nền kinh tế đang phục hồi.",
    "Sau khi rời Nhà Trắng, ông viết hồi ký và đi diễn thuyết.",
    "Đoàn khách du lịch bước vào Điện Kremlin sau buổi trưa.",
    "Người biểu tình tập trung trước Nhà Trắng cho biết họ sẽ ở lại qua đêm.",
    "Tài liệu được mang ra khỏi Nhà Trắng tuyên bố là đã được giải mật.",
    "Hàng trăm người xếp hàng ngoài Lầu Năm Góc để làm thủ tục.",
    # another name: a business, a hotel, a film, a painting, a tour
    "Công ty TNHH Nhà Trắng cho biết doanh thu quý ba tăng 12%.",
    "Khách sạn Nhà Trắng thông báo tạm đóng cửa để sửa chữa sau bão.",
    "Bộ phim “Nhà Trắng” cho thấy mặt tối của giới chính trị.",
    "Bức tranh Nhà Trắng trong tuyết được bán với giá 2 triệu USD.",
    "Tour Điện Kremlin và Quảng trường Đỏ cho biết giá vé đã tăng.",
    "Nhà hàng Nhà Trắng ở phố Hàng Bông cho hay lượng khách giảm mạnh.",
    # a credit, lower case, the building described
    "Thương mại toàn cầu chững lại trong quý ba. (Nguồn: Nhà Trắng)",
    "Gia đình ông sống trong một căn nhà trắng ven sông cho biết hàng xóm.",
    "Kiến trúc của Nhà Trắng được xây dựng từ năm 1792.",
    "Ông Trump tuyên bố Nhà Trắng sẽ có phòng khiêu vũ mới.",
])
def test_the_seat_as_a_place_or_another_name_names_no_body(text):
    assert not any(n in SEATS for n in tagged_body_names(text))


@pytest.mark.parametrize("text", [
    # ordinary news of other topics: no seat, and no body read from its words
    "Đội tuyển bóng chuyền nữ cho biết sẽ tập trung từ ngày 5-8.",
    "Cơn bão số 3 khiến nhiều nhà trắng mái tôn ở ven biển bị tốc mái.",
    "Giá vàng trắng hôm qua tăng mạnh, các cửa hàng cho biết lượng khách đông.",
    "Bảo tàng Mỹ thuật tuyên bố mở cửa miễn phí dịp lễ.",
    "Cảnh sát cho biết nghi phạm đã bỏ trốn khỏi điện thờ trong đêm.",
])
def test_ordinary_news_names_no_seat(text):
    assert not any(n in SEATS for n in tagged_body_names(text))
