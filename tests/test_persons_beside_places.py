"""Persons: a bare name printed after a street's, a ward's or a city's name that sets off a place before the
sentence's persons (crime, traffic, fire reports) is a person, though a list of places seems to run into it
(constructed sentences; regression of a removed rule that read such names as streets named after persons)."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "names"), [
    ("Ngày 3-6, tại nhà số 12 đường Hùng Vương, phường Phú Hội, TP Huế, Nguyễn Văn Hậu đã dùng dao đâm "
     "anh hàng xóm.", ["Nguyễn Văn Hậu"]),
    ("Đi qua đường Hoàng Diệu, Nguyễn Văn Khôi và Hải đã bị tổ công tác dừng xe.", ["Nguyễn Văn Khôi"]),
    ("Theo UBND phường Hàng Bông, Phạm Văn Khánh và Tuấn Anh là hai người đầu tiên phát hiện đám cháy.",
     ["Phạm Văn Khánh"]),
    # variants: other units, streets and verbs
    ("Sáng 14-2, trên đường Lê Lợi, xã Tân Mỹ, Trần Văn Bảo điều khiển xe máy tông vào người đi bộ.",
     ["Trần Văn Bảo"]),
    ("Lúc rạng sáng tại ngã tư Kim Mã, Lý Văn Toàn và Đỗ Quang Hưng bị bắt quả tang.",
     ["Lý Văn Toàn", "Đỗ Quang Hưng"]),
    ("Khi đến thị trấn Phong Điền, Hoàng Văn Lực cùng đồng phạm bỏ trốn.", ["Hoàng Văn Lực"]),
])
def test_a_person_after_a_place_is_found(pipeline, text, names):
    found = person_names(pipeline, text)
    for name in names:
        assert name in found
