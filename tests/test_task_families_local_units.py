"""Task pattern family of a list of assignees ending with a local unit printed by its level word, on
constructed sentences with several variants: "UBND tỉnh chỉ đạo Sở X, Công an tỉnh và huyện Đồng Phú
<action>", "... và quận 3 ..." give one task per item, the local unit as printed (the ledger gold writes one
task per body). A level word with no place ("và huyện"), a plural one ("và các huyện") or a lower-case
word after the level keep the list as it was."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignees, action", [
    ("Sau đó, UBND tỉnh Bình Phước có công văn chỉ đạo Sở Tài nguyên và Môi trường, Công an tỉnh và huyện "
     "Đồng Phú giải quyết kiến nghị trên.",
     ["Sở Tài nguyên và Môi trường", "Công an tỉnh", "huyện Đồng Phú"], "giải quyết kiến nghị trên"),
    ("UBND TP.HCM giao Sở Xây dựng, Công an thành phố và quận 3 kiểm tra công trình.",
     ["Sở Xây dựng", "Công an thành phố", "quận 3"], "kiểm tra công trình"),
    ("UBND tỉnh Quảng Nam yêu cầu Sở Y tế và thị xã Điện Bàn khẩn trương kiểm tra vụ ngộ độc.",
     ["Sở Y tế", "thị xã Điện Bàn"], "khẩn trương kiểm tra vụ ngộ độc"),
    ("UBND huyện Hòa Vang giao Công an huyện và xã Hòa Phú xử lý dứt điểm vụ việc.",
     ["Công an huyện", "xã Hòa Phú"], "xử lý dứt điểm vụ việc"),
])
def test_local_unit_in_list(run, text, assignees, action):
    got = pairs(run(text))
    for a in assignees:
        assert (a, action) in got, got


@pytest.mark.parametrize("text, not_split", [
    ("UBND tỉnh giao Sở Y tế và các huyện Đông Anh, Sóc Sơn kiểm tra.", "Sở Y tế"),
    ("UBND tỉnh giao Sở Y tế và huyện kiểm tra.", "Sở Y tế"),
    ("UBND tỉnh giao Sở Y tế và xã vùng cao kiểm tra.", "Sở Y tế"),
])
def test_no_local_unit(run, text, not_split):
    assert not any(t.assignee == not_split for t in run(text)), pairs(run(text))
