"""Bodies: the personnel units named "Tổ chức biên chế" keep their field although the tagger reads "biên chế" as
a verb ("Vụ Tổ chức biên chế", "Phòng Tổ chức biên chế"); a number printed as a ratio or a date after a name
("08/08 nhiệm vụ") is no unit's number (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A, Vụ trưởng Vụ Tổ chức biên chế, cho biết bộ đã hoàn thành đề án.", "Vụ Tổ chức biên chế"),
    ("Phòng Tổ chức biên chế của Sở Nội vụ đã trình phương án.", "Phòng Tổ chức biên chế"),
    ("Vụ Tổ chức biên chế hoàn thành 08/08 nhiệm vụ được giao.", "Vụ Tổ chức biên chế"),
])
def test_a_staffing_unit_keeps_its_field(text, body):
    assert body in extracted_body_names(text)


def test_a_ratio_after_a_name_is_no_unit_number() -> None:
    assert body_names("Vụ Tổ chức biên chế 08/08 nhiệm vụ; các đơn vị khác chậm tiến độ.") == ["Vụ Tổ chức biên chế"]
    assert body_names("Quân khu 7 đã tổ chức lễ kỷ niệm.") == ["Quân khu 7"]
