"""Task family of a cue addressing all of a kind, on constructed sentences with several variants: right
after a cue, "tất cả / toàn thể / mọi" before an agent ("kêu gọi tất cả các bên liên quan ...", "yêu cầu toàn
thể cán bộ ...", "các chủ thể") makes them the assignee; "cho ý kiến" opens an action. Near misses: a
universal subject with no cue (an exhortation), "mọi" before a word naming no agent, a capitalized universal
word opening a quoted clause."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng yêu cầu tất cả các chủ thể phát huy tinh thần trách nhiệm để thị trường phát triển lành mạnh.",
     "tất cả các chủ thể", "phát huy tinh thần trách nhiệm để thị trường phát triển lành mạnh"),
    ("Chủ tịch UBND thành phố kêu gọi toàn thể cán bộ, người dân cùng tham gia tìm kiếm nguồn gây ô nhiễm.",
     "toàn thể cán bộ, người dân", "cùng tham gia tìm kiếm nguồn gây ô nhiễm"),
    ("Phó chủ tịch UBND tỉnh đề nghị tất cả sở ngành và Ban quản lý Khu kinh tế cho ý kiến về phương án.",
     "tất cả sở ngành và Ban quản lý Khu kinh tế", "cho ý kiến về phương án"),
    ("Bộ trưởng yêu cầu mọi đơn vị trong ngành nghiêm túc thực hiện chỉ thị.",
     "mọi đơn vị trong ngành", "nghiêm túc thực hiện chỉ thị"),
])
def test_a_cue_addressing_all(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_the_parties_of_a_program_are_assignees(run):
    assert ("các chủ thể có liên quan", "nắm chắc chủ trương, chính sách của Nhà nước") in pairs(run(
        "Thủ tướng yêu cầu các chủ thể có liên quan nắm chắc chủ trương, chính sách của Nhà nước."))


@pytest.mark.parametrize("text", [
    "Tất cả các bộ đều phải thực hiện nghiêm quy định này.",
    "Ông đề nghị mọi người bình tĩnh.",
    "Chủ tịch UBND thành phố nhấn mạnh: “Việc Khánh thành Nhà máy xử lý nước thải hôm nay là niềm vui lớn”.",
    "Toàn thể cán bộ, người dân đã tham gia dọn vệ sinh sau bão.",
])
def test_no_task(run, text):
    assert run(text) == []


def test_all_after_the_cue_comma_is_an_exhortation(run):
    tasks = run("Tổng Bí thư lưu ý, tất cả các cơ quan, đơn vị cần phải nêu gương, chịu trách nhiệm trước nhân dân.")
    assert not [t for t in tasks if t.assignee.startswith("tất cả")]
