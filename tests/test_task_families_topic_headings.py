"""Task pattern family: a topic heading a duty with a colon ("Về <topic>: <Directive verb> ...", "Đối với <topic>:
..."), the sentence right after a task: the duty goes on with that task's assignee, as a sentence opening with
the verb does. A topic naming an agent, a subject after the colon (a report: "Về Luật X: Chính phủ đã ..."), a
verb no directive, or no task right before give no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LEAD = ("Chủ tịch UBND tỉnh Bình Lâm chỉ đạo các sở, ngành phổ biến tới mọi công chức yêu cầu thực hành tiết "
        "kiệm trong chi tiêu công.\n")


@pytest.mark.parametrize("line, action", [
    ("Về công tác tuyển dụng: Tạm ngừng mọi kỳ thi tuyển công chức mới cho tới khi có hướng dẫn.",
     "Tạm ngừng mọi kỳ thi tuyển công chức mới cho tới khi có hướng dẫn"),
    ("Về rà soát, sắp xếp bộ máy: Tập trung rà soát các phòng, ban có chức năng chồng chéo.",
     "Tập trung rà soát các phòng, ban có chức năng chồng chéo"),
    ("Đối với xe công dôi dư: Rà soát toàn bộ số xe để đề xuất phương án điều chuyển.",
     "Rà soát toàn bộ số xe để đề xuất phương án điều chuyển"),
])
def test_topic_heading_a_duty(run, line, action):
    got = pairs(run(LEAD + line))
    assert ("các sở, ngành", action) in got


def test_topic_dates_the_duty(run):
    got = run(LEAD + "Về quản lý trụ sở: Rà soát các trụ sở bỏ trống để lập danh sách bán đấu giá trước ngày 30-6.")
    t = next(t for t in got if t.action.startswith("Rà soát các trụ sở"))
    assert t.assignee == "các sở, ngành" and t.deadline == "2025-06-30"


# --------------------------------------------------------------------------- near misses


@pytest.mark.parametrize("line", [
    "Về Luật Dược: Chính phủ đã sửa lại điều khoản về bán thuốc qua mạng.",
    "Về sắp xếp các trường học: Giữ nguyên các trường mầm non công lập hiện có.",
    "Đối với các sở, ngành: Rà soát ngay các khoản chi chưa cần thiết.",
])
def test_no_duty_of_the_last_assignee(run, line):
    got = pairs(run(LEAD + line))
    assert all(a != "các sở, ngành" or act.startswith("phổ biến") for a, act in got)


def test_no_task_before(run):
    text = ("Hội nghị nghe Sở Tài chính trình bày kết quả thu ngân sách năm nay.\n"
            "Về công tác tuyển dụng: Tạm ngừng mọi kỳ thi tuyển công chức mới cho tới khi có hướng dẫn.")
    assert run(text) == []
