"""A foreign armed force printed in lower case with its country right after its head ("quân đội Xyzland", "lực
lượng không quân X") is that force where it opens a clause, the clause's subject: after a sentence's start, a comma,
a dash, "khi", "trong khi", or a "Theo" that itself opens the clause. As an object, after a title, inside a place's
name, before a capitalized word that makes the country part of another name, with a common noun for a head, after a
"theo" inside a clause, or with the home country, none; nor a list's item or a credit's source after a comma or a
colon, nor a force the article names at length ("Quân đội Hoàng gia X" ... "quân đội X") (constructed sentences,
each naming a person or a body)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Sáng 28-11, quân đội Đài Loan tổ chức tập trận ở phía nam, ông Lâm Khải Văn cho biết.", "Quân đội Đài Loan"),
    ("Theo lực lượng không quân Ukraine, đêm qua đối phương đã phóng 40 thiết bị bay.",
     "Lực lượng không quân Ukraine"),
    ("Giao tranh vẫn tiếp diễn trong khi quân đội Israel ghi nhận thêm thương vong, ông David Cohen nói.",
     "Quân đội Israel"),
    ("Ông Ivan Sokol cho biết đây là lúc khi quân đội Nga đang tăng cường phòng thủ.", "Quân đội Nga"),
    ("Cùng ngày, hải quân Pháp điều thêm một tàu khu trục tới vùng biển này.", "Hải quân Pháp"),
    ("Đoàn tàu rời cảng - lực lượng vũ trang Philippines xác nhận vào chiều 5-6.",
     "Lực lượng vũ trang Philippines"),
])
def test_a_lower_case_force_opening_a_clause_is_the_force(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, absent", [
    ("Tên lửa có thể nhắm vào quân đội Mỹ đóng tại khu vực, ông John Carver nói.", "Quân đội Mỹ"),
    ("Ông Petro Hlyb, cựu Tổng tư lệnh quân đội Ukraine, được nhắc tới như một ứng viên.", "Quân đội Ukraine"),
    ("Tên lửa nhắm vào căn cứ không quân Mỹ tại Qatar, Bộ Quốc phòng Qatar cho biết.", "Không quân Mỹ"),
    ("Các chính phủ và quân đội Mỹ Latin đều lo ngại, ông Carlos Ruiz nói.", "Quân đội Mỹ"),
    ("Hoạt động theo quân đội Nga được ông Ivan Sokol mô tả chi tiết.", "Quân đội Nga"),
    ("Ngày 3-4, quân đội Việt Nam tham gia diễn tập cùng Bộ Quốc phòng Lào.", "Quân đội Việt Nam"),
])
def test_a_lower_case_force_elsewhere_names_no_force(text, absent):
    assert absent not in tagged_body_names(text)


def test_a_common_noun_before_a_country_is_no_force():
    assert tagged_body_names("Sáng 4-5, lực lượng cứu hộ Thái Lan có mặt cùng Bộ Y tế Thái Lan.") == [
        "Bộ Y tế Thái Lan"]


@pytest.mark.parametrize("text, absent", [
    ("Một đoàn xe bọc thép tiến vào thị trấn, ông Avi Mizrahi nói. (Ảnh: quân đội Israel)", "Quân đội Israel"),
    ("Đoạn video do Bộ Quốc phòng Nga công bố.\nNguồn: quân đội Ukraine", "Quân đội Ukraine"),
    ("Ảnh minh họa: hải quân Pháp, ông Pierre Lenoir cho biết.", "Hải quân Pháp"),
])
def test_a_credits_source_is_no_force(text, absent):
    assert absent not in tagged_body_names(text)


def test_a_colon_closing_no_credit_opens_a_clause():
    assert "Quân đội Israel" in tagged_body_names("Ông David Levi nói: quân đội Israel sẽ rút khỏi khu vực này.")


@pytest.mark.parametrize("text, absent", [
    ("Ông Somchai Vong cảm ơn Chính phủ, quân đội Lào và nhân dân Lào đã giúp đỡ.", "Quân đội Lào"),
    ("Bộ Quốc phòng gửi lời cảm ơn tới Chính phủ, quân đội Campuchia.", "Quân đội Campuchia"),
    ("Đoàn đã làm việc với các bộ: Bộ Quốc phòng Lào, quân đội Lào và Ủy ban Biên giới Lào.", "Quân đội Lào"),
])
def test_a_lists_item_is_no_force(text, absent):
    assert absent not in tagged_body_names(text)


def test_a_forces_predicate_after_a_comma_keeps_it():
    assert "Quân đội Lào" in tagged_body_names("Cùng ngày, quân đội Lào ký biên bản với Bộ Quốc phòng Thái Lan.")


@pytest.mark.parametrize("text, kept, absent", [
    ("Quân đội Hoàng gia Campuchia cho biết đã bắn trả. Sáng 3-5, quân đội Campuchia tổ chức họp báo, ông Sok Dara nói.",
     "Quân đội Hoàng gia Campuchia", "Quân đội Campuchia"),
    ("Không quân Hoàng gia Anh điều hai chiến đấu cơ. Cùng ngày, không quân Anh xác nhận với Bộ Quốc phòng Anh.",
     "Không quân Hoàng gia Anh", "Không quân Anh"),
])
def test_a_force_named_at_length_is_one_body(text, kept, absent):
    names = tagged_body_names(text)
    assert kept in names and absent not in names


def test_a_whole_force_named_at_length_is_the_lower_case_one():
    text = "Lực lượng Phòng vệ Israel (IDF) cho biết như vậy. Sáng 3-5, quân đội Israel tổ chức họp báo."
    assert "Quân đội Israel" not in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    # the same country's other force, or the same name printed capitalized: still the lower-case force
    ("Không quân Hoàng gia Anh điều hai chiến đấu cơ. Cùng ngày, quân đội Anh xác nhận, ông John Carver nói.",
     "Quân đội Anh"),
    ("Quân đội Israel ra thông báo. Sáng 3-5, quân đội Israel tổ chức họp báo, ông David Cohen nói.", "Quân đội Israel"),
    ("Quân đội Hoàng gia Campuchia cho biết. Sáng 3-5, quân đội Thái Lan tổ chức họp báo.", "Quân đội Thái Lan"),
])
def test_another_force_named_at_length_keeps_the_force(text, body):
    assert body in tagged_body_names(text)
