"""A list of collectives written once for one action, one task each: "yêu cầu các phòng ban và 8 phường liên
quan ...", "đề nghị các cấp ủy, chính quyền địa phương ..." (each item opened by an agent head, one by a plural
determiner or a number at least). Constructed sentences; a list naming one group
("các sở, ban, ngành", "các cơ quan, đơn vị", "học sinh, sinh viên"), one with a modifier scoping over all
("... trên địa bàn tỉnh") or an item that only modifies the head before it stays one assignee."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignees, action", [
    ("UBND quận Tân Lâm yêu cầu các phòng ban và 8 phường liên quan rà soát hệ thống thoát nước.",
     {"các phòng ban", "8 phường liên quan"}, "rà soát hệ thống thoát nước"),
    ("Sở Y tế tỉnh Hòa Lâm yêu cầu các bệnh viện, các trung tâm y tế huyện tăng cường phòng chống dịch.",
     {"các bệnh viện", "các trung tâm y tế huyện"}, "tăng cường phòng chống dịch"),
    ("Phó Thủ tướng Trần Văn An đề nghị các cấp ủy, chính quyền địa phương tổ chức họp giao ban hằng tuần.",
     {"các cấp ủy", "chính quyền địa phương"}, "tổ chức họp giao ban hằng tuần"),
    ("UBND thành phố Hòa Lâm yêu cầu các phòng ban, phường xã tạm dừng việc tiếp nhận hồ sơ tách thửa.",
     {"các phòng ban", "phường xã"}, "tạm dừng việc tiếp nhận hồ sơ tách thửa"),
])
def test_a_list_of_collectives_gives_a_task_each(run, text, assignees, action) -> None:
    assert pairs(run(text)) == {(a, action) for a in assignees}


@pytest.mark.parametrize("text, assignee", [
    ("UBND tỉnh Hòa Lâm yêu cầu các sở, ban, ngành, địa phương rà soát hồ sơ đất đai.",
     "các sở, ban, ngành, địa phương"),
    ("UBND tỉnh Hòa Lâm yêu cầu các cơ quan, đơn vị rà soát hồ sơ đất đai.", "các cơ quan, đơn vị"),
    ("UBND tỉnh Hòa Lâm yêu cầu các cấp ủy, chính quyền tăng cường công tác dân vận.", "các cấp ủy, chính quyền"),
    ("Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát hồ sơ đất đai.", "các bộ, ngành"),
    ("Công an tỉnh Hòa Lâm yêu cầu học sinh, sinh viên ký cam kết không sử dụng pháo nổ.", "học sinh, sinh viên"),
    ("UBND thành phố Tân Lâm yêu cầu các cơ quan hành chính, đơn vị sự nghiệp công lập trên địa bàn thành phố "
     "rà soát văn bằng của cán bộ.",
     "các cơ quan hành chính, đơn vị sự nghiệp công lập trên địa bàn thành phố"),
    ("UBND huyện Tân Lâm chỉ đạo các cơ quan chức năng, chuyên môn và địa phương liên quan kiểm tra hiện trạng.",
     "các cơ quan chức năng, chuyên môn và địa phương liên quan"),
])
def test_a_list_naming_one_group_stays_one_assignee(run, text, assignee) -> None:
    assert one(run(text)).assignee == assignee


@pytest.mark.parametrize("text", [
    "Giám đốc Sở yêu cầu các phòng ban, đơn vị có liên quan rà soát hồ sơ trước ngày 15/4.",
    "Giám đốc Sở yêu cầu các phòng ban, đơn vị liên quan hoàn thành báo cáo trước ngày 20/4.",
])
def test_a_generic_noun_with_its_modifier_keeps_the_list_one_assignee(run_tasks, text):
    tasks = run_tasks(text)
    assert len(tasks) == 1, [t.assignee for t in tasks]
