"""Bodies: a regional bloc printed by its acronym as a region, a market or a tournament's name is no body ("khu vực
ASEAN", "thị trường ASEAN", "ASEAN Cup"); acting or spoken of, or holding a meeting, it is one."""

from __future__ import annotations

import pytest

from conftest import body_names

ASEAN = "Hiệp hội các quốc gia " + "Đông Nam Á"  # the bloc's full name


@pytest.mark.parametrize("text", [
    "Thành phố đặt mục tiêu thành trung tâm du lịch y tế của khu vực ASEAN trước năm 2030.",
    "Mức thuế này vẫn thấp so với nhiều nước trong khu vực ASEAN.",
    "Doanh nghiệp mong muốn đưa nông sản vào thị trường ASEAN nhiều hơn.",
    "Nhiều nhà đầu tư (trong khu vực ASEAN) đã đến tìm hiểu.",
    "Đội tuyển giành chiến thắng ở trận bán kết ASEAN Cup.",
])
def test_bloc_as_a_region_or_a_tournament_is_no_body(text: str) -> None:
    assert body_names(text) == []


@pytest.mark.parametrize("text", [
    "Đại sứ các nước ASEAN tại Hà Nội đã dự buổi tiếp.",
    "Tổng Thư ký ASEAN cho biết khối sẽ sớm có tiếng nói chung.",
    "Hà Nội chúc mừng Malaysia giữ cương vị Chủ tịch ASEAN.",
    "Tại hội nghị, Tổng Thư ký ASEAN kêu gọi tăng cường hợp tác.",  # the event's clause ends at the comma
    "Hai nước thảo luận về Hội nghị hợp tác giữa Nhật Bản và ASEAN.",  # the bloc a side of the meeting
    "Phái đoàn Lào chuẩn bị đón Hội nghị Cấp cao ASEAN sắp tới.",  # a meeting the bloc holds: left alone
    "Doanh nghiệp mong muốn đưa khu vực tư nhân vào ASEAN.",  # the region word not right before the bloc
    "Hàng hóa của ASEAN chiếm lĩnh thị trường.",
    "Ông nói ASEAN cần đoàn kết hơn trong khu vực.",
])
def test_bloc_acting_or_spoken_of_is_a_body(text: str) -> None:
    assert body_names(text) == [ASEAN]


def test_spelled_out_name_after_a_region_word_is_kept() -> None:
    text = f"Nhiều nước thuộc khu vực {ASEAN} đã có mặt."
    assert ASEAN in body_names(text)


def test_one_mention_as_a_body_keeps_the_bloc() -> None:
    text = "Hàng Việt được ưa chuộng ở thị trường ASEAN. Tổng Thư ký ASEAN đánh giá cao điều đó."
    assert body_names(text) == [ASEAN]


@pytest.mark.parametrize("text, body", [
    ("Để giữ ổn định thị trường NHNN đã mua vào ngoại tệ.", "Ngân hàng Nhà nước Việt Nam"),  # not a bloc
    ("Muốn kéo giá thị trường EVN đề xuất điều chỉnh biểu giá.", "Tập đoàn Điện lực Việt Nam"),
    ("Ông làm việc tại Văn phòng khu vực WHO ở châu Á.", "Tổ chức Y tế Thế giới"),
    ("Phó Giám đốc khu vực WHO phụ trách tiêm chủng đã đến thăm.", "Tổ chức Y tế Thế giới"),
])
def test_another_acronym_after_a_region_word_keeps_its_body(text: str, body: str) -> None:
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Để tăng sức nặng trên thị trường ASEAN đã thống nhất một khung chung.",  # a verb after: the bloc acting
    "Trong khu vực ASEAN cũng đang bàn về chuẩn mới cho xe điện.",
    "Bà được bổ nhiệm Giám đốc khu vực ASEAN của quỹ.",  # a title's region word
    "Văn phòng khu vực ASEAN của tổ chức đặt tại Bangkok.",
])
def test_a_region_word_after_an_office_or_before_a_verb_keeps_the_bloc(text: str) -> None:
    assert ASEAN in body_names(text)


EU = "Liên minh châu Âu"


@pytest.mark.parametrize("text", [
    "Hai bên nhờ một nước thứ ba hòa giải EU với đối tác thương mại.",  # "giải" the end of another word
    "Các chuyên gia chưa tìm ra lời giải EU có thể chấp nhận.",
    "Cuộc thi có phần giải EU tài trợ cho sinh viên.",  # a bloc never holds a tournament so
])
def test_giai_before_a_bloc_is_no_tournament(text: str) -> None:
    assert EU in body_names(text)


@pytest.mark.parametrize("text", [
    "Ở khu vực ASEAN thì các thủ tục đã được rút gọn.",  # "thì": the bloc the clause's subject
    "Riêng khu vực ASEAN thì vẫn chưa thống nhất lộ trình.",
])
def test_thi_after_a_region_keeps_the_bloc(text: str) -> None:
    assert ASEAN in body_names(text)


@pytest.mark.parametrize("text", [
    "Cà phê xuất sang thị trường ASEAN và EU tăng nhẹ.",
    "Công ty mở rộng sang khu vực ASEAN, EU trong năm tới.",
    "Nông sản vào thị trường ASEAN hoặc EU đều phải kiểm dịch.",
])
def test_blocs_listed_after_a_region_word_are_alike(text: str) -> None:
    assert body_names(text) == []


@pytest.mark.parametrize("text", [
    "Đại diện các nước ASEAN và EU đã ký biên bản.",  # the first bloc no region: the second kept too
    "Ngoại trưởng ASEAN và EU gặp nhau bên lề hội nghị.",
])
def test_blocs_listed_as_bodies_are_kept(text: str) -> None:
    assert body_names(text) == [ASEAN, EU]
