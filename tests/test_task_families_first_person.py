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


@pytest.mark.parametrize("text", [
    # a reporter's narration: "we asked ..." quotes no one
    "Chúng tôi đã đề nghị Sở Công Thương tỉnh Bình Định cung cấp thông tin nhưng chưa nhận được phản hồi.",
    "Chúng tôi cũng đã đề nghị UBND quận Hải Châu cung cấp danh sách các hộ dân bị ảnh hưởng.",
    # a writer's own request after a paragraph about someone else
    "Bà Trần Thị Mai đã sống ở khu phố này 20 năm.\nTôi đề nghị UBND phường Tân Định kiểm tra lại việc cấp phép "
    "xây dựng.",
    # sport: a reporter's request to a club
    "Chúng tôi đã yêu cầu Câu lạc bộ Hà Nội cung cấp hồ sơ chuyển nhượng của cầu thủ Đỗ Văn Hùng.",
    # weather: narration with a person named before it
    "Ông Vũ Đức Long, chuyên gia khí tượng, dự báo mưa lớn. Chúng tôi đề nghị Đài Khí tượng Nam Bộ cho biết "
    "thêm số liệu.",
    # an unquoted sentence whose last clause reports another thing, no attribution
    "Chúng tôi đề nghị Công ty Sông Đà bồi thường, trong khi ông Hồ Văn Lực vẫn chưa trả lời.",
])
def test_narration_is_no_first_person_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assigner, assignee, action", [
    # unquoted, attributed at the sentence's end: the action stops before the attribution
    ("Chúng tôi đề nghị UBND xã Hòa Phong hỗ trợ người dân sửa nhà, anh Nguyễn Văn Đông kể.",
     "Nguyễn Văn Đông", "UBND xã Hòa Phong", "hỗ trợ người dân sửa nhà"),
    ("Chúng tôi đề nghị các bộ, ngành rà soát lại thủ tục hành chính, Tổng Bí thư Tô Lâm nói.",
     "Tô Lâm", "các bộ, ngành", "rà soát lại thủ tục hành chính"),
    # a victim named before the quote: the speaker after it asks
    ("Ông Nguyễn Văn Tám bị đánh trọng thương tại nhà. “Chúng tôi đề nghị Công an huyện Đức Trọng điều tra làm rõ "
     "vụ việc”, bà Lê Thị Lan, vợ ông Tám, nói.",
     "Lê Thị Lan", "Công an huyện Đức Trọng", "điều tra làm rõ vụ việc"),
    ("Cầu thủ Phan Văn Đức bị chấn thương nặng. “Tôi đề nghị Ban Kỷ luật VFF xem xét lại pha vào bóng”, "
     "ông Chu Đình Nghiêm, huấn luyện viên đội Nam Định, nói sau trận.",
     "Chu Đình Nghiêm", "Ban Kỷ luật VFF", "xem xét lại pha vào bóng"),
    # the quote's introducer: a person, a title, a body
    ("Ông Lê Văn Hòa, Giám đốc Công ty Minh Phát, nói: “Chúng tôi đề nghị UBND tỉnh Long An tháo gỡ vướng mắc về "
     "đất đai”.", "Lê Văn Hòa", "UBND tỉnh Long An", "tháo gỡ vướng mắc về đất đai"),
    ("Công ty Hòa Bình cho biết: “Chúng tôi đề nghị Ban Quản lý dự án giao thông bàn giao mặt bằng sạch”.",
     "Công ty Hòa Bình", "Ban Quản lý dự án giao thông", "bàn giao mặt bằng sạch"),
    # a bracket inside the quote ends the action
    ("Ông Lê Văn Hòa cho biết: “Giá vật liệu tăng (chúng tôi đề nghị Bộ Xây dựng điều chỉnh đơn giá kịp thời) nên "
     "nhà thầu rất khó khăn”.", "Lê Văn Hòa", "Bộ Xây dựng", "điều chỉnh đơn giá kịp thời"),
])
def test_who_a_first_person_request_quotes(run, text, assigner, assignee, action):
    tasks = run(text)
    assert [(t.assigner, t.assignee, t.action) for t in tasks] == [(assigner, assignee, action)]


def test_a_title_introducing_the_quote_asks(run):
    """"Bí thư Thành ủy X nói: “Tôi đề nghị ...”": the title speaks as it does before any cue."""
    said = run("Bí thư Thành ủy Hà Nội nói: “Tôi đề nghị các quận, huyện rà soát lại quy hoạch đất đai”.")
    cued = run("Bí thư Thành ủy Hà Nội yêu cầu các quận, huyện rà soát lại quy hoạch đất đai.")
    assert [t.assigner for t in said] == [t.assigner for t in cued] and said[0].assigner is not None


