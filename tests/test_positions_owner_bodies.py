"""A body printed after "của" names the office of the title before it: right after the title ("Ông A, người phát
ngôn của Bộ Quốc phòng Trung Quốc", "Phó Giám đốc của Sở Y tế Hà Nội") or right after the name the title
introduces ("người phát ngôn A của Bộ Ngoại giao Nga"); "phát ngôn viên" is a spokesman's title as printed
(constructed sentences). A lower-case noun after "của", a comma before it, or a title with a body or a default
body of its own, keep theirs."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Ngô Khiêm, người phát ngôn của Bộ Quốc phòng Trung Quốc, đã trả lời báo chí.", "Ngô Khiêm",
     ("Người phát ngôn", "Bộ Quốc phòng Trung Quốc", "current")),
    ("Tại họp báo, người phát ngôn Ngô Khiêm của Bộ Quốc phòng Trung Quốc xác nhận thông tin.", "Ngô Khiêm",
     ("Người phát ngôn", "Bộ Quốc phòng Trung Quốc", "current")),
    ("Bà Lê Thị Thu Hằng, Thứ trưởng của Bộ Ngoại giao, phát biểu khai mạc.", "Lê Thị Thu Hằng",
     ("Thứ trưởng", "Bộ Ngoại giao", "current")),
    ("Theo Bộ trưởng Nguyễn Văn An của Bộ Y tế, kết quả rất tốt.", "Nguyễn Văn An",
     ("Bộ trưởng", "Bộ Y tế", "current")),
    ("Trả lời báo chí, phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova nói phương Tây bóp méo thông tin.",
     "Maria Zakharova", ("Phát ngôn viên", "Bộ Ngoại giao Nga", "current")),
])
def test_a_body_after_cua_is_the_offices(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    ("Tại họp báo, người phát ngôn Ngô Khiêm của bộ này xác nhận thông tin.", "Ngô Khiêm"),
    ("Người phát ngôn Ngô Khiêm, của Bộ Quốc phòng Trung Quốc, xác nhận thông tin.", "Ngô Khiêm"),
])
def test_no_body_or_a_comma_keeps_the_title_bare(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert ("Người phát ngôn", None, "current") in got, got


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn An, Phó Giám đốc của Sở Y tế Hà Nội, khẳng định như vậy.",
     "Nguyễn Văn An", ("Phó Giám đốc", "Sở Y tế thành phố Hà Nội", "current")),
    ("Người phát ngôn Ngô Khiêm của Bộ Quốc phòng Trung Quốc xác nhận tin.",
     "Ngô Khiêm", ("Người phát ngôn", "Bộ Quốc phòng Trung Quốc", "current")),
    ("Ông Miquel Serrat, Người phát ngôn của Liên minh châu Âu, kêu gọi các nước tuân thủ.",
     "Miquel Serrat", ("Người phát ngôn", "Liên minh châu Âu", "current")),
])
def test_the_body_after_cua_is_the_titles(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn An, Giám đốc của công ty, khẳng định như vậy.", "Nguyễn Văn An", ("Giám đốc", None, "current")),
    ("Ông Lê Văn Bình, Giám đốc Sở Tư pháp tỉnh Nghệ An của nhiệm kỳ trước, cho biết.",
     "Lê Văn Bình", ("Giám đốc", "Sở Tư pháp tỉnh Nghệ An", "current")),
    ("Thủ tướng Phạm Minh Chính của Việt Nam phát biểu.", "Phạm Minh Chính", ("Thủ tướng", "Chính phủ", "current")),
])
def test_guard_no_body_a_body_of_its_own_or_a_default(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
