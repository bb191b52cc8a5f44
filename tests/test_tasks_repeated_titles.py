"""Task family of one title printed before each office of an assignee list, on constructed sentences:
"yêu cầu bộ trưởng Bộ A, bộ trưởng Bộ B ...", "đề nghị Giám đốc Bệnh viện A và giám đốc Bệnh viện B ..." is one
task per office, its title capitalized (the gold writes one task per assignee of an action).

Near misses: one office alone, a later item with no name after the title ("giám đốc các bệnh viện"), two
different titles, and a title list whose later items are no offices of the same title."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignees, action", [
    ("Văn bản của Chính phủ đề nghị bộ trưởng Bộ Tư pháp, bộ trưởng Bộ Nội vụ sớm trình phương án sửa đổi chính sách "
     "vay mua căn hộ cho người trẻ.",
     ["Bộ trưởng Bộ Tư pháp", "Bộ trưởng Bộ Nội vụ"], "sớm trình phương án sửa đổi chính sách vay mua căn hộ cho người trẻ"),
    ("Bộ Y tế đề nghị Giám đốc Bệnh viện Hữu Nghị và giám đốc Bệnh viện Thống Nhất rà soát quy trình cấp cứu "
     "người bệnh nặng.",
     ["Giám đốc Bệnh viện Hữu Nghị", "Giám đốc Bệnh viện Thống Nhất"], "rà soát quy trình cấp cứu người bệnh nặng"),
    ("Thủ tướng yêu cầu Bộ trưởng Bộ Ngoại giao, Bộ trưởng Bộ Công Thương và Bộ trưởng Bộ Nông nghiệp và Môi "
     "trường phối hợp tháo gỡ vướng mắc cho hàng nông sản xuất khẩu.",
     ["Bộ trưởng Bộ Ngoại giao", "Bộ trưởng Bộ Công Thương", "Bộ trưởng Bộ Nông nghiệp và Môi trường"],
     "phối hợp tháo gỡ vướng mắc cho hàng nông sản xuất khẩu"),
])
def test_each_office_its_task(run, text, assignees, action):
    assert pairs(run(text)) == {(a, action) for a in assignees}


@pytest.mark.parametrize("text, assignee", [
    ("Bộ Y tế đề nghị Giám đốc Sở Y tế Hà Nội và giám đốc các bệnh viện tuyến huyện rà soát quy trình cấp cứu.",
     "Giám đốc Sở Y tế Hà Nội và giám đốc các bệnh viện tuyến huyện"),
    ("Thủ tướng yêu cầu Bộ trưởng Bộ Tài chính khẩn trương trình phương án giảm thuế cho hộ kinh doanh nhỏ.",
     "Bộ trưởng Bộ Tài chính"),
])
def test_one_assignee_kept_whole(run, text, assignee):
    assert one(run(text)).assignee == assignee