@pytest.mark.parametrize("text", [
    # health: the addressee named after the quote answers; he does not ask
    "“Tôi đề nghị Sở Y tế kiểm tra lại quy trình khám bệnh”. Ông Nguyễn Văn Bảo, Giám đốc Sở Y tế, cho biết sẽ "
    "tiếp thu.",
    # business: the firm's director named after the quote replies
    "“Chúng tôi đề nghị Công ty Điện lực Đà Nẵng hoàn trả tiền điện”. Ông Trần Quốc Việt, Giám đốc Công ty Điện lực "
    "Đà Nẵng, hứa sẽ xem xét.",
])
def test_an_addressee_named_after_the_quote_is_no_assigner(run, text):
    assert all(t.assigner not in {"Nguyễn Văn Bảo", "Trần Quốc Việt"} for t in run(text))


@pytest.mark.parametrize("text, victim", [
    # crime: the unnamed mother speaks; the victim named in the sentence before does not ask
    ("Gia đình anh Lê Văn Thành bị mất toàn bộ tài sản. Người mẹ nói trong nước mắt: “Tôi đề nghị công an sớm "
     "bắt hung thủ”.", "Lê Văn Thành"),
    # accident: an unnamed relative after the quote
    ("Anh Đỗ Văn Khoa tử vong tại chỗ. “Tôi đề nghị cơ quan chức năng điều tra làm rõ”, một người thân nói.",
     "Đỗ Văn Khoa"),
])
def test_a_person_named_before_the_quotes_sentence_is_no_assigner(run, text, victim):
    tasks = run(text)
    assert tasks and all(t.assigner != victim for t in tasks)


def test_the_quotes_introducer_asks_before_a_name_after_it(run):
    """Sport-free local news: "Ông A nói: “...”, bà B bày tỏ đồng tình": A asks, B agrees."""
    tasks = run("Ông Lý Văn Phúc nói: “Tôi đề nghị Sở Giao thông vận tải kiểm tra lại cây cầu”, bà Mai Thị Thu "
                "bày tỏ đồng tình.")
    assert [t.assigner for t in tasks] == ["Lý Văn Phúc"]


@pytest.mark.parametrize("text, action", [
    ("“Tôi đề nghị Bộ Giáo dục và Đào tạo sớm ban hành hướng dẫn”, ông Phạm Văn Hùng nói và cho rằng việc này rất "
     "cấp bách.", "sớm ban hành hướng dẫn"),
    ('"Chúng tôi đề nghị Sở Tài chính tỉnh Nghệ An thanh toán nợ đọng", bà Đinh Thị Thu nói.',
     "thanh toán nợ đọng"),
])
def test_a_quoted_request_stops_at_the_closing_quote(run, text, action):
    assert [t.action for t in run(text)] == [action]


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ('Phát biểu tại hội nghị, bà Nguyễn Thị Hạnh bày tỏ: "Giá phân bón tăng quá cao.\nDo đó, tôi đề nghị Bộ Nông '
     'nghiệp và Môi trường sớm có giải pháp bình ổn giá".',
     "Nguyễn Thị Hạnh", "Bộ Nông nghiệp và Môi trường", "sớm có giải pháp bình ổn giá"),
    ("Ông Vũ Văn Thắng nói: “Nông dân đang rất khó khăn.\nChúng tôi đề nghị Ngân hàng Chính sách xã hội gia hạn nợ "
     "cho các hộ vay”.", "Vũ Văn Thắng", "Ngân hàng Chính sách xã hội", "gia hạn nợ cho các hộ vay"),
])
def test_a_quote_opened_in_an_earlier_paragraph(run, text, assigner, assignee, action):
    assert [(t.assigner, t.assignee, t.action) for t in run(text)] == [(assigner, assignee, action)]


def test_narration_after_a_closed_quote_is_none(run):
    assert run("Ông Vũ Văn Thắng nói: “Nông dân đang rất khó khăn”.\nChúng tôi đề nghị Ngân hàng Chính sách xã hội "
               "gia hạn nợ cho các hộ vay.") == []


@pytest.mark.parametrize("text, assigner, assignee", [
    # an interview's turn: the name before the colon speaks, however long the quote
    ('Ông Nguyễn Văn Tiến: "Thị trường vàng đã ổn định trở lại. Chúng tôi đề nghị các ngân hàng thương mại giữ ổn '
     'định lãi suất huy động.', "Nguyễn Văn Tiến", "các ngân hàng thương mại"),
    ("Phóng viên hỏi về giá xăng. Ông Trần Văn Sơn: “Giá xăng tuần này giảm nhẹ. Chúng tôi đề nghị các doanh nghiệp "
     "đầu mối bảo đảm nguồn cung”.", "Trần Văn Sơn", "các doanh nghiệp đầu mối"),
])
def test_an_interview_turn_asks(run, text, assigner, assignee):
    assert [(t.assigner, t.assignee) for t in run(text)] == [(assigner, assignee)]
