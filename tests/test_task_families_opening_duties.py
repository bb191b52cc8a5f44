"""Task pattern families of duties and passive assignments, each on constructed sentences with several
variants: a duty ("X có trách nhiệm <verb> ...") after a long opening clause of time or condition, an
agent head whose words are tagged as verbs ("chủ đầu tư"), and an adverb between the subject and the
passive marker ("Bộ X cũng được giao ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- duty after an opening clause


@pytest.mark.parametrize("text, assignee, action", [
    ("Trong thời hạn tối đa 30 ngày kể từ ngày nhận được hồ sơ hợp lệ của tổ chức, cá nhân nước ngoài quy "
     "định tại Khoản 1 Điều này, UBND cấp tỉnh có trách nhiệm kiểm tra hồ sơ.",
     "UBND cấp tỉnh", "kiểm tra hồ sơ"),
    ("Sau khi nghiệm thu hoàn thành công trình xây dựng đưa vào sử dụng, chủ đầu tư có trách nhiệm thực "
     "hiện kiểm toán, quyết toán chi phí đầu tư xây dựng.",
     "chủ đầu tư", "thực hiện kiểm toán, quyết toán chi phí đầu tư xây dựng"),
    ("Khi phát hiện sai phạm trong quá trình thi công các công trình giao thông trên địa bàn, Sở Xây dựng "
     "có trách nhiệm báo cáo ngay UBND tỉnh.",
     "Sở Xây dựng", "báo cáo ngay UBND tỉnh"),
    ("Trường hợp hồ sơ chưa đầy đủ theo quy định, Sở Tư pháp có trách nhiệm hướng dẫn tổ chức bổ sung hồ "
     "sơ.",
     "Sở Tư pháp", "hướng dẫn tổ chức bổ sung hồ sơ"),
])
def test_duty_after_opening_clause(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # a report of what was done: no duty phrase
    "Sau khi nghiệm thu hoàn thành công trình xây dựng đưa vào sử dụng, chủ đầu tư đã thực hiện kiểm "
    "toán chi phí đầu tư xây dựng.",
    # accountability, no action
    "Trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ hợp lệ của tổ chức, cá nhân, UBND cấp tỉnh chịu "
    "trách nhiệm trước pháp luật.",
    # a clause ends before the agent
    "Trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ. Theo đó trách nhiệm kiểm tra là rất lớn.",
])
def test_no_duty_after_opening_clause(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ đầu tư có trách nhiệm thực hiện kiểm toán, quyết toán chi phí đầu tư xây dựng.",
     "Chủ đầu tư", "thực hiện kiểm toán, quyết toán chi phí đầu tư xây dựng"),
    ("Theo quy định, chủ đầu tư có trách nhiệm công bố giá bán nhà ở xã hội.",
     "chủ đầu tư", "công bố giá bán nhà ở xã hội"),
    ("Các chủ đầu tư có trách nhiệm báo cáo tiến độ dự án hằng quý.",
     "Các chủ đầu tư", "báo cáo tiến độ dự án hằng quý"),
])
def test_duty_of_investor(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


# --------------------------------------------------------------------------- adverb before the passive marker


CUE = "Thủ tướng giao Bộ Xây dựng chủ trì rà soát hệ thống pháp luật về nhà ở. "


@pytest.mark.parametrize("text, assignee, action", [
    (CUE + "Bộ Xây dựng cũng được giao xây dựng chính sách thuê và thuê mua nhà cho người thu nhập thấp.",
     "Bộ Xây dựng", "xây dựng chính sách thuê và thuê mua nhà cho người thu nhập thấp"),
    (CUE + "Bộ Tài chính cũng được giao bố trí vốn cho các dự án nhà ở xã hội.",
     "Bộ Tài chính", "bố trí vốn cho các dự án nhà ở xã hội"),
    ("Ngân hàng Nhà nước cũng được giao hướng dẫn các ngân hàng thương mại giảm lãi suất cho vay.",
     "Ngân hàng Nhà nước", "hướng dẫn các ngân hàng thương mại giảm lãi suất cho vay"),
])
def test_adverb_before_passive_marker(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_past_passive_is_no_task(run):
    # "đã được giao" reports an assignment made before: no task
    got = pairs(run("Bộ Tài chính cũng đã được giao bố trí vốn cho các dự án nhà ở xã hội."))
    assert not any(a.startswith("Bộ Tài chính") for a, _ in got)
