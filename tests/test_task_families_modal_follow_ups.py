"""Task pattern family of subjectless duties right after a directive, on constructed texts with several
variants: "Trong đó, cần ..." / "Đồng thời, cần ..." / "Bên cạnh đó, phải ..." go on with the last
task's assignee (the modal left out of the action); without a directive right before, a modal clause
with no subject is a general statement, no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = "Thủ tướng giao Bộ Xây dựng chủ trì rà soát, hoàn thiện hệ thống pháp luật về nhà ở. "


@pytest.mark.parametrize("text, action", [
    (CUE + "Trong đó, cần nghiên cứu giải pháp kiểm soát giá nhà ở hợp lý.",
     "nghiên cứu giải pháp kiểm soát giá nhà ở hợp lý"),
    (CUE + "Đồng thời, cần nghiên cứu giải pháp kiểm soát giá nhà ở hợp lý.",
     "nghiên cứu giải pháp kiểm soát giá nhà ở hợp lý"),
    (CUE + "Bên cạnh đó, phải báo cáo kết quả rà soát với Thủ tướng Chính phủ.",
     "báo cáo kết quả rà soát với Thủ tướng Chính phủ"),
    (CUE + "Cùng với đó, cần phải công khai danh mục các dự án nhà ở xã hội.",
     "công khai danh mục các dự án nhà ở xã hội"),
])
def test_modal_follow_up_goes_on_with_the_last_assignee(run, text, action):
    assert ("Bộ Xây dựng", action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # no directive before: a general statement
    "Thị trường bất động sản còn nhiều khó khăn. Trong đó, cần nghiên cứu giải pháp kiểm soát giá nhà ở.",
    "Giá nhà ở tăng cao trong năm qua. Đồng thời, cần nghiên cứu giải pháp kiểm soát giá nhà ở.",
    # a prohibition is no duty
    CUE + "Đồng thời, cần không để xảy ra tình trạng đầu cơ.",
])
def test_no_modal_follow_up(run, text):
    got = pairs(run(text))
    assert not any("kiểm soát giá" in act or "đầu cơ" in act for _, act in got)
