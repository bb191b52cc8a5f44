"""Bodies: a police unit printed with its code in parentheses right before its force ("Phòng Cảnh sát hình sự (PC02)
Công an tỉnh X") is named with the force, the force on its own too, and the code printed again names that unit;
a field of two-word verbs the tagger splits ("phòng cháy, chữa cháy") stays whole (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, unit, force", [
    ("Theo lời Trung tá Lê Văn Minh của Phòng Cảnh sát hình sự (PC02) Công an tỉnh Nam Định, nhóm này đã bị bắt.",
     "Phòng Cảnh sát hình sự Công an tỉnh Nam Định", "Công an tỉnh Nam Định"),
    ("Sáng qua Phòng Cảnh sát giao thông (CSGT) Công an tỉnh Gia Lai đã lập biên bản các xe quá tải.",
     "Phòng Cảnh sát giao thông Công an tỉnh Gia Lai", "Công an tỉnh Gia Lai"),
    ("Hồ sơ được chuyển đến Phòng Cảnh sát kinh tế (PC03) Công an thành phố Cần Thơ để xử lý.",
     "Phòng Cảnh sát kinh tế Công an thành phố Cần Thơ", "Công an thành phố Cần Thơ"),
    ("Cán bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC & CNCH) Công an tỉnh Bình Phước có mặt sớm.",
     "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bình Phước", "Công an tỉnh Bình Phước"),
])
def test_a_coded_unit_is_named_with_its_force(text, unit, force):
    names = tagged_body_names(text)
    assert unit in names and force in names


def test_the_code_printed_again_names_the_unit_with_its_force():
    names = tagged_body_names("Phòng Cảnh sát hình sự (PC02) Công an tỉnh Nam Định vừa phá một đường dây cá độ. "
                              "Theo PC02, nhóm này hoạt động từ đầu năm.")
    assert names.count("Phòng Cảnh sát hình sự Công an tỉnh Nam Định") == 2
    assert "Phòng Cảnh sát hình sự" not in names


def test_a_field_of_split_verbs_stays_whole():
    assert tagged_body_names("Cán bộ Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bình Phước "
                             "nhắc người dân kiểm tra ổ điện.")[0] == (
        "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bình Phước")


@pytest.mark.parametrize("text, absent", [
    # no police field: the unit names no force
    ("Phòng Tư pháp (PTP) Công an tỉnh Gia Lai đã tiếp nhận hồ sơ.", "Phòng Tư pháp Công an tỉnh Gia Lai"),
    # a comma after the code: the unit and the force stay apart
    ("Phòng Cảnh sát hình sự (PC02), Công an tỉnh Nam Định và Viện kiểm sát cùng vào cuộc.",
     "Phòng Cảnh sát hình sự Công an tỉnh Nam Định"),
    # a note in lower case is no code
    ("Phòng Cảnh sát hình sự (cũ) Công an tỉnh Nam Định đã giải thể.", "Phòng Cảnh sát hình sự Công an tỉnh Nam Định"),
    # the field printed in lower case: named as the article prints it elsewhere as often as not
    ("Anh từng là cán bộ Phòng cảnh sát kinh tế (PC03) Công an tỉnh Nam Định.",
     "Phòng Cảnh sát kinh tế Công an tỉnh Nam Định"),
    # another body after the code, no force
    ("Phòng Cảnh sát hình sự (PC02) Sở Y tế tỉnh Nam Định cùng kiểm tra.", "Phòng Cảnh sát hình sự Sở Y tế tỉnh Nam Định"),
])
def test_no_coded_unit_without_its_force_right_after(text, absent):
    assert absent not in tagged_body_names(text)
