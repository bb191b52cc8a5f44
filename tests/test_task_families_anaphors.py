"""Task pattern family of demonstrative assignees, on constructed sentences with several variants: "Bộ
này / Sở này / Cục này phải ..." is the last assignee named with the same head before it, not the
nearest body printed (which may sit inside an earlier action), and stays as printed without one."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng giao Bộ Xây dựng chủ trì rà soát hệ thống pháp luật về nhà ở. Bên cạnh đó, Bộ này phải "
     "phối hợp với Bộ Tài chính xây dựng đề án thí điểm.",
     "Bộ Xây dựng", "phối hợp với Bộ Tài chính xây dựng đề án thí điểm"),
    # another assignee between, and another ministry inside an earlier action
    ("Thủ tướng giao Bộ Xây dựng chủ trì rà soát hệ thống pháp luật về nhà ở. Bên cạnh đó, Bộ này phải "
     "phối hợp với Bộ Nông nghiệp và Môi trường, Bộ Tài chính xây dựng đề án thí điểm. Các địa phương cần "
     "công bố giá vật liệu xây dựng. Cùng với đó, Bộ này phải hoàn thiện cơ sở dữ liệu quốc gia về đất đai.",
     "Bộ Xây dựng", "hoàn thiện cơ sở dữ liệu quốc gia về đất đai"),
    ("UBND tỉnh giao Sở Y tế kiểm tra các cơ sở khám chữa bệnh tư nhân. Sở này cũng phải báo cáo kết quả "
     "kiểm tra trước ngày 30/6.",
     "Sở Y tế", "báo cáo kết quả kiểm tra"),
    ("Bộ trưởng yêu cầu Cục Quản lý thị trường tăng cường kiểm tra hàng giả. Cục này cũng phải công khai "
     "kết quả xử lý các vụ vi phạm.",
     "Cục Quản lý thị trường", "công khai kết quả xử lý các vụ vi phạm"),
])
def test_demonstrative_is_last_assignee(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got
    assert not any(a.endswith(" này") for a, _ in got)


def test_demonstrative_without_earlier_assignee_stays(run):
    got = pairs(run("UBND tỉnh giao Sở Y tế kiểm tra các cơ sở khám chữa bệnh. Bộ này phải hoàn thiện cơ "
                    "sở dữ liệu quốc gia về y tế."))
    assert all(a != "Sở Y tế" or "dữ liệu" not in act for a, act in got)
