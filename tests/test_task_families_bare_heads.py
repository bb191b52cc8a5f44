"""Task pattern family of a bare capitalized head ("Bộ cần ...", "yêu cầu Sở ...") after a body of that head
named earlier: the assignee stays the head as printed, never an earlier body it could be mistaken for (the
speaker's "Bộ trưởng Bộ X" after a "Bộ Chính trị", a non-ministry "Bộ đội Biên phòng", "Bộ Tư lệnh ...",
the body of another city than the one the sentence is set in)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Chính trị vừa có kết luận mới về gọn nhẹ bộ máy. Bộ trưởng Bộ Nội vụ Trần Văn An nhấn mạnh, Bộ cần "
     "sớm trình phương án nhập các huyện miền núi trong tháng này.",
     "Bộ", "sớm trình phương án nhập các huyện miền núi"),
    ("Sở Y tế Hà Nội đã cấp phép cho ba bệnh viện tư. Tại TP.HCM, UBND thành phố yêu cầu Sở khẩn trương rà "
     "soát các phòng khám không phép.",
     "Sở", "khẩn trương rà soát các phòng khám không phép"),
])
def test_a_bare_head_stays_as_printed(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, wrong", [
    ("Bộ đội Biên phòng tỉnh đã bắt giữ hai đối tượng buôn lậu. Bộ cần phối hợp với công an để mở rộng điều tra.",
     "Bộ đội Biên phòng tỉnh"),
    ("Bộ Tư lệnh Vùng 2 Hải quân vừa tổ chức diễn tập. Bộ yêu cầu từng tàu trực ban nghiêm túc.",
     "Bộ Tư lệnh Vùng 2 Hải quân"),
])
def test_a_bare_ministry_head_names_no_other_kind_of_body(run, text, wrong):
    assert all(wrong not in (t.assignee, t.assigner) for t in run(text))
