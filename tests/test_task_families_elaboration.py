"""Task pattern families of sentences opening with "Trong đó, ..." (the details of a directive), each on
constructed texts with several variants: an agent with a modal right after a directive is one more
assignee of that directive's speaker; a cue right after the sentence's subject is read as anywhere;
nothing else in such a sentence is a task. Also: a bare duty opening with two directive verbs and a
comma ("Chấn chỉnh, khắc phục ...") goes on with the last task's assignee."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = ("UBND tỉnh Khánh Hòa yêu cầu các sở, ban, ngành khẩn trương thực hiện các nhiệm vụ trọng tâm trong "
       "sắp xếp tổ chức bộ máy.\n")


@pytest.mark.parametrize("between, line, assignee, action", [
    ("", "Trong đó, các cơ quan, đơn vị, địa phương cần tăng cường thông tin, tuyên truyền về sắp xếp bộ máy.",
     "các cơ quan, đơn vị, địa phương", "tăng cường thông tin, tuyên truyền về sắp xếp bộ máy"),
    ("", "Trong đó, Sở Nội vụ phải hướng dẫn quản lý, lưu trữ hồ sơ của các cơ quan bị sáp nhập.",
     "Sở Nội vụ", "hướng dẫn quản lý, lưu trữ hồ sơ của các cơ quan bị sáp nhập"),
    # a subheading between the directive and its details
    ("Kiên quyết xử lý các trường hợp sai phạm\n",
     "Trong đó, Sở Tài chính có trách nhiệm hướng dẫn kiểm kê tài sản, dự án công theo quy định.",
     "Sở Tài chính", "hướng dẫn kiểm kê tài sản, dự án công theo quy định"),
])
def test_an_agent_with_a_modal_details_the_directive(run, between, line, assignee, action):
    tasks = run(CUE + between + line)
    assert (assignee, action) in pairs(tasks)
    assert all("Khánh Hòa" in (t.assigner or "") for t in tasks)


@pytest.mark.parametrize("text", [
    # no directive before it
    "Trong đó, các bộ, ngành cần tập trung đánh giá, tìm ra nguyên nhân.",
    # a directive too far back
    CUE + "Năm 2024, tỉnh có 139 xã.\nDân số toàn tỉnh tăng nhanh.\nTrong đó, các huyện cần rà soát lại dân số.",
    # no modal: a report of what is being done
    CUE + "Trong đó, các cơ quan, đơn vị đã tăng cường thông tin, tuyên truyền.",
    # a composition, no agent
    CUE + "Trong đó, có 12 sở, ngành và 40 xã, phường.",
])
def test_no_assignee_in_other_elaborations(run, text):
    assert [t for t in run(text) if "Trong đó" in text.split("\n")[-1] and t.start >= text.rfind("Trong đó")] == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Trong đó, Tổng Bí thư đề nghị Bulgaria có tiếng nói thúc đẩy các nước thành viên EU sớm phê chuẩn "
     "Hiệp định EVIPA.", "Bulgaria", "có tiếng nói thúc đẩy các nước thành viên EU sớm phê chuẩn Hiệp định EVIPA"),
    ("Trong đó, Thủ tướng yêu cầu Bộ Tài chính hoàn thiện dự thảo nghị định về thuế.",
     "Bộ Tài chính", "hoàn thiện dự thảo nghị định về thuế"),
])
def test_a_cue_after_the_subject_is_read(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_a_cue_deep_in_a_meeting_agenda_is_not_read(run):
    text = ("Trong đó, dưới sự điều hành của Chủ tịch Quốc hội, Quốc hội nghe Thủ tướng trình bày tờ trình "
            "đề nghị Quốc hội xem xét miễn nhiệm chức vụ bộ trưởng Bộ Tài chính.")
    assert run(text) == []


@pytest.mark.parametrize("line, action", [
    ("Chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy trách nhiệm.",
     "Chấn chỉnh, khắc phục tình trạng né tránh, đùn đẩy trách nhiệm"),
    ("Rà soát, đánh giá kỹ tác động của việc sắp xếp đến cán bộ, công chức.",
     "Rà soát, đánh giá kỹ tác động của việc sắp xếp đến cán bộ, công chức"),
])
def test_two_directive_verbs_open_a_bare_duty(run, line, action):
    tasks = run("Thủ tướng yêu cầu Bộ Nội vụ khẩn trương hoàn thiện đề án sắp xếp bộ máy.\n" + line)
    assert ("Bộ Nội vụ", action) in pairs(tasks)


# --------------------------------------------------------------------------- a cue right after "Trong đó"


REPORT = "Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND thành phố cơ bản thống nhất với tờ trình. "


@pytest.mark.parametrize("text, assignee, action", [
    (REPORT + "Trong đó đề nghị UBND thành phố làm rõ thêm một số nội dung về điều kiện được hưởng hỗ trợ.",
     "UBND thành phố", "làm rõ thêm một số nội dung về điều kiện được hưởng hỗ trợ"),
    (REPORT + "Trong đó yêu cầu UBND thành phố giải trình cơ sở pháp lý của đề xuất.",
     "UBND thành phố", "giải trình cơ sở pháp lý của đề xuất"),
    ("Ủy ban Kinh tế cơ bản tán thành với dự thảo nghị quyết. Trong đó đề nghị cơ quan soạn thảo nghiên "
     "cứu bổ sung quy định về cơ chế chuyển tiếp.",
     "cơ quan soạn thảo", "nghiên cứu bổ sung quy định về cơ chế chuyển tiếp"),
])
def test_a_cue_right_after_the_opener_is_read(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    REPORT + "Trong đó yêu cầu về nhà ở xã hội chiếm tỷ lệ lớn nhất.",
    REPORT + "Trong đó nhiều ý kiến đề nghị làm rõ thêm.",
])
def test_no_task_after_the_opener_without_a_cue_and_agent(run, text):
    assert run(text) == []
