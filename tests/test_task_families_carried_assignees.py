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


@pytest.mark.parametrize("lead, speaker, assignee", [
    ("Bộ trưởng Phạm Thị Thanh Trà yêu cầu các đơn vị tập trung chuẩn bị kỹ lưỡng các nội dung phục vụ "
     "Kỳ họp thứ 9. ", "Bộ trưởng", "các đơn vị"),
    ("Thủ tướng đề nghị các bộ, ngành, địa phương tiếp tục quan tâm cho sự nghiệp giáo dục. ",
     "Thủ tướng", "các bộ, ngành, địa phương"),
    ("Chủ tịch UBND tỉnh Nguyễn Văn Phương yêu cầu Sở Tài chính khẩn trương rà soát các khoản chi "
     "thường xuyên. ", "ông Phương", "Sở Tài chính"),
    ("Bộ Xây dựng đề nghị các địa phương khẩn trương rà soát các dự án nhà ở xã hội. ",
     "Bộ Xây dựng", "các địa phương"),
])
@pytest.mark.parametrize("opener, cue", [
    ("Bên cạnh đó, ", "cũng đề nghị"),
    ("Ngoài ra, ", "yêu cầu"),
    ("", "cũng yêu cầu"),
    ("", "còn đề nghị"),
])
def test_speaker_again_without_assignee_goes_on_with_it(run, lead, speaker, assignee, opener, cue):
    follow = f"{opener}{speaker} {cue} rà soát chính sách liên quan đến phụ cấp đặc thù."
    tasks = run(lead + follow)
    assert (assignee, "rà soát chính sách liên quan đến phụ cấp đặc thù") in pairs(tasks)
    assert len({t.assigner for t in tasks}) == 1


@pytest.mark.parametrize("follow", [
    # another speaker
    "Phó Thủ tướng yêu cầu rà soát chính sách liên quan đến phụ cấp đặc thù.",
    # a sentence between the task and the speaker's new cue
    "Hội nghị diễn ra sôi nổi. Thủ tướng yêu cầu rà soát chính sách liên quan đến phụ cấp đặc thù.",
    # a new paragraph: the speaker turns to another matter
    "\nThủ tướng yêu cầu rà soát chính sách liên quan đến phụ cấp đặc thù.",
    # the cue is no verb of the speaker's own
    "Thủ tướng nhấn mạnh và đề nghị sớm rà soát chính sách liên quan đến phụ cấp đặc thù.",
])
def test_no_carried_assignee_without_the_guards(run, follow):
    got = pairs(run("Thủ tướng đề nghị các bộ, ngành, địa phương tiếp tục quan tâm cho sự nghiệp giáo dục. "
                    + follow))
    assert not any("rà soát chính sách" in a and x == "các bộ, ngành, địa phương" for x, a in got)
