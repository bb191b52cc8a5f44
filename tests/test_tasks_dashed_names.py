"""Task family of a body printed with a dash for "và" ("Sở Tài nguyên - Môi trường"), on constructed sentences
with several variants: as an assignee alone or in a list of bodies it is named by the body's full name ("Sở
Tài nguyên và Môi trường tỉnh Đồng Nai"), one body one name. Near misses: a name whose dash is its own
("Bộ Lao động - Thương binh và Xã hội") stays as printed; a name without a dash is untouched."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND tỉnh Bình Phước yêu cầu Sở Tài nguyên - Môi trường kiểm tra việc cấp phép khai thác cát.",
     "Sở Tài nguyên và Môi trường tỉnh Bình Phước", "kiểm tra việc cấp phép khai thác cát"),
    ("UBND tỉnh Đồng Nai giao Công an tỉnh Đồng Nai, Sở Tài nguyên - Môi trường, Sở Tài chính rà soát công tác "
     "đấu giá đất.",
     "Sở Tài nguyên và Môi trường tỉnh Đồng Nai", "rà soát công tác đấu giá đất"),
])
def test_a_dashed_name_is_named_in_full(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee", [
    ("Bộ trưởng đề nghị Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam rà soát hồ sơ liệt sĩ.",
     "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"),
    ("UBND tỉnh Đồng Nai yêu cầu Sở Tài chính bố trí kinh phí cho dự án.", "Sở Tài chính"),
])
def test_other_names_stay_as_printed(run, text, assignee):
    assert [t.assignee for t in run(text)] == [assignee]
