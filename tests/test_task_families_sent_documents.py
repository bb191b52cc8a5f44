"""Task pattern family of a document sent to a body for it to act, with no cue, on constructed sentences
with several variants: "<sender> có công văn / văn bản gửi <body> <directive verb> ...", "... hồ sơ gửi
<body> kiểm tra ...", "... gửi <bodies> để <verb> ...", "gửi đơn thỉnh cầu lên <body> để <verb> ..." make the
addressee the assignee and the sender the assigner. The sender's own purpose ("để lấy ý kiến", "để được
cấp phép"), the sender's own verbs ("phản ánh", "tố cáo"), something sent that is no document ("thư chúc
mừng", "nhu cầu vốn") and a verb no directive after the addressee give no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Ngày 5-11, UBND tỉnh Quảng Nam cho hay đã có công văn gửi Công an tỉnh Quảng Nam kiểm tra, giải quyết "
     "vi phạm hành chính về môi trường.",
     "Ủy ban nhân dân tỉnh Quảng Nam", "Công an tỉnh Quảng Nam",
     "kiểm tra, giải quyết vi phạm hành chính về môi trường"),
    ("Theo ông Hoàng Quốc Cường, UBND TP Cần Thơ đã có văn bản gửi Chính phủ, các bộ, ngành để tháo gỡ về "
     "tiêu chuẩn trang thiết bị.",
     "Ủy ban nhân dân thành phố Cần Thơ", "Chính phủ, các bộ, ngành", "tháo gỡ về tiêu chuẩn trang thiết bị"),
    ("Trên cơ sở đó, chủ đầu tư đã hoàn thiện hồ sơ gửi Sở Xây dựng kiểm tra, xem xét, chấp thuận kết quả "
     "nghiệm thu.",
     "chủ đầu tư", "Sở Xây dựng", "kiểm tra, xem xét, chấp thuận kết quả nghiệm thu"),
    ("Bộ Nội vụ đã có văn bản gửi Bộ Công an để phối hợp rà soát hồ sơ cán bộ.",
     "Bộ Nội vụ", "Bộ Công an", "phối hợp rà soát hồ sơ cán bộ"),
])
def test_document_sent_for_action(run, text, assigner, assignee, action):
    tasks = run(text)
    assert (assignee, action) in pairs(tasks), pairs(tasks)
    assert next(t.assigner for t in tasks if t.assignee == assignee) == assigner


def test_petition_sent_up(run):
    text = ("Một nhóm thượng nghị sĩ đã gửi đơn thỉnh cầu lên Tòa án Hiến pháp để điều tra hành vi của bà "
            "Paetongtarn.")
    assert ("Tòa án Hiến pháp", "điều tra hành vi của bà Paetongtarn") in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Người dân gửi đơn lên UBND huyện Hòa Vang phản ánh việc cấp sổ đỏ sai.",
    "Bộ Tài chính gửi các bộ ngành, UBND các tỉnh để lấy ý kiến về dự thảo.",
    "Bộ Tài chính đã có văn bản gửi các bộ, ngành để lấy ý kiến về dự thảo luật.",
    "Công ty đã gửi hồ sơ đến Sở Xây dựng để được cấp phép xây dựng.",
    "UBND tỉnh gửi thư chúc mừng tới Bộ Y tế nhân ngày Thầy thuốc Việt Nam.",
    "Địa phương khẩn trương gửi Bộ Tài chính nhu cầu vốn để tổng hợp.",
    "Ông Nguyễn Văn An đã gửi văn bản tới Bộ Công an trình bày sự việc.",
    "Bà Trần Thị Hoa đã gửi đơn tố cáo lên Công an tỉnh Quảng Nam.",
    # an addressee that is no name: a generic or a demonstrative one
    "Cục Hàng không Việt Nam đã có công điện gửi các đơn vị có liên quan triển khai phương án ứng phó bão.",
    "UBND tỉnh Quảng Nam cho hay đã có công văn gửi công an tỉnh này kiểm tra, giải quyết vi phạm.",
])
def test_no_task_from_what_was_sent(run, text):
    assert run(text) == []


def test_report_after_the_action_is_cut(run):
    text = ("Chủ đầu tư đã hoàn thiện hồ sơ gửi Sở Xây dựng kiểm tra công tác nghiệm thu công trình theo quy định "
            "và sở đã hướng dẫn, yêu cầu bổ sung một số nội dung.")
    assert ("Sở Xây dựng", "kiểm tra công tác nghiệm thu công trình theo quy định") in pairs(run(text))

