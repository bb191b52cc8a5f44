"""Positions: "<Đoàn ...> do <name>, <his offices>, làm Trưởng đoàn": the name before the offices set off by a
comma heads the delegation; the delegation's noun printed before its body ("Đoàn công tác [của] Báo X") is the
office's body, without "của", and a bare one ("đoàn đại biểu dự hội nghị") leaves the office without one. Other groups and
other predicates after "do A, ..., làm" give no office."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text, name, body", [
    ("Ngày 5-3, Đoàn công tác Báo Lạng Sơn do đồng chí Hoàng Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Tổng "
     "Biên tập Báo Lạng Sơn làm Trưởng đoàn đã thăm các hộ dân vùng lũ.", "Hoàng Văn Khánh",
     "Đoàn công tác Báo Lạng Sơn"),
    ("Đoàn công tác của Đài Tiếng nói Việt Nam (VOV) do đồng chí Lê Minh Tú, Phó Tổng Giám đốc làm Trưởng đoàn "
     "đã làm việc với tỉnh.", "Lê Minh Tú", "Đoàn công tác Đài Tiếng nói Việt Nam"),
    ("Hôm qua, đoàn kiểm tra của Bộ Công Thương do ông Hoàng Văn Tư làm trưởng đoàn đã đi kiểm tra.",
     "Hoàng Văn Tư", "Đoàn kiểm tra Bộ Công Thương"),
    ("Đoàn đại biểu dự hội nghị do Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh, làm trưởng đoàn sẽ dâng hoa tại "
     "tượng đài.", "Trần Hồng Minh", None),
])
def test_head_of_a_delegation_led_by_a_name(pipeline, text, name, body):
    assert ("Trưởng đoàn", body, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize("text, name", [
    ("Đội bóng do HLV Nguyễn Văn Sỹ, cựu tuyển thủ quốc gia làm trưởng đoàn sẽ sang Thái Lan thi đấu.",
     "Nguyễn Văn Sỹ"),
    ("Công ty do ông Trịnh Văn Hà, Giám đốc Sở Xây dựng tỉnh Hà Nam, làm chủ đầu tư đã khởi công dự án.",
     "Trịnh Văn Hà"),
    ("Nhóm nghiên cứu do PGS Lê Thị Nga, giảng viên Trường Đại học Y Hà Nội, làm trưởng nhóm vừa công bố kết quả.",
     "Lê Thị Nga"),
    ("Vụ cướp do Nguyễn Văn Tài, làm thợ hồ, thực hiện đã bị phát hiện.", "Nguyễn Văn Tài"),
    ("Trận đấu do trọng tài Ngô Duy Lân, làm nhiệm vụ chính, điều khiển đã diễn ra sôi nổi.", "Ngô Duy Lân"),
    ("Cơn bão do cơ quan khí tượng theo dõi làm đổ nhiều cây, ông Trần Văn Lộc, làm trưởng thôn, cho biết.",
     "Trần Văn Lộc"),
])
def test_no_delegation_head_elsewhere(pipeline, text, name):
    assert all("đoàn" not in t.lower() for t, _b, _s in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize("text, name", [
    ("Sáng 5-3, đoàn công tác đã làm việc với UBND tỉnh Quảng Nam do ông Nguyễn Văn Hải, Thứ trưởng Bộ Xây dựng, "
     "làm trưởng đoàn.", "Nguyễn Văn Hải"),
    ("Đoàn giám sát làm việc tại Bộ Y tế do bà Trần Thị Mai, Chủ nhiệm Ủy ban Xã hội, làm trưởng đoàn.",
     "Trần Thị Mai"),
    ("Đoàn kiểm tra đến Công ty cổ phần Sông Lam do ông Lê Văn Tám, Phó Giám đốc Sở Công Thương, làm trưởng đoàn "
     "đã phát hiện sai phạm.", "Lê Văn Tám"),
])
def test_a_host_before_do_is_no_body_of_the_delegation(pipeline, text, name):
    bodies = [b for t, b, _s in positions(pipeline, text).get(name, []) if t == "Trưởng đoàn"]
    assert not any(b and ("làm việc" in b or " tại " in b or " đến " in b) for b in bodies)
