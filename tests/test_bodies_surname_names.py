"""Bodies: a firm's or a hospital's own name printed right after its head may open with a surname's word ("Tập đoàn
Vạn Thịnh Phát"); with a middle name second the words are a person after the body, and the head names nothing; the
name ends before a person's name or a place's level word printed after it, and a run it cannot bound cleanly (too
long, a foreign word, a lower-case tail) names nothing (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Tập đoàn Vạn Thịnh Phát lập nhiều công ty con để đứng tên các lô đất.", "Tập đoàn Vạn Thịnh Phát"),
    ("Công ty Huỳnh Bình bị phạt vì để khói bụi bay sang khu dân cư.", "Công ty Huỳnh Bình"),
    ("Sản phụ được chuyển đến Bệnh viện Từ Dũ lúc nửa đêm.", "Bệnh viện Từ Dũ"),
    ("Tổng công ty Hồ Phát Lợi vừa công bố kế hoạch mở rộng nhà máy.", "Tổng công ty Hồ Phát Lợi"),
])
def test_an_own_name_opening_with_a_surname_is_the_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Cựu Chủ tịch Tập đoàn Vạn Thịnh Phát Trương Mỹ Hạnh nghe tòa tuyên án.", "Tập đoàn Vạn Thịnh Phát"),
    ("Trưởng khoa Bệnh viện Từ Dũ Lý Văn Sơn giải thích ca mổ với gia đình.", "Bệnh viện Từ Dũ"),
    ("Giám đốc Công ty Vạn Lộc Lê Thị Hoa ký văn bản gửi đối tác.", "Công ty Vạn Lộc"),
    ("Kế toán trưởng Công ty Mai Linh Hồ Nam nộp đơn xin nghỉ.", "Công ty Mai Linh"),
    ("Phó giám đốc Công ty Lâm Phát Đỗ Tùng được tại ngoại.", "Công ty Lâm Phát"),
    ("Bệnh viện Từ Dũ Thành phố Hồ Chí Minh vừa đón thêm ca song sinh.", "Bệnh viện Từ Dũ"),
    ("Tập đoàn Hồ Lộc Tỉnh Bình Dương mở thêm một xưởng mới.", "Tập đoàn Hồ Lộc"),
])
def test_the_name_ends_before_a_person_or_a_place_after_it(text, body):
    names = extracted_body_names(text)
    assert body in names
    assert all(not n.startswith(body + " ") for n in names)


@pytest.mark.parametrize("text, head", [
    ("Chiều qua, Phó Giám đốc Công ty Phạm Đức Hà trả lời phóng viên.", "Công ty Phạm"),
    ("Giám đốc Bệnh viện Trần Thị Mai cho biết ca mổ đã thành công.", "Bệnh viện Trần"),
    ("Chủ tịch Tập đoàn Lê Văn Bình ký kết hợp tác với đối tác.", "Tập đoàn Lê"),
])
def test_a_middle_name_second_makes_a_person_after_the_head(text, head):
    assert all(not n.startswith(head) for n in extracted_body_names(text))


@pytest.mark.parametrize("text, wrong", [
    ("Công nhân Công ty Phan Đạt Samsung tan ca lúc mười giờ tối.",  # a foreign word in the run
     {"Công ty Phan Đạt", "Công ty Phan Đạt Samsung"}),
    ("Tập đoàn Hồ Phát Lợi Nhuận Cao là một doanh nghiệp lớn.",  # five capitalized words: no cut at four
     {"Tập đoàn Hồ Phát Lợi Nhuận", "Tập đoàn Hồ Phát Lợi"}),
    ("Tổng công ty Lương Thực miền Nam vừa họp cổ đông.", {"Tổng công ty Lương Thực"}),  # a lower-case tail
    ("Cửa hàng của Công ty Đào Nguyên Quốc Tế Xanh mở cửa từ sáng.", {"Công ty Đào Nguyên Quốc Tế"}),
])
def test_a_run_not_cleanly_bounded_is_not_cut_short(text, wrong):
    assert not wrong & set(extracted_body_names(text))
