"""Task pattern families of duties whose assignee is carried over from the sentence before, on
constructed texts with several variants: a sentence opening with the continuation phrase 'Trên cơ sở
đó,' right after a directive, then a duty verb (or a modal and one), is one more duty of that
directive's assignee from the same speaker; a subject of its own after the phrase (a report), or no
directive right before it, gives no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("lead, assignee", [
    ("Thủ tướng yêu cầu Bộ Xây dựng rà soát các quy định về nhà ở xã hội. ", "Bộ Xây dựng"),
    ("Bộ trưởng đề nghị các địa phương tổng hợp nhu cầu vốn của các dự án. ", "các địa phương"),
    ("UBND tỉnh yêu cầu Sở Tài chính nghiên cứu các phương án giá đất. ", "Sở Tài chính"),
])
@pytest.mark.parametrize("follow, action", [
    ("Trên cơ sở đó, khẩn trương đề xuất sửa đổi các nghị định liên quan.",
     "khẩn trương đề xuất sửa đổi các nghị định liên quan"),
    ("Trên cơ sở đó, cần chủ động bố trí ngân sách cho công tác bồi thường.",
     "chủ động bố trí ngân sách cho công tác bồi thường"),
    ("Trên cơ sở đó tham mưu ban hành bảng giá đất mới.", "tham mưu ban hành bảng giá đất mới"),
])
def test_on_that_basis_goes_on_with_the_assignee(run, lead, assignee, follow, action):
    tasks = run(lead + follow)
    assert (assignee, action) in pairs(tasks)
    assert len({t.assigner for t in tasks}) == 1  # the directive's speaker assigns the carried duty too


@pytest.mark.parametrize("follow", [
    "Trên cơ sở đó, chủ đầu tư đã hoàn thiện hồ sơ gửi Sở Xây dựng.",
    "Trên cơ sở đó, Sở Tài chính đã trình UBND tỉnh phương án mới.",
])
def test_on_that_basis_with_its_own_subject_is_no_duty(run, follow):
    got = pairs(run("UBND tỉnh yêu cầu Sở Tài chính nghiên cứu các phương án giá đất. " + follow))
    assert got == {("Sở Tài chính", "nghiên cứu các phương án giá đất")}


def test_on_that_basis_without_a_directive_before_is_no_task(run):
    assert run("Năm 2024, tỉnh đã hoàn thành việc kiểm kê đất đai. "
               "Trên cơ sở đó, khẩn trương lập phương án bồi thường, tái định cư.") == []


def test_on_that_basis_inside_an_action_stays_in_it(run):
    got = pairs(run("Thủ tướng yêu cầu Bộ Xây dựng rà soát các quy định về nhà ở xã hội, "
                    "trên cơ sở đó đề xuất sửa đổi các nghị định liên quan."))
    assert got == {("Bộ Xây dựng", "rà soát các quy định về nhà ở xã hội, trên cơ sở đó đề xuất sửa đổi "
                                   "các nghị định liên quan")}
