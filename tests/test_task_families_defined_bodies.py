"""Task pattern family of an assignee printed as an abbreviation the article defined in parentheses right
after a body's name, its letters those of a foreign name ("Tổng công ty Đầu tư phát triển đường cao tốc
Việt Nam (VEC)", "Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB)"): the assignee is that body's name."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) đề xuất mở rộng cao tốc. "
     "Bộ Tài chính yêu cầu VEC phải trả gốc và lãi đầy đủ theo đúng cam kết.",
     "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam", "trả gốc và lãi đầy đủ theo đúng cam kết"),
    ("Đoàn đã dự Hội nghị của Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB) tại Bắc Kinh. "
     "Bộ Tài chính đề nghị AIIB tăng cường hiện diện tại Đông Nam Á.",
     "Ngân hàng Đầu tư cơ sở hạ tầng châu Á", "tăng cường hiện diện tại Đông Nam Á"),
    ("Hội nghị có sự tham gia của Ngân hàng Phát triển châu Á (ADB). "
     "Bộ Tài chính đề nghị ADB tiếp tục hỗ trợ vốn cho các dự án giao thông.",
     "Ngân hàng Phát triển châu Á", "tiếp tục hỗ trợ vốn cho các dự án giao thông"),
])
def test_abbreviation_defined_after_body(run, text, assignee, action):
    got = {(a.lower(), b) for a, b in pairs(run(text))}
    assert (assignee.lower(), action) in got


@pytest.mark.parametrize("text, assignee", [
    # defined after a person, not a body: the abbreviation stays
    ("Ông Nguyễn Văn An (ABC) phát biểu. Thủ tướng yêu cầu ABC bảo đảm cung ứng đủ điện cho sản xuất.", "ABC"),
    # defined only after the task: the abbreviation stays
    ("Bộ Tài chính yêu cầu VEC phải trả gốc và lãi đầy đủ. "
     "Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) cho biết sẽ thực hiện.", "VEC"),
])
def test_abbreviation_without_body_before(run, text, assignee):
    assert assignee in {a for a, _ in pairs(run(text))}
