"""Task pattern families of dash lists under a directing lead, on constructed texts: a cue's sentence that
directs one assignee and ends with a colon ("... thời hạn đến hết ngày 10/8/2025, trong đó lưu ý:") opens
a list whose items, one a line, open with a dash and a verb and name no subject of their own; each is a
duty of the lead's assignee from the lead's speaker, with the lead's deadline where it prints none."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def triples(tasks):
    return {(t.assignee, t.action, t.deadline) for t in tasks}


LEADS = [
    ("Phó Thủ tướng Nguyễn Hòa Bình yêu cầu các bộ, ngành, địa phương khẩn trương rà soát các dự án tồn "
     "đọng, tổng hợp gửi về Ban chỉ đạo thời hạn đến hết ngày 10/8/2025, trong đó lưu ý:",
     "các bộ, ngành, địa phương", "2025-08-10"),
    ("Bộ trưởng Bộ Xây dựng yêu cầu Cục Đường bộ Việt Nam hoàn thành việc sửa chữa các cầu yếu trước "
     "ngày 30/6/2025, cụ thể:", "Cục Đường bộ Việt Nam", "2025-06-30"),
    ("Chủ tịch UBND tỉnh giao Sở Tài chính hoàn thiện hồ sơ thanh toán trong tháng 9/2025, trong đó:",
     "Sở Tài chính", "2025-09"),
]

ITEMS = [
    "- Rà soát chỉ đề xuất các dự án có khó khăn, vướng mắc sau khi có kết luận thanh tra.",
    "- Đối chiếu các vấn đề của dự án để xác định chính xác tình huống pháp lý.",
    "- Chịu trách nhiệm toàn diện trước Thủ tướng Chính phủ nếu phát sinh sai phạm.",
]


@pytest.mark.parametrize("lead, assignee, deadline", LEADS)
def test_dash_items_share_the_leads_assignee_and_deadline(run, lead, assignee, deadline):
    got = triples(run(lead + "\n" + "\n".join(ITEMS) + "\n"))
    for item in ITEMS:
        assert (assignee, item[2:-1], deadline) in got


@pytest.mark.parametrize("bullet", ["-", "+", "•", "–"])
def test_each_bullet_mark_opens_an_item(run, bullet):
    lead, assignee, deadline = LEADS[1]
    text = (lead + f"\n{bullet} Kiểm tra toàn bộ các cầu yếu trên tuyến;\n"
            f"{bullet} Lập phương án phân luồng giao thông;\n")
    got = triples(run(text))
    assert (assignee, "Kiểm tra toàn bộ các cầu yếu trên tuyến", deadline) in got
    assert (assignee, "Lập phương án phân luồng giao thông", deadline) in got


def test_an_items_own_date_wins(run):
    lead, assignee, _ = LEADS[1]
    got = triples(run(lead + "\n- Kiểm tra toàn bộ các cầu yếu trên tuyến.\n"
                             "- Đối chiếu hồ sơ thiết kế trước ngày 15/7/2025.\n"))
    assert (assignee, "Đối chiếu hồ sơ thiết kế", "2025-07-15") in got


def test_a_reporting_lead_opens_no_list(run):
    text = ("Theo báo cáo, các địa phương đã hoàn thành nhiều nhiệm vụ trong năm 2024, cụ thể:\n"
            "- Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật.\n")
    assert not run(text)


@pytest.mark.parametrize("text", [
    # a lead ending with a full stop opens no list: the next sentence goes on without its deadline
    "Thủ tướng yêu cầu Bộ Tài chính hoàn thiện hồ sơ trước ngày 10/6/2025.\n"
    "- Đối chiếu các quy định về đầu tư.\n",
    # a lead of two assignees opens no list of one
    "Thủ tướng yêu cầu Bộ Tài chính hoàn thiện hồ sơ trước ngày 10/6/2025; giao Bộ Xây dựng rà soát các "
    "quy định trước ngày 20/6/2025, trong đó:\n- Đối chiếu các quy định về đầu tư.\n",
])
def test_no_leads_deadline_without_a_one_assignee_lead_with_a_colon(run, text):
    assert all(t.deadline is None for t in run(text) if t.action.startswith("Đối chiếu"))


def test_an_item_that_reports_is_no_duty_and_closes_the_list(run):
    lead, assignee, _ = LEADS[1]
    got = triples(run(lead + "\n- Đã hoàn thành kiểm tra 5 cầu yếu.\n- Đối chiếu hồ sơ thiết kế.\n"))
    assert not any(a.startswith(("Đã", "Đối chiếu")) for _, a, _ in got)


def test_an_item_with_its_own_subject_is_not_the_leads(run):
    lead, assignee, _ = LEADS[1]
    got = triples(run(lead + "\n- Bộ Tài chính bố trí đủ vốn cho dự án.\n"))
    assert not any(x == assignee and a.startswith("Bộ Tài chính") for x, a, _ in got)
    assert not any(x == assignee and "bố trí đủ vốn" in a for x, a, _ in got)


def test_a_lead_that_goes_on_after_a_cue_opens_a_list_too(run):
    text = ("Phó Thủ tướng Nguyễn Hòa Bình yêu cầu các bộ, ngành, địa phương nghiên cứu kỹ các quy định của pháp "
            "luật hiện hành. Trên cơ sở đó, khẩn trương rà soát, xác định tất cả các dự án có tình huống pháp lý "
            "tương tự, tổng hợp gửi về Ban chỉ đạo thời hạn đến hết ngày 10/8/2025, trong đó lưu ý:\n"
            + "\n".join(ITEMS) + "\n")
    got = triples(run(text))
    for item in ITEMS:
        assert ("các bộ, ngành, địa phương", item[2:-1], "2025-08-10") in got

