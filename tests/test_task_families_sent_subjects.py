"""Tasks: a document sent to a body "về việc ..." names what the document is about, not an action of the
addressee's ("Cục X có văn bản gửi Sở Y về việc chủ động tăng cường ..."); a directive verb right after the
addressee, or a cue, still gives the addressee's task (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text", [
    "Ngày 25-11, Cục Y tế dự phòng đã có văn bản gửi Sở Y tế tỉnh Lào Cai về việc chủ động tăng cường công tác "
    "phòng, chống bệnh sởi.",
    "Sở Tài chính đã có công văn gửi UBND huyện Tân Phú về việc khẩn trương rà soát các dự án chậm tiến độ.",
    "Cục Y tế dự phòng đã có văn bản gửi Sở Y tế tỉnh Hòa Bình và Viện Vệ sinh dịch tễ trung ương về việc chủ động "
    "phòng, chống bệnh bạch hầu.",
])
def test_a_sent_documents_subject_is_no_task(run, text):
    assert not [t for t in run(text) if "về việc" in t.assignee or t.action.startswith(("chủ động", "khẩn trương"))]


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND tỉnh có công văn gửi Công an tỉnh kiểm tra, giải quyết đơn của bà Lê Thị Mai.",
     "Công an tỉnh", "kiểm tra, giải quyết đơn của bà Lê Thị Mai"),
    ("Bộ Nội vụ đã có văn bản gửi Bộ Công an đề nghị phối hợp xử lý các thông tin sai sự thật về việc sáp nhập.",
     "Bộ Công an", "phối hợp xử lý các thông tin sai sự thật về việc sáp nhập"),
])
def test_the_addressees_action_stays(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
