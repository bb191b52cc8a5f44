"""Task pattern family of sentences opening with a preposition ("Bên cạnh mục tiêu ...", "Bên cạnh 22/34
địa phương ... thì ..."), on constructed texts with several variants: the noun phrase after the
preposition is its object, no assignee; "Bên cạnh đó," stays an adverbial skipped before the assignee."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = "Thủ tướng yêu cầu Bộ Xây dựng hoàn thiện thể chế về nhà ở.\n"


@pytest.mark.parametrize("sentence", [
    "Bên cạnh mục tiêu hỗ trợ nông nghiệp, nông dân, nông thôn, chính sách miễn thuế cũng cần khuyến khích sử dụng đất.",
    "Bên cạnh 22/34 địa phương dự kiến đạt chỉ tiêu được giao thì cũng có 8/34 địa phương khó hoàn thành chỉ tiêu.",
    "Bên cạnh các dự án trọng điểm phải hoàn thành trong năm, nhiều công trình khác cũng đang được triển khai.",
    "Bên cạnh việc các tỉnh cần rà soát quỹ đất, nhiều địa phương đã chủ động bố trí vốn.",
])
def test_object_of_preposition_is_no_assignee(run, sentence):
    got = pairs(run(CUE + sentence + "\n"))
    assert not any(a.lower().startswith("bên cạnh") for a, _ in got), got


@pytest.mark.parametrize("sentence, assignee, action", [
    ("Bên cạnh đó, các địa phương cần rà soát quỹ đất.", "các địa phương", "rà soát quỹ đất"),
    ("Bên cạnh đó các bộ, ngành phải khẩn trương ban hành văn bản hướng dẫn.", "các bộ, ngành",
     "khẩn trương ban hành văn bản hướng dẫn"),
])
def test_adverbial_still_skipped(run, sentence, assignee, action):
    assert (assignee, action) in pairs(run(CUE + sentence + "\n"))
