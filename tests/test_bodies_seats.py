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
    # the start of a clause, a date's or a place's opener, a conjunction, a reporting verb before the subject
    ("Ngày 25-11, Nhà Trắng cho biết hai bên đã đạt thỏa thuận sơ bộ.", "Nhà Trắng"),
    ("Tại thủ đô Velmar, Điện Kremlin thông báo hoãn cuộc gặp.", "Điện Kremlin"),
    ("Moscow bác tin đồn, còn Nhà Trắng từ chối bình luận.", "Nhà Trắng"),
    ("Giá dầu giảm mạnh khi Lầu Năm Góc xác nhận rút bớt tàu chiến.", "Bộ Quốc phòng Mỹ"),
    ("Ông Arlen Voss cho biết Lầu Năm Góc tin rằng kế hoạch sẽ hoàn tất.", "Bộ Quốc phòng Mỹ"),
    # seats coordinated as subjects: each
    ("Nhà Trắng và Lầu Năm Góc cho biết chưa nhận được báo cáo.", "Nhà Trắng"),
    ("Nhà Trắng và Lầu Năm Góc cho biết chưa nhận được báo cáo.", "Bộ Quốc phòng Mỹ"),
    ("Nhà Trắng, Điện Kremlin và Lầu Năm Góc đều bác bỏ thông tin này.", "Nhà Trắng"),
    ("Nhà Trắng, Điện Kremlin và Lầu Năm Góc đều bác bỏ thông tin này.", "Điện Kremlin"),
    ("Nhà Trắng, Điện Kremlin và Lầu Năm Góc đều bác bỏ thông tin này.", "Bộ Quốc phòng Mỹ"),
])
def test_an_office_named_by_its_seat_is_a_body_where_it_acts(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    # the building, after a verb of motion, a locative or a preposition of place, a verb after it
    "Chính sách có thể thay đổi nếu ông Dalton trở lại Nhà Trắng cho biết các cố vấn.",
    "Tổng thống phát biểu tại Nhà Trắng chiều 12-6 cho biết nền kinh tế đang phục hồi.",
    "Sau khi rời Nhà Trắng tuyên bố của ông ít được chú ý.",
    "Đoàn khách du lịch bước vào Điện Kremlin xác nhận đã mua vé từ trước.",
    "Người biểu tình tập trung trước Nhà Trắng cho biết họ sẽ ở lại qua đêm.",
    "Tài liệu được mang ra khỏi Nhà Trắng tuyên bố là đã được giải mật.",
    "Hàng trăm người xếp hàng ngoài Lầu Năm Góc cho biết thủ tục kéo dài.",
    # another name: a business, a hotel, a film, a painting, a tour, a band, a show, a prize; a verb after it
    "Công ty TNHH Nhà Trắng cho biết doanh thu quý ba tăng 12%.",
    "Khách sạn Nhà Trắng thông báo tạm đóng cửa để sửa chữa sau bão.",
    "Bộ phim “Nhà Trắng” công bố lịch chiếu tại các rạp.",
    "Triển lãm tranh Nhà Trắng thông báo mở cửa miễn phí.",
    "Tour Điện Kremlin cho biết giá vé đã tăng.",
    "Nhà hàng Nhà Trắng cho hay lượng khách giảm mạnh.",
    "Siêu thị Nhà Trắng thông báo giảm giá 30% các mặt hàng gia dụng.",
    "Nha khoa Lầu Năm Góc cam kết bảo hành trọn đời cho khách hàng.",
    "Chủ tiệm áo cưới Điện Kremlin cho hay mùa cưới năm nay ế ẩm.",
    "Ban nhạc Nhà Trắng công bố album đầu tay vào tháng 9.",
    "Trung tâm tiệc cưới Lầu Năm Góc xác nhận sự cố mất điện.",
    "Người dân địa phương gọi ngôi biệt thự là Nhà Trắng cho biết nó xây từ thời Pháp.",
    "Đêm nhạc Điện Kremlin cho biết đã bán hết vé.",
    "Chương trình Nhà Trắng nói gì tối nay phát sóng lúc 20 giờ.",
    "Giải thưởng Lầu Năm Góc công bố danh sách đề cử.",
    # "nói chung" is no verb; a credit or a source tag, a verb after it
    "Kiến trúc Nhà Trắng nói chung mang phong cách tân cổ điển.",
    "Nhà Trắng nói chung mang phong cách tân cổ điển.",
    "Ảnh: Nhà Trắng công bố. Nguồn: Điện Kremlin cho biết.",
    "Theo ảnh Nhà Trắng công bố, hai ông bắt tay trong phòng họp.",
    "Thương mại toàn cầu chững lại trong quý ba (Nguồn: Nhà Trắng công bố).",
    "Số liệu trong quý ba (Nhà Trắng công bố) cho thấy thương mại chững lại.",
    # lower case, the building described
    "Hàng xóm kể, căn nhà trắng cho biết gia chủ đi vắng.",
    "Bản vẽ kiến trúc của Nhà Trắng công bố năm 1792 cho thấy nhiều chi tiết.",
    # an office's unit before the seat: left unnamed rather than guessed
    "Văn phòng Nhà Trắng cho biết lịch làm việc đã thay đổi.",
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
