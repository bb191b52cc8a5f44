"""Task pattern family of "together" after a plural assignee ("đề nghị hai bên cùng phối hợp ...", "các
địa phương cùng nhau chung tay ..."): the adverb opens the action, never ends the assignee; before a noun
"cùng" still joins assignees ("Sở Y tế cùng các đơn vị liên quan ..."), and "cùng" with one bare verb is
no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng đề nghị hai bên cùng phối hợp đẩy mạnh hợp tác trong lĩnh vực giáo dục.",
     "hai bên", "cùng phối hợp đẩy mạnh hợp tác trong lĩnh vực giáo dục"),
    ("Thủ tướng đề nghị các bộ, ngành cùng vào cuộc xử lý dứt điểm các dự án tồn đọng.",
     "các bộ, ngành", "cùng vào cuộc xử lý dứt điểm các dự án tồn đọng"),
    ("Bộ trưởng yêu cầu các địa phương cùng chung tay hỗ trợ người dân vùng lũ.",
     "các địa phương", "cùng chung tay hỗ trợ người dân vùng lũ"),
    ("Chủ tịch đề nghị hai bên cùng nhau thúc đẩy hợp tác thương mại.",
     "hai bên", "cùng nhau thúc đẩy hợp tác thương mại"),
])
def test_jointly_opens_the_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_jointly_before_a_noun_joins_assignees(run):
    got = {a for a, _ in pairs(run("UBND tỉnh giao Sở Tài chính cùng Sở Xây dựng rà soát giá vật liệu."))}
    assert got and all(not a.endswith("cùng") for a in got)


def test_jointly_with_one_bare_verb_is_no_task(run):
    assert run("Thủ tướng đề nghị doanh nghiệp hai bên cùng giải quyết.") == []
