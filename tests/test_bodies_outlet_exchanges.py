"""Bodies: an outlet's brand after "trao đổi với" (a source speaking with the paper) is the outlet, a plain cue: a
brand that is also a common word only after a word naming the press or opening the clause with a comma after it.
Near misses: the brand in lower case, running into a longer name, a common word's brand mid-clause; "Dân trí", a
brand the gold names two ways, left out after this cue (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Hỏi về tiến độ, bà Vi Thị Nga trao đổi với Tuổi Trẻ rằng công trình sẽ xong trong quý tới.", "Báo Tuổi Trẻ"),
    ("Sau buổi họp, khi trao đổi với VnExpress, ông Mạc Văn Kiên nói đơn vị đã đủ vốn.", "VnExpress"),
    ("Lãnh đạo sở đã có trao đổi với phóng viên Thanh Niên về việc thu hồi đất.", "Báo Thanh Niên"),
    ("Nhà nghiên cứu cho rằng giá thuê còn tăng, sau khi trao đổi với Tuổi Trẻ tuần trước.", "Báo Tuổi Trẻ"),
    ("Trao đổi với Thanh Niên, ông Lò Văn Sáu hứa gửi câu trả lời sau.", "Báo Thanh Niên"),
    ("Bà Hầu Thị Mỷ từ chối trao đổi với VietNamNet về khoản vay.", "VietNamNet"),
])
def test_an_outlet_exchanged_with_is_named(text, outlet):
    for found in (body_names(text), tagged_body_names(text)):
        assert outlet in found


@pytest.mark.parametrize("text", [
    "Các em trao đổi với thanh niên tình nguyện về cách phòng cháy.",
    "Tổ trưởng trao đổi với Người Lao Động trong xưởng về ca làm đêm.",
    "Họa sĩ trao đổi với Tuổi Trẻ Cười về một bức tranh biếm.",
    "Ông Lò Văn Sáu hứa gửi câu trả lời sau khi trao đổi với Dân trí lần nữa.",
])
def test_no_outlet_from_a_common_word_a_longer_name_or_a_brand_left_out(text):
    for found in (body_names(text), tagged_body_names(text)):
        assert not any(n.startswith(("Báo", "Tuổi Trẻ", "Dân trí")) for n in found)
