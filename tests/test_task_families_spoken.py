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
