"""A board named at length in lower-case words up to its place ("Ban Quản lý các công trình công cộng huyện X",
"Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng") is named whole; a clause word, a verb the
tagger reads other than a board_word ("khảo sát", "thi công": the board acts) or the object of a verb ("thu hồi đất
các hộ dân", "thuê các khu đất") or no place at the end leaves the name as read (board_head, board_plural,
board_word rows; constructed sentences, read with the tagger)."""

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Theo Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng, tuyến đường đã thông xe.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông Đà Nẵng"),
    ("Chủ đầu tư là Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh Phú Yên.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn tỉnh Phú Yên"),
    ("Ông Trần Văn Sự, trưởng Ban Quản lý các công trình công cộng huyện Tuy An, bị bắt.",
     "Ban Quản lý các công trình công cộng huyện Tuy An"),
    ("Ông Lê Hoài Nam, giám đốc Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện Đông Hòa, bị khởi tố.",
     "Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện Đông Hòa"),
    # the verbs of a board's own name (board_word)
    ("Ông Phạm Văn Lực, giám đốc Ban Quản lý dự án nâng cấp đô thị thành phố Cần Thơ, bị khởi tố.",
     "Ban Quản lý dự án nâng cấp đô thị thành phố Cần Thơ"),
    ("Ông Phạm Văn Lực, giám đốc Ban Quản lý dự án bảo trì đường bộ tỉnh Cà Mau, bị khởi tố.",
     "Ban Quản lý dự án bảo trì đường bộ tỉnh Cà Mau"),
    ("Ông Phạm Văn Lực, giám đốc Ban Quản lý dịch vụ công ích thành phố Phan Rang, bị khởi tố.",
     "Ban Quản lý dịch vụ công ích thành phố Phan Rang"),
])
def test_a_board_named_at_length_to_its_place(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Ban Quản lý dự án đã bàn giao mặt bằng cho huyện Tuy An theo chỉ đạo của ông Nguyễn Văn Long.",
    "Ban Quản lý dự án thu hồi đất các hộ dân huyện Sông Hinh theo quyết định của ông Lê Văn Bình.",
    "Ban Quản lý dự án cho biết các hộ dân huyện Tuy An đã nhận tiền từ Công ty Hòa Phát.",
    "Ban Quản lý dự án sẽ mời Sở Xây dựng tỉnh Phú Yên kiểm tra công trình của nhà thầu Minh Long.",
    "Ban Quản lý dự án giao thông chưa trả lời, còn UBND huyện Tuy An cho biết ông Trần Minh đã nghỉ.",
    # the board's own verb and its object up to a place
    "Ban Quản lý dự án khảo sát thực địa huyện Bình Chánh vào sáng 3-6.",
    "Ban Quản lý dự án thi công gấp rút cầu vượt thành phố Thủ Đức trước Tết.",
    "Ban Quản lý dự án bồi thường tiền đất người dân huyện Long Thành chậm trễ.",
    "Ban Quản lý dự án thông báo giá đất các khu tái định cư huyện Đông Anh tăng mạnh.",
    "Ban Quản lý dự án thuê các khu đất huyện Bình Chánh làm bãi tập kết.",
    "Ban Quản lý dự án kiểm tra hiện trường thị xã Sơn Tây từ đầu tuần.",
])
def test_no_board_runs_over_a_clause(text):
    names = extracted_body_names(text)
    assert not any(n.startswith("Ban Quản lý dự án ") and any(w in n for w in ("huyện", "tỉnh", "thành phố", "thị xã"))
                   for n in names), names


@pytest.mark.parametrize("text, body", [
    ("Ông Lê Văn Bình, Giám đốc Ban Quản lý dự án thoát nước và xử lý nước thải thành phố Kỳ Sơn, cho biết.",
     "Ban Quản lý dự án thoát nước và xử lý nước thải thành phố Kỳ Sơn"),
    ("Ông Trần Sơn, Trưởng Ban Quản lý dự án cấp nước và vệ sinh môi trường tỉnh Kỳ Hòa, cho biết.",
     "Ban Quản lý dự án cấp nước và vệ sinh môi trường tỉnh Kỳ Hòa"),
])
def test_a_board_of_water_works_named_at_length(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Ban Quản lý dự án xử lý hồ sơ người dân huyện Kỳ Sơn chậm trễ, ông Lê Văn An cho biết.",
    "Ban Quản lý dự án vệ sinh công trường thị trấn Kỳ Hòa mỗi tuần, bà Trần Thị Lan cho biết.",
])
def test_a_boards_own_verb_and_its_object_are_not_its_name(text):
    assert "Ban Quản lý dự án" in extracted_body_names(text)
    assert not any(n.startswith("Ban Quản lý dự án ") for n in extracted_body_names(text))
