"""Task pattern family of assignees printed wholly in abbreviations, on constructed texts with several
variants: "UBND TPHCM", "NHNN", "UNESCO" (defined earlier in the article) are named by the body's full name;
a name with words of its own beside an abbreviation ("Bộ KHĐT", "UBND huyện Bình Sơn") stays as printed."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee", [
    ("Sở Tài chính đề nghị UBND TPHCM xem xét tiếp tục áp dụng bảng giá đất hiện hành.",
     "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("Thủ tướng yêu cầu NHNN hướng dẫn về điều kiện vay vốn mua nhà ở xã hội.",
     "Ngân hàng Nhà nước Việt Nam"),
    ("Thủ tướng tiếp Tổng Giám đốc Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO). "
     "Thủ tướng đề nghị UNESCO tiếp tục hỗ trợ bảo tồn di sản Hoàng thành Thăng Long.",
     "Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc"),
])
def test_abbreviated_assignee_takes_the_full_name(run, text, assignee):
    assert one(run(text)).assignee == assignee


@pytest.mark.parametrize("text, assignee", [
    ("Chủ tịch UBND tỉnh Quảng Ngãi yêu cầu UBND huyện Bình Sơn khẩn trương bàn giao mặt bằng.",
     "UBND huyện Bình Sơn"),
    ("Chính phủ giao Bộ KHĐT chủ trì, phối hợp với Bộ Tài chính trình Thủ tướng phương án phân bổ vốn.",
     "Bộ KHĐT"),
])
def test_name_with_own_words_stays_as_printed(run, text, assignee):
    assert one(run(text)).assignee == assignee


@pytest.mark.parametrize("text, assignee", [
    ("Ngân hàng Nhà nước đã chỉ đạo các tổ chức tín dụng (TCTD) tháo gỡ điểm nghẽn. Thống đốc yêu cầu các "
     "TCTD thường xuyên rà soát quy trình, thủ tục cho vay.", "các tổ chức tín dụng"),
    ("Bộ Xây dựng đã làm việc với các ban quản lý dự án (BQLDA). Bộ trưởng yêu cầu các BQLDA khẩn trương "
     "hoàn thiện thủ tục liên quan.", "các ban quản lý dự án"),
])
def test_abbreviation_defined_in_the_article_is_spelled_out(run, text, assignee):
    tasks = run(text)
    assert tasks[-1].assignee == assignee


@pytest.mark.parametrize("text, assignee", [
    ("Thủ tướng yêu cầu các TCTD thường xuyên rà soát quy trình, thủ tục cho vay.", "các TCTD"),  # undefined
    # the words before the parenthesis do not spell the letters
    ("Ông An làm việc với đoàn công tác (TCTD). Thủ tướng yêu cầu các TCTD thường xuyên rà soát quy trình "
     "cho vay.", "các TCTD"),
])
def test_abbreviation_not_defined_stays(run, text, assignee):
    assert run(text)[-1].assignee == assignee


def test_short_form_determiners_are_data_read_from_the_rules_folder(tmp_path):
    from nqextract import resources
    from nqextract.extract.tasks.full_names import defined_short_form
    from nqextract.extract.tasks.rules import RULES_FILE, load_rules
    from nqextract.models import Task

    assert load_rules().short_form_determiners == {"các", "những", "mọi"}
    text = "Ngân hàng đã chỉ đạo các tổ chức tín dụng (TCTD) tháo gỡ. Thống đốc yêu cầu từng TCTD rà soát."
    t = Task(assignee="từng TCTD", action="rà soát", start=text.index("Thống"), end=len(text))
    assert defined_short_form(t, text, load_rules().short_form_determiners).assignee == "từng TCTD"
    packaged = resources.read_text(RULES_FILE, None)
    (tmp_path / RULES_FILE).write_text(packaged + "short_form_determiner\ttừng\n", encoding="utf-8")
    custom = load_rules(tmp_path).short_form_determiners
    assert defined_short_form(t, text, custom).assignee == "từng tổ chức tín dụng"
