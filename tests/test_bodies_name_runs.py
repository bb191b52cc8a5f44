"""Bodies: a board's name carries a lower-case run the tagger reads as verbs ("Ban Quản lý dự án đầu tư xây dựng
tỉnh X", "Ban Bồi thường giải phóng mặt bằng TP X") when a place or a capitalized word follows the run; a
clause after the board stays out of its name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Chủ đầu tư là Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Trị đã chấm dứt hợp đồng.",
     "Ban Quản lý dự án đầu tư xây dựng tỉnh Quảng Trị"),
    ("Ông A - giám đốc Ban Quản lý dự án đầu tư xây dựng huyện Phú Ninh - cho biết công trình sắp xong.",
     "Ban Quản lý dự án đầu tư xây dựng huyện Phú Ninh"),
    ("Theo Ban Bồi thường giải phóng mặt bằng TP Thủ Đức, dự án gồm hai đoạn.",
     "Ban Bồi thường giải phóng mặt bằng thành phố Thủ Đức"),
    ("Ban Bồi thường giải phóng mặt bằng quận Bình Tân đã chi trả tiền cho các hộ dân.",
     "Ban Bồi thường giải phóng mặt bằng quận Bình Tân"),
    ("Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an tỉnh Khánh Hòa đã có mặt dập lửa.",
     "Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an tỉnh Khánh Hòa"),
    ("Phòng Cảnh sát phòng cháy chữa cháy Công an TP Hà Nội cho biết vụ cháy đã được khống chế.",
     "Phòng Cảnh sát phòng cháy chữa cháy Công an thành phố Hà Nội"),
])
def test_a_boards_lower_case_run_reaches_its_place(text, body):
    assert body in extracted_body_names(text)


def test_a_run_before_a_list_of_works_and_an_abbreviated_field():
    names = extracted_body_names("Ông B, giám đốc Ban Quản lý dự án đầu tư xây dựng các công trình NN&PTNT tỉnh "
                                 "Bến Tre, cho biết công trình khởi công từ tháng 3.")
    assert any(n.startswith("Ban Quản lý dự án đầu tư xây dựng các công trình") and n.endswith("tỉnh Bến Tre")
               for n in names)


@pytest.mark.parametrize("text, cut", [
    ("Tập đoàn Vingroup đầu tư xây dựng khu đô thị mới ở Hà Nội.", "Tập đoàn Vingroup đầu tư"),
    ("Ban Quản lý dự án đầu tư xây dựng nhà ở cho công nhân.", "Ban Quản lý dự án đầu tư"),
    ("Ban Bồi thường giải phóng mặt bằng nhanh để bàn giao cho nhà thầu.", "Ban Bồi thường giải phóng"),
    ("Ban Quản lý dự án đầu tư xây dựng, giám sát thi công công trình.", "Ban Quản lý dự án đầu tư"),
    ("Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ nhanh chóng có mặt.", "Phòng Cảnh sát phòng cháy"),
    ("Lực lượng Cảnh sát phòng cháy chữa cháy nhanh chóng có mặt.", "Cảnh sát phòng cháy"),
])
def test_a_run_without_a_place_or_after_other_words_is_a_clause(text, cut):
    assert all(not n.startswith(cut) for n in extracted_body_names(text))
