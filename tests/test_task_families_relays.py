"""Task pattern family of agent-phrase speakers and relayed orders, on constructed texts with several
variants: a plural agent phrase speaking a cue ("Ủy ban nhân dân các tỉnh yêu cầu ...") speaks whole (the
tagger's one-word "person" at its head is no speaker), and a body directing inside a person's directive
passage relays his orders, so the subject duties after it stay his."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def triples(tasks):
    return {(t.assigner, t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("speaker, cue, assignee, action", [
    ("Ủy ban nhân dân các tỉnh", "yêu cầu", "các Ban Quản lý dự án", "khẩn trương hoàn thành công tác giải phóng mặt bằng"),
    ("Ủy ban nhân dân các huyện", "đề nghị", "Sở Tài chính", "sớm bố trí vốn cho dự án"),
    ("Ủy ban nhân dân các địa phương", "yêu cầu", "Sở Xây dựng", "khẩn trương rà soát quỹ đất"),
    ("Ủy ban nhân dân các tỉnh", "cũng đề nghị", "Bộ Tài chính", "bố trí đầy đủ vốn cho các dự án"),
    ("Ủy ban nhân dân các tỉnh", "đã yêu cầu", "các Ban Quản lý dự án", "khẩn trương bàn giao mặt bằng"),
])
def test_agent_phrase_speaks_whole(run, speaker, cue, assignee, action):
    got = triples(run(f"{speaker} {cue} {assignee} {action}."))
    assert (speaker, assignee, action) in got, got


def test_named_person_still_speaks(run):
    got = triples(run("Ông Tuấn yêu cầu Sở Xây dựng khẩn trương hoàn thành thủ tục."))
    assert ("Tuấn", "Sở Xây dựng", "khẩn trương hoàn thành thủ tục") in got


PASSAGE = ("Phó Thủ tướng Bùi Thanh Sơn yêu cầu các Bộ ngành khẩn trương giải quyết các nhiệm vụ được giao.\n"
           "{relay} yêu cầu các nhà thầu thường xuyên kiểm tra chất lượng công trình.\n"
           "{duty}\n")


@pytest.mark.parametrize("relay", ["Ủy ban nhân dân các tỉnh", "Ủy ban nhân dân tỉnh Quảng Ngãi",
                                   "Bộ Xây dựng"])
@pytest.mark.parametrize("duty, assignee, action", [
    ("Bộ Tài chính chủ động phối hợp với Văn phòng Chính phủ bổ sung nguồn vốn.", "Bộ Tài chính",
     "chủ động phối hợp với Văn phòng Chính phủ bổ sung nguồn vốn"),
    ("Ủy ban nhân dân các tỉnh khẩn trương chỉ đạo rà soát phương án đầu tư trạm dừng nghỉ.",
     "Ủy ban nhân dân các tỉnh", "khẩn trương chỉ đạo rà soát phương án đầu tư trạm dừng nghỉ"),
])
def test_relay_keeps_the_passage(run, relay, duty, assignee, action):
    got = triples(run(PASSAGE.format(relay=relay, duty=duty)))
    assert ("Bùi Thanh Sơn", assignee, action) in got, got
    assert (relay, "các nhà thầu", "thường xuyên kiểm tra chất lượng công trình") in got, got


def test_body_passage_without_person_is_its_own(run):
    got = triples(run("Ủy ban nhân dân tỉnh Quảng Ngãi yêu cầu các nhà thầu tăng cường nhân lực.\n"
                      "Sở Xây dựng chủ trì kiểm tra chất lượng công trình.\n"))
    assert ("Ủy ban nhân dân tỉnh Quảng Ngãi", "các nhà thầu", "tăng cường nhân lực") in got, got
