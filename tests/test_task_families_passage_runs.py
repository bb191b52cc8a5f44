"""Task pattern families of directive layout: a passage printed one assignee a paragraph stays open
while its paragraphs read as duties (and across a portal's subheading phrased as a duty, however the
tagger groups its capitalized first words); inside it a body that directs with a cue verb ("Ngân hàng
Nhà nước chỉ đạo các ngân hàng ...") is an assignee of the passage's speaker, while the one head of a
named body ("Người đứng đầu Chính phủ chỉ đạo Bộ X ...") speaks a cue."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LEAD = ("Thường trực Chính phủ giao Bộ Xây dựng chủ trì, phối hợp với Bộ Tài chính khẩn trương rà soát các "
        "quy định về nhà ở để xác định những tồn tại.\n")
SECOND = [
    "Bộ Nông nghiệp và Môi trường phối hợp chặt chẽ với Bộ Xây dựng để rà soát các quy định về đất đai.\n",
    "Bộ Tư pháp chủ trì thẩm định các văn bản sửa đổi theo trình tự rút gọn.\n",
]
HEADINGS = [
    "Nghiên cứu gói tín dụng trung hạn đối với các dự án nhà ở\n",
    "Rà soát các thủ tục cấp phép xây dựng\n",
]
DIRECTING = ("Ngân hàng Nhà nước Việt Nam chỉ đạo các ngân hàng thương mại tập trung cho vay đối với các dự "
             "án nhà ở có giá phù hợp.\n")


@pytest.mark.parametrize("second", SECOND)
def test_a_body_directing_two_paragraphs_after_the_cue_is_an_assignee(run, second):
    got = {(t.assigner, t.assignee) for t in run(LEAD + second + DIRECTING)}
    assert ("Thường trực Chính phủ", "Ngân hàng Nhà nước Việt Nam") in got


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_subheading_keeps_the_passage_open(run, heading):
    got = {(t.assigner, t.assignee) for t in run(LEAD + heading + DIRECTING)}
    assert ("Thường trực Chính phủ", "Ngân hàng Nhà nước Việt Nam") in got


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_head_of_a_named_body_directing_is_a_cue(run, heading):
    text = ("Thủ tướng Phạm Minh Chính yêu cầu các địa phương phát triển hạ tầng, tạo quỹ đất để phát triển nhà ở.\n"
            + heading + "Người đứng đầu Chính phủ chỉ đạo Bộ Xây dựng phối hợp với các địa phương kiểm tra, "
            "kịp thời tháo gỡ cho các dự án còn khó khăn.\n")
    tasks = run(text)
    assert not any(t.assignee.startswith("Người đứng đầu") for t in tasks)
    assert any(t.assignee == "Bộ Xây dựng" for t in tasks)


def test_heads_of_bodies_in_general_keep_their_duty(run):
    text = ("Thủ tướng yêu cầu các bộ tập trung tháo gỡ vướng mắc cho các dự án.\n"
            "Người đứng đầu các cơ quan, đơn vị phải chịu trách nhiệm về tiến độ giải ngân.\n")
    assert any(t.assignee.startswith("Người đứng đầu các cơ quan") for t in run(text))


def test_a_report_paragraph_still_ends_the_passage(run):
    text = (LEAD + "Theo báo cáo của Bộ Xây dựng, cả nước đã hoàn thành 120 dự án nhà ở xã hội.\n"
            "Các doanh nghiệp bất động sản đã chủ động tái cấu trúc danh mục dự án.\n")
    assert not any(t.assignee.startswith("Các doanh nghiệp") for t in run(text))
