"""Task pattern families of portal directives printed one assignee a paragraph: a duty paragraph that
opens with a purpose clause ("Để bảo đảm tiến độ, Bộ X chủ trì ...") inside a directive passage, and
the deadline of a duty printed after ";" (its own clause's date, not a later clause's)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = "Thủ tướng yêu cầu các bộ, ngành, địa phương triển khai ngay một số nhiệm vụ trọng tâm.\n"


@pytest.mark.parametrize("line, assignee, action", [
    ("Để xây dựng văn bản quy định chi tiết, Bộ Xây dựng chủ trì, phối hợp với các bộ, ngành liên quan "
     "khẩn trương nghiên cứu, xây dựng nghị định.",
     "Bộ Xây dựng", "chủ trì, phối hợp với các bộ, ngành liên quan khẩn trương nghiên cứu, xây dựng nghị định"),
    ("Để bảo đảm tiến độ, Ủy ban nhân dân các tỉnh khẩn trương hoàn thành công tác giải phóng mặt bằng.",
     "Ủy ban nhân dân các tỉnh", "khẩn trương hoàn thành công tác giải phóng mặt bằng"),
    ("Để tổ chức thực hiện các quy định, các bộ, cơ quan ngang bộ cần rà soát lại các thủ tục hành chính.",
     "các bộ, cơ quan ngang bộ", "rà soát lại các thủ tục hành chính"),
])
def test_purpose_opener_in_a_passage(run, line, assignee, action):
    assert (assignee, action) in pairs(run(CUE + line))


def test_purpose_opener_keeps_the_passage_open(run):
    text = (CUE + "Để bảo đảm tiến độ, Bộ Tài chính bố trí đủ vốn cho các dự án trọng điểm.\n"
            "Bộ Nông nghiệp và Môi trường rà soát chính sách về đất đai có liên quan.\n")
    got = pairs(run(text))
    assert ("Bộ Tài chính", "bố trí đủ vốn cho các dự án trọng điểm") in got
    assert ("Bộ Nông nghiệp và Môi trường", "rà soát chính sách về đất đai có liên quan") in got


@pytest.mark.parametrize("line", [
    "Để bảo đảm tiến độ, các địa phương đã hoàn thành công tác giải phóng mặt bằng.",  # a report
    "Để đạt mục tiêu này, cả nước có 686 dự án nhà ở xã hội.",  # no agent, no duty
])
def test_purpose_opener_without_a_duty(run, line):
    assert all(t.assignee == "các bộ, ngành, địa phương" for t in run(CUE + line))


def test_purpose_opener_outside_a_passage(run):
    assert run("Để bảo đảm tiến độ, Bộ Tài chính bố trí đủ vốn cho các dự án trọng điểm.") == []


def test_purpose_dates_are_no_deadline(run):
    tasks = run(CUE + "Để hoàn thành dự án trong năm 2026, Bộ Xây dựng chủ trì rà soát hồ sơ các gói thầu.")
    t = next(t for t in tasks if t.assignee == "Bộ Xây dựng")
    assert t.deadline is None


@pytest.mark.parametrize("middle", [
    "chủ trì rà soát, cắt giảm các thủ tục hành chính rườm rà",
    "chủ trì tổng hợp ý kiến của các bộ, ngành liên quan",
])
def test_semicolon_duty_takes_no_later_clause_deadline(run, middle):
    text = (CUE + "Bộ Xây dựng chủ trì xây dựng nghị định hướng dẫn, trình Chính phủ trong tháng 6 năm 2025; "
            f"{middle}; chủ trì nghiên cứu thành lập Quỹ nhà ở quốc gia, hoàn thành trong tháng 9 năm 2025.")
    by_action = {t.action: t.deadline for t in run(text) if t.assignee == "Bộ Xây dựng"}
    assert by_action.get(middle, "missing") is None
    assert by_action.get("chủ trì xây dựng nghị định hướng dẫn, trình Chính phủ") == "2025-06"


def test_purpose_opener_before_a_cue_is_not_skipped(run):
    # the purpose is skipped only before an assignee's duty; a cue after it reads as before
    text = (CUE + "Để tiếp tục hoàn thiện dự thảo, đề nghị cần rà soát kỹ lưỡng các quy định; rà soát với các "
            "văn bản luật đang trình Quốc hội.")
    assert all(t.assignee == "các bộ, ngành, địa phương" for t in run(text))
