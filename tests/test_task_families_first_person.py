"""Task family of a cue spoken in the first person (``first_person``: "tôi", "chúng tôi"): the pronoun opens the
sentence or a clause, only ``first_person_lead`` adverbs ("cũng", "tha thiết", "sẽ") stand between it and the
cue, and an assignee and an action follow ("“Tôi đề nghị Sở A ...”, ông B nói"). The person quoted asks: the
quote's speaker, else the person named nearest before it in its paragraph, else the one named after the quote.
Near misses: a negated cue, a wish ("mong"), the pronoun as no subject ("kể với tôi đề nghị của ..."), a request
of a person addressed as "chị", a prosecutor's proposal of a penalty, a request for oneself ("yêu cầu được
gặp luật sư"), "đề nghị là ...", a question, a universal audience ("mọi người") (constructed sentences,
invented names)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("“Dưới góc độ phụ huynh, tôi đề nghị Sở Giáo dục và Đào tạo tỉnh Hà Nam ban hành hướng dẫn về dạy thêm”, "
     "ông Khổng Văn Tài nói.",
     "Khổng Văn Tài", "Sở Giáo dục và Đào tạo tỉnh Hà Nam", "ban hành hướng dẫn về dạy thêm"),
    ("Bà Giáp Thị Quế phát biểu: “Tôi tha thiết kiến nghị Quốc hội, Chính phủ xem xét điều chỉnh lương cơ sở”.",
     "Giáp Thị Quế", "Quốc hội", "xem xét điều chỉnh lương cơ sở"),
    ("“Chúng tôi cũng đề nghị các cấp có thẩm quyền cần có giải pháp quản lý máy bay nông nghiệp”, "
     "ông Ninh Văn Phúc cho biết.",
     "Ninh Văn Phúc", "các cấp có thẩm quyền", "có giải pháp quản lý máy bay nông nghiệp"),
    ("“Chúng tôi đề nghị Bộ Công Thương kiểm tra giá phân bón”, cử tri Lã Minh Quyết nói.",
     "Lã Minh Quyết", "Bộ Công Thương", "kiểm tra giá phân bón"),
    ("Ông Thân Đức Huy nói: “Chúng tôi sẽ yêu cầu các đơn vị thi công khắc phục trong tuần này”.",
     "Thân Đức Huy", "các đơn vị thi công", "khắc phục trong tuần này"),
])
def test_a_first_person_cue(run, text, assigner, assignee, action):
    tasks = run(text)
    assert (assignee, action) in pairs(tasks)
    assert next(t.assigner for t in tasks if t.assignee == assignee) == assigner


@pytest.mark.parametrize("text", [
    # sport: a negated cue
    "HLV Trần Minh Quang nói: “Tôi không yêu cầu các cầu thủ Câu lạc bộ Sông Lam phải thắng bằng mọi giá”.",
    # business: a wish
    "“Tôi mong Công ty Hòa Phát sớm hoàn trả tiền cho khách hàng”, ông Lê Văn Sáu nói.",
    # the pronoun is no subject: "đề nghị" a noun
    "Ông Phạm Văn Đức kể với tôi đề nghị của Công ty Minh Long là hợp lý.",
    # crime: a scammer's demand of a person addressed as "chị"
    "Kẻ gian tự xưng cán bộ Công an quận Hoàng Mai nói: “Tôi yêu cầu chị chuyển tiền vào tài khoản tạm giữ”.",
    # court: a prosecutor's proposal of a penalty
    "Đại diện Viện Kiểm sát nhân dân TP Hà Nội nói: “Tôi đề nghị hội đồng xét xử tuyên phạt bị cáo "
    "Nguyễn Văn Tám từ 5 đến 6 năm tù”.",
    # crime: a request for oneself
    "“Tôi yêu cầu được gặp luật sư”, bị can Trần Văn Hòa nói với Công an tỉnh Long An.",
    # business: "đề nghị là ..."
    "“Chúng tôi đề nghị là phải có thêm thời gian”, ông Võ Văn Bình, giám đốc Công ty Sao Mai, nói.",
    # culture: a family matter
    "Ca sĩ Mỹ Linh chia sẻ: “Tôi đã yêu cầu con trai tôi dừng lại”.",
    # weather: a universal audience
    "“Nếu trời mưa, tôi đề nghị mọi người ở nhà”, bà Lê Thị Hoa, Đài Khí tượng Nam Bộ, nói.",
])
def test_no_first_person_task(run, text):
    assert run(text) == []
