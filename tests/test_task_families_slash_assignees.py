"""Task pattern family of assignees printed as alternatives joined by "/" ("các Ban Quản lý dự án/Chủ đầu
tư", "UBND các xã/phường"), on constructed sentences with several variants: the assignee keeps both
alternatives whole and the action starts after them; numbers and abbreviations with "/" ("45-NQ/TW",
"15/2020", "100km/h") are untouched in the action."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("speaker", ["Bộ trưởng", "Ủy ban nhân dân các tỉnh"])
@pytest.mark.parametrize("assignee, action", [
    ("các Ban Quản lý dự án/Chủ đầu tư", "thường xuyên kiểm tra các nhà thầu"),
    ("các Ban Quản lý dự án/chủ đầu tư", "thường xuyên kiểm tra các nhà thầu"),
    ("các Chủ đầu tư/Ban Quản lý dự án", "tiếp tục rà soát tiến độ thi công"),
    ("các Ban quản lý dự án/Doanh nghiệp dự án", "khẩn trương rà soát tiến độ thi công"),
    ("UBND các xã/phường", "tiếp tục áp dụng bảng giá đất"),
])
def test_slash_alternatives_stay_whole(run, speaker, assignee, action):
    assert (assignee, action) in pairs(run(f"{speaker} yêu cầu {assignee} {action}."))


@pytest.mark.parametrize("action", [
    "tăng tốc độ tối đa lên 100km/h trên tuyến",
    "thực hiện Nghị quyết 45-NQ/TW của Ban Chấp hành Trung ương",
    "áp dụng Quyết định số 09/2020/QĐ-UBND đối với địa bàn cũ",
    "thành lập các tổ cấp C/O tại địa phương",
])
def test_numbers_and_abbreviations_untouched(run, action):
    assert ("Sở Xây dựng", action) in pairs(run(f"Bộ trưởng yêu cầu Sở Xây dựng {action}."))
