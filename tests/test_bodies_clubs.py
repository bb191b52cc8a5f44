"""Bodies: a club printed by its head ("CLB", "Câu lạc bộ") and its own capitalized name is one body, the head
spelled out ("CLB Orvana" -> "Câu lạc bộ Orvana"), and its chairman takes it as his position's body; no club after a
plural or a number, of a kind (a sport, a group of people), a country alone, nor one a person's name is glued to."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names, positions


@pytest.mark.parametrize("text, bodies", [
    ("Anh từng khoác áo CLB Tân Đạt trước khi giải nghệ.", ["Câu lạc bộ Tân Đạt"]),
    ("Đội U21 sẽ gặp CLB Pelorin (Ý) và Câu lạc bộ (CLB) Vạn Tường (Trung Quốc) trong tháng tới.",
     ["Câu lạc bộ Pelorin", "Câu lạc bộ Vạn Tường"]),
    ("Hai bên ký biên bản với CLB Kestrel FC, đội bóng vừa thăng hạng.", ["Câu lạc bộ Kestrel FC"]),
    ("Nhóm thiện nguyện CLB Orvana ở TP.HCM đã tặng quà. Sau đó CLB Orvana đã ghé thăm trường.", ["Câu lạc bộ Orvana"]),
    ("Câu lạc bộ Orvana xác nhận đã chia tay thủ môn số một.", ["Câu lạc bộ Orvana"]),
    ("Sân nhà của CLB Bến Thủy - đội bóng lâu đời nhất tỉnh - vừa được sửa.", ["Câu lạc bộ Bến Thủy"]),
])
def test_a_club_is_named_with_its_head_spelled_out(text: str, bodies: list[str]) -> None:
    assert body_names(text) == bodies


@pytest.mark.parametrize("text", [
    "Các CLB Karate quốc gia sẽ tham dự giải.",  # a plural and a sport
    "Huấn luyện viên khuyên các CLB Brazil nên đầu tư vào đội trẻ.",  # a plural
    "Mỗi CLB Bóng đá phải có đội trẻ riêng.",
    "Giải năm nay có 12 CLB Futsal tham dự.",  # a number
    "Những CLB Phụ nữ làm kinh tế được lập ở nhiều xã.",
    "Hội viên CLB Hưu trí phường tổ chức dã ngoại.",  # a kind
    "Bà là chủ nhiệm CLB Thơ Hoa Sen của phường.",
    "Ông tham gia CLB Brazil từ năm ngoái.",  # a country alone
    "Chủ tịch CLB Norvik Jan Peder Holm tuyên bố sẽ bán đội.",  # a foreign person glued to the club
    "Chủ tịch CLB Tân Đạt Nguyễn Văn Hùng cho biết đội sẽ mua thêm cầu thủ.",  # a Vietnamese person glued
    "CLB Doanh nhân Hòa Bình tổ chức hội thảo.",  # the name may run on over lower-case words
])
def test_no_club_where_the_name_is_unsure(text: str) -> None:
    assert not any(n.startswith("Câu lạc bộ") for n in body_names(text))


def test_the_chairman_takes_the_club(pipeline) -> None:
    text = "Ngày 3-5, Chủ tịch CLB Orvana, ông Marco Lenti, xác nhận hợp đồng mới với đội bóng."
    assert ("Chủ tịch", "Câu lạc bộ Orvana", "current") in positions(pipeline, text)["Marco Lenti"]


def test_several_clubs_in_one_sentence() -> None:
    text = "Sau CLB Pelorin, tiền vệ này chuyển sang CLB Kestrel FC rồi về Câu lạc bộ Tân Đạt."
    assert body_names(text) == ["Câu lạc bộ Pelorin", "Câu lạc bộ Kestrel FC", "Câu lạc bộ Tân Đạt"]


@pytest.mark.parametrize("text", [
    "CLB Người cao tuổi khu phố 5 vừa tổ chức hội thao.",  # sentence case: only the first word capitalized
    "CLB Nữ Doanh nhân huyện ven biển ra mắt hôm qua.",
    "CLB Cựu Giáo chức thị trấn họp mặt đầu xuân.",
    "CLB Khởi nghiệp khoa kinh tế trao giải cho sinh viên.",
    "CLB Sáng tạo trẻ của quận có thêm thành viên.",
    "CLB Nữ công khối cơ quan tổ chức ngày hội.",
    "CLB Dân ca quan họ thôn biểu diễn tối qua.",
    "CLB Truyền thông trẻ phát động cuộc thi viết.",
    "CLB Bạn nhà nông xã miền núi nhận giống cây.",
])
def test_no_club_cut_from_a_sentence_case_name(text: str) -> None:
    assert not any(n.startswith("Câu lạc bộ") for n in body_names(text))


def test_a_sentence_case_club_gives_its_head_no_cut_club(pipeline) -> None:
    text = "Ông Trần Văn Khải, Chủ nhiệm CLB Lý luận trẻ của thành phố, phát biểu khai mạc."
    held = positions(pipeline, text).get("Trần Văn Khải", set())
    assert not any((body or "").startswith("Câu lạc bộ") for _title, body, _status in held)


@pytest.mark.parametrize("text, bodies", [
    ("CLB Tân Đạt đã chiêu mộ thêm hai tiền vệ.", ["Câu lạc bộ Tân Đạt"]),  # a verb or function word after it
    ("CLB Pelorin và CLB Kestrel FC hòa nhau ở vòng ba.", ["Câu lạc bộ Pelorin", "Câu lạc bộ Kestrel FC"]),
    ("CLB Orvana công bố tân huấn luyện viên trưởng.", ["Câu lạc bộ Orvana"]),
    ("Tiền đạo của CLB Velmora, Tiago Brandt, ghi hai bàn.", ["Câu lạc bộ Velmora"]),
    ("Đội khách gặp CLB Al Sahel Nord, nhà vô địch mùa trước.", ["Câu lạc bộ Al Sahel Nord"]),  # closed by a comma
])
def test_a_club_before_a_verb_or_punctuation_stays(text: str, bodies: list[str]) -> None:
    assert body_names(text) == bodies


def test_a_verb_the_tagger_reads_after_the_club_keeps_it() -> None:
    assert "Câu lạc bộ Orvana" in extracted_body_names("Sáng nay CLB Orvana ghé thăm trường tiểu học của xã.")


@pytest.mark.parametrize("text", [
    "Ngôi sao CLB Velmora Tiago Brandt ghi hai bàn ở hiệp một.",  # a person glued to the club, no punctuation
    "Tân binh CLB Pelorin Marco Lenti ra mắt ấn tượng.",
    "Đội khách gặp CLB Al Sahel Omar bị từ chối bàn thắng.",  # no title before it
    "Ngôi sao CLB Hải Phòng Văn Toàn trở lại sau chấn thương.",  # no surname in the person's name
])
def test_no_club_with_a_person_glued_to_it(text: str) -> None:
    assert not any(n.startswith("Câu lạc bộ") for n in body_names(text))
