"""Task pattern families of reported speech without a cue, each on constructed sentences with several
variants: a sentence names who speaks with a verb of directing speech ("Bộ trưởng nhấn mạnh ...",
"Phó Thủ tướng lưu ý ...") and the next sentences of its paragraph state duties of an agent with a modal
("Các bộ, ngành phải ..."); ordinal paragraphs right after it ("Thứ nhất, X phải ...") go on with the same
speech. Reports, wishes, opinions without an agent, pledges, a person's plight, another paragraph and
speech of a body or of citizens stay none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Phát biểu tại hội nghị, Bộ trưởng Nguyễn Văn An nhấn mạnh việc sắp xếp bộ máy là nhiệm vụ rất lớn. "
     "Vì vậy các bộ, ngành phải tập trung hướng dẫn tất cả các văn bản có liên quan.",
     "các bộ, ngành", "tập trung hướng dẫn tất cả các văn bản có liên quan"),
    ("Phó Thủ tướng Trần Văn Bình lưu ý tiến độ dự án còn chậm so với kế hoạch. "
     "Các địa phương cần khẩn trương hoàn thành công tác giải phóng mặt bằng.",
     "Các địa phương", "khẩn trương hoàn thành công tác giải phóng mặt bằng"),
    ("Chủ tịch UBND tỉnh Lê Thị Cúc nêu rõ nhiều công trình còn chậm. Thời gian tới, "
     "Sở Xây dựng phải kiểm tra chặt chẽ chất lượng các công trình trên địa bàn.",
     "Sở Xây dựng", "kiểm tra chặt chẽ chất lượng các công trình trên địa bàn"),
])
def test_duty_after_a_speaker_in_the_same_paragraph(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got


def test_ordinal_paragraphs_after_the_speaker_are_his_duties(run):
    text = ("Để đạt mục tiêu này, Thủ tướng Phạm Văn Dũng nhấn mạnh 3 nhóm nhiệm vụ trọng tâm.\n"
            "Thứ nhất, cấp ủy, chính quyền, đặc biệt là người đứng đầu, các bộ, ngành, địa phương phải quan "
            "tâm, lãnh đạo, chỉ đạo đúng mức.\n"
            "Thứ hai, các địa phương phải công bố công khai quỹ đất phát triển nhà ở xã hội.\n")
    got = run(text)
    assert ("cấp ủy, chính quyền, người đứng đầu, các bộ, ngành, địa phương",
            "quan tâm, lãnh đạo, chỉ đạo đúng mức") in pairs(got)
    assert ("các địa phương", "công bố công khai quỹ đất phát triển nhà ở xã hội") in pairs(got)
    assert {t.assigner for t in got} == {"Phạm Văn Dũng"}


@pytest.mark.parametrize("text", [
    # a report of what was done
    "Bộ trưởng Nguyễn Văn An nhấn mạnh kết quả đạt được. Các địa phương đã hoàn thành kế hoạch giải ngân.",
    # a wish is no directing speech
    "Tổng Bí thư Trần Văn Bình mong muốn thành phố phát triển. Thành phố cũng cần quan tâm đẩy mạnh hệ "
    "thống giao thông nội đô.",
    # an opinion without an agent
    "Bộ trưởng Nguyễn Văn An nhấn mạnh vai trò của thể chế. Cần sớm hoàn thiện các quy định về nhà ở.",
    # the speaker's own pledge
    "Bộ trưởng Nguyễn Văn An nhấn mạnh quyết tâm của Bộ. Chúng tôi sẽ hoàn thành nhiệm vụ trong năm nay.",
    # a person's plight, no office's duty
    "Người phát ngôn Lê Văn Cường nhấn mạnh tình hình căng thẳng. Thủ tướng Paetongtarn phải chịu sức ép "
    "rất lớn từ dư luận trong nước.",
    # citizens speak, no one directs
    "Các cử tri nêu rõ nhiều ý kiến bức xúc. Các bộ, ngành phải xem xét các quy định về kỷ luật cán bộ.",
])
def test_no_duty_without_a_directing_speaker_an_agent_and_a_modal(run, text):
    assert run(text) == []


def test_speech_ends_with_its_paragraph(run):
    text = ("Bộ trưởng Nguyễn Văn An nhấn mạnh việc sắp xếp bộ máy là nhiệm vụ rất lớn.\n"
            "Các bộ, ngành phải tập trung hướng dẫn tất cả các văn bản có liên quan.\n")
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Ông Nguyễn Tấn An, phó giám đốc Sở Giao thông vận tải, cho hay từ nay đến hết năm 2025, các địa phương "
     "phải hoàn thành việc xóa bỏ 69 lối đi tự mở.",
     "các địa phương", "hoàn thành việc xóa bỏ 69 lối đi tự mở", "2025-12-31"),
    ("Bộ trưởng Lê Văn Bình cho biết trong năm 2025, các bộ, ngành cần hoàn thiện các văn bản hướng dẫn.",
     "các bộ, ngành", "hoàn thiện các văn bản hướng dẫn", "2025"),
])
def test_opinion_verb_with_an_adverbial_before_the_agent_and_modal(run, text, assignee, action, deadline):
    got = run(text)
    assert (assignee, action) in pairs(got)
    assert [t.deadline for t in got if t.assignee == assignee] == [deadline]


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Tấn An cho hay từ nay đến hết năm 2025, các địa phương đã xóa bỏ 7 lối đi tự mở.",
    "Bộ trưởng Lê Văn Bình cho biết trong năm 2024, Bộ Tài chính đã hoàn thành kế hoạch giải ngân.",
])
def test_opinion_verb_with_an_adverbial_before_a_report_is_none(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, deadline", [
    ("UBND tỉnh yêu cầu các địa phương hoàn thành việc xóa bỏ lối đi tự mở đến hết năm 2025.", "2025-12-31"),
    ("Thủ tướng yêu cầu Bộ Xây dựng rà soát các dự án nhà ở xã hội đến hết năm 2026.", "2026-12-31"),
    ("Thủ tướng yêu cầu Bộ Xây dựng rà soát các dự án nhà ở xã hội trong năm 2026.", "2026"),
])
def test_a_deadline_through_a_year_is_its_last_day(run, text, deadline):
    assert [t.deadline for t in run(text)] == [deadline]
