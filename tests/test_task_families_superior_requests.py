"""Task pattern family of a request to a superior named by its title or as a central body ("Tỉnh X kiến nghị Thủ
tướng | xem xét ...", "UBND tỉnh đề nghị Chính phủ | cho phép ...", "Bộ X đề xuất Quốc hội | bổ sung ..."): the
title or the body is the assignee, the request's verb opens the action, and "có cơ chế / có chính sách / có chế
tài" opens it too ("kiến nghị Chính phủ | có cơ chế hỗ trợ ..."), never read as part of the addressee's name. A
superior's own instruction downwards keeps its addressee; a proposal with no addressee, a proposal to the
competent authority, a question and a report of a policy stay no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND tỉnh Kon Tum kiến nghị Thủ tướng xem xét cho phép kéo dài thời gian giải ngân vốn năm trước.",
     "Thủ tướng", "xem xét cho phép kéo dài thời gian giải ngân vốn năm trước"),
    ("Tỉnh Bạc Liêu đề nghị Chính phủ sớm ban hành hướng dẫn về thu tiền sử dụng đất.",
     "Chính phủ", "sớm ban hành hướng dẫn về thu tiền sử dụng đất"),
    ("Bộ Nông nghiệp đề xuất Quốc hội bổ sung một điều về rừng phòng hộ vào dự án luật.",
     "Quốc hội", "bổ sung một điều về rừng phòng hộ vào dự án luật"),
    ("Sở Xây dựng tỉnh Lào Cai kiến nghị Trung ương chấp thuận chủ trương mở rộng khu công nghiệp.",
     "Trung ương", "chấp thuận chủ trương mở rộng khu công nghiệp"),
    ("Hội Luật gia tỉnh kiến nghị Chủ tịch nước xem xét ân giảm án cho một bị cáo.",
     "Chủ tịch nước", "xem xét ân giảm án cho một bị cáo"),
])
def test_a_title_or_a_central_body_is_the_addressee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Hiệp hội doanh nghiệp kiến nghị Chính phủ có cơ chế hỗ trợ lãi suất cho doanh nghiệp nhỏ.",
     "Chính phủ", "có cơ chế hỗ trợ lãi suất cho doanh nghiệp nhỏ"),
    ("UBND tỉnh Ninh Bình kiến nghị Thủ tướng có chính sách hỗ trợ riêng cho vùng chiêm trũng.",
     "Thủ tướng", "có chính sách hỗ trợ riêng cho vùng chiêm trũng"),
    ("Cử tri huyện ven biển đề nghị Quốc hội có chế tài xử lý thật nặng tàu cá vi phạm.",
     "Quốc hội", "có chế tài xử lý thật nặng tàu cá vi phạm"),
    ("Nhiều địa phương kiến nghị Trung ương có chính sách tăng cường đội ngũ y tế cơ sở.",
     "Trung ương", "có chính sách tăng cường đội ngũ y tế cơ sở"),
    ("Thủ tướng yêu cầu UBND các tỉnh có cơ chế hỗ trợ nhà đầu tư vào nông nghiệp.",
     "UBND các tỉnh", "có cơ chế hỗ trợ nhà đầu tư vào nông nghiệp"),
])
def test_a_policy_or_a_mechanism_asked_for_opens_the_action(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got
    assert all(" có " not in f" {a} " for a, _ in got)


def test_a_superiors_instruction_downwards_keeps_its_addressee(run):
    got = pairs(run("Thủ tướng đề nghị Bộ Nội vụ xem xét cắt giảm thủ tục cho doanh nghiệp."))
    assert ("Bộ Nội vụ", "xem xét cắt giảm thủ tục cho doanh nghiệp") in got
    assert all(a != "Thủ tướng" for a, _ in got)


@pytest.mark.parametrize("text", [
    "Tỉnh Hà Giang đề xuất có cơ chế riêng cho các huyện biên giới.",
    "Hợp tác xã chè Tân Tiến đề xuất cấp có thẩm quyền có cơ chế hỗ trợ vốn cho vùng chè.",
    "Chính phủ có chính sách gì để hỗ trợ người trồng cà phê?",
    "Nhiều năm nay, Quốc hội đã có cơ chế giám sát riêng đối với các dự án trọng điểm.",
    "Theo ông, Nhà nước cần có chính sách hỗ trợ người trồng lúa.",
])
def test_no_addressee_the_competent_authority_a_question_or_a_report_is_no_task(run, text):
    assert run(text) == []
