"""Task family of a quote of several sentences spoken as a directive, its speaker printed after the
closing quote, on constructed paragraphs with several variants."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def triples(tasks):
    return {(t.assigner, t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text, speaker, expected", [
    ("“Các sở, ngành phải khẩn trương rà soát hồ sơ các dự án chậm tiến độ. Ủy ban nhân dân các huyện tập "
     "trung giải phóng mặt bằng trước ngày 30/6/2025”, Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu.",
     "Nguyễn Văn An",
     [("Các sở, ngành", "khẩn trương rà soát hồ sơ các dự án chậm tiến độ"),
      ("Ủy ban nhân dân các huyện", "tập trung giải phóng mặt bằng")]),
    ('"Theo thẩm quyền của chủ đầu tư, các ban quản lý dự án khẩn trương hoàn thiện thủ tục liên quan để '
     'khởi công hầm Đèo Bụt. Các ban quản lý dự án lập kế hoạch chi tiết triển khai thực hiện, đưa vào khai '
     'thác các hầm trong quý II/2026. Riêng hầm số 3 hoàn thành trong quý 3/2026", Bộ trưởng Trần Hồng Minh '
     'chỉ đạo.',
     "Trần Hồng Minh",
     [("các ban quản lý dự án", "khẩn trương hoàn thiện thủ tục liên quan để khởi công hầm Đèo Bụt"),
      ("Các ban quản lý dự án", "lập kế hoạch chi tiết triển khai thực hiện, đưa vào khai thác các hầm")]),
    ("“Bộ Tài chính cần sớm trình phương án phân bổ vốn. Bộ Xây dựng phải đôn đốc các chủ đầu tư. Các địa "
     "phương chủ động bố trí quỹ đất tái định cư”, Phó Thủ tướng Lê Thành Long yêu cầu.",
     "Lê Thành Long",
     [("Bộ Tài chính", "sớm trình phương án phân bổ vốn"),
      ("Bộ Xây dựng", "đôn đốc các chủ đầu tư")]),
])
def test_every_sentence_of_a_directive_quote_has_the_speaker_after_it(run, text, speaker, expected):
    got = triples(run(text))
    for assignee, action in expected:
        assert (speaker, assignee, action) in got, got


@pytest.mark.parametrize("text", [
    # a report or a statement quoted, the verb after the quote no cue
    "“Chúng tôi đã hoàn thành 80% khối lượng công việc. Các đơn vị thi công đang tăng ca để kịp tiến độ”, "
    "ông Nguyễn Văn Bình cho biết.",
    "“Các sở, ngành phải khẩn trương rà soát hồ sơ. Đây là việc rất quan trọng”, ông Lê Văn Cường nói.",
    # the quote is never closed in its paragraph
    "“Các sở, ngành phải khẩn trương rà soát hồ sơ. Đây là việc rất quan trọng.\n"
    "Ông Lê Văn Cường yêu cầu các đơn vị báo cáo.",
])
def test_a_quote_without_a_cue_after_it_directs_nobody(run, text):
    got = triples(run(text))
    assert not any(a == "Các sở, ngành" for _, a, _ in got), got


def test_the_closing_sentence_of_a_straight_quote_takes_the_speaker(run):
    text = ('"Các sở, ngành phải khẩn trương rà soát hồ sơ các dự án. Ủy ban nhân dân các huyện tập trung giải '
            'phóng mặt bằng trước ngày 30/6/2025", Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu.')
    got = triples(run(text))
    assert ("Nguyễn Văn An", "Ủy ban nhân dân các huyện", "tập trung giải phóng mặt bằng") in got, got


def test_the_speaker_after_the_closing_quote_is_no_assignee(run):
    text = ('"Các sở, ngành phải khẩn trương rà soát hồ sơ các dự án. Riêng hầm số 3 hoàn thành trong quý 3/2026", '
            'Bộ trưởng chỉ đạo.')
    assert not any(t.assignee == "Bộ trưởng" for t in run(text))


def actions(tasks):
    return {(t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text, assignee, action", [
    ('"Tôi vi phạm quy định. Tuy nhiên tôi cố gắng đóng góp cho tỉnh, đề nghị Bộ Xây dựng xem xét hỗ trợ cho '
     'tỉnh" - ông Lê Văn Thọ nói.', "Bộ Xây dựng", "xem xét hỗ trợ cho tỉnh"),
    ('"Tôi vi phạm quy định. Tuy nhiên tôi cố gắng đóng góp cho tỉnh Bến Tre, xin hội đồng xét xử xem xét cho '
     'tôi được hưởng chính sách khoan hồng" – ông Lê Văn Thọ nói.',
     "Hội đồng xét xử", "xem xét cho tôi được hưởng chính sách khoan hồng"),
    ('"Dự án đã chậm nhiều năm. Nay UBND huyện đề nghị Sở Xây dựng khẩn trương kiểm tra hồ sơ" – ông Nguyễn '
     'Văn An nói.', "Sở Xây dựng", "khẩn trương kiểm tra hồ sơ"),
])
def test_a_straight_quote_opened_sentences_before_closes_before_its_attribution(run, text, assignee, action):
    assert (assignee, action) in actions(run(text)), actions(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ('Ông Lê Văn Thọ đề nghị Bộ Xây dựng cố gắng "quét", rà soát các dự án tồn đọng.',
     "Bộ Xây dựng", 'cố gắng "quét", rà soát các dự án tồn đọng'),
    ('Ông Lê Văn Thọ đề nghị Bộ Xây dựng thực hiện chương trình "Nhà ở cho người nghèo", bảo đảm tiến độ.',
     "Bộ Xây dựng", 'thực hiện chương trình "Nhà ở cho người nghèo", bảo đảm tiến độ'),
])
def test_a_word_quoted_inside_the_action_keeps_it_whole(run, text, assignee, action):
    assert (assignee, action) in actions(run(text)), actions(run(text))
