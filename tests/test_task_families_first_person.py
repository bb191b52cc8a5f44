"""Task family of a request spoken in the first person inside a quote: "tôi" / "chúng tôi" right before a
cue (an adverb between allowed: "tôi tha thiết kiến nghị ...") speaks it like a named speaker, so the agent
and the action after the cue are a task; the speaker is the person the passage quotes.

Near misses from ordinary news of other topics: a first-person cue with no agent after it (a claim, a
plea for oneself, a proposal of a figure, "đề xuất nghiên cứu ..."), the cue as a noun ("yêu cầu của anh
ấy"), a call nobody heeds, a proposal to a player in sport, a request to a partner the rules know no agent
for, a request to a utility printed as a bare common noun."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Đại biểu Lê Văn Hòa phát biểu tại hội trường. Ông nói: \"Tôi kiến nghị Quốc hội, Chính phủ xem xét "
     "điều chỉnh tăng lương cơ sở từ năm 2026\".",
     "Chính phủ", "xem xét điều chỉnh tăng lương cơ sở từ năm 2026"),
    ("Đại biểu Lê Văn Hòa phát biểu tại hội trường. Ông nói: \"Tôi đề nghị Chính phủ xem xét điều chỉnh "
     "tăng lương cơ sở từ năm 2026\".",
     "Chính phủ", "xem xét điều chỉnh tăng lương cơ sở từ năm 2026"),
    ("Đại biểu Trần Minh Khoa phát biểu. Do đó, tôi tha thiết kiến nghị Quốc hội xem xét giảm thuế giá trị "
     "gia tăng cho hộ kinh doanh.",
     "Quốc hội", "xem xét giảm thuế giá trị gia tăng cho hộ kinh doanh"),
    ("Cử tri Nguyễn Văn Bình phát biểu tại buổi tiếp xúc. “Chúng tôi đề nghị Quốc hội có ý kiến với "
     "thành phố xem xét quản lý chặt việc buôn bán tại chợ Bến Đá.",
     "Quốc hội", "có ý kiến với thành phố xem xét quản lý chặt việc buôn bán tại chợ Bến Đá"),
    ("Đại biểu Lê Thu Hà phát biểu. \"Chúng tôi đề nghị Bộ Y tế sớm ban hành danh mục thuốc thiết yếu mới\", "
     "bà Hà nói.",
     "Bộ Y tế", "sớm ban hành danh mục thuốc thiết yếu mới"),
])
def test_a_first_person_request(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "\"Tôi yêu cầu bồi thường toàn bộ thiệt hại\", chị Lan nói.",
    "\"Tôi đề nghị được giữ nguyên mức án\", bị cáo nói lời sau cùng.",
    "\"Chúng tôi đề nghị cần nêu rõ chỉ tiêu xét tuyển sớm\", đại diện trường cho biết.",
    "\"Tôi đề xuất nghiên cứu vấn đề này theo hướng khác\", nghiên cứu sinh kể.",
    "\"Tôi yêu cầu của anh ấy là quá đáng\", tiền đạo Minh Tuấn nói sau trận đấu.",
    "\"Chúng tôi đề nghị mức lương 20 triệu đồng nhưng công ty không đồng ý\", anh Hải kể.",
    "\"Tôi kêu gọi mãi mà không ai nghe\", bà Tư nói về trận lũ.",
    "\"Tôi đề nghị anh ấy ký hợp đồng mới nhưng anh từ chối\", huấn luyện viên Park nói.",
    "\"Nộp đơn xong, chúng tôi đề nghị điện lực hủy hợp đồng mua bán điện thì họ không làm\", bà Hoa nói.",
])
def test_no_first_person_request(run, text):
    assert run(text) == []
