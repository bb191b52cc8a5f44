"""Positions: "<group> do <name> làm trưởng đoàn | tổ trưởng" with neither a body nor a delegation's noun read before
"do" (a crew, a working team of a unit printed in lower case): the person heads the team, an office with no body.
Not where a name the bodies stage did not read ends right before "do" (a team's own name in quotes, a capitalized
word), nor for a title that heads no team ("trưởng nhóm", "giám đốc")."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions


@pytest.mark.parametrize("text, name, title", [
    ("Chuyến thăm cảng gồm 280 thủy thủ đoàn của tàu, do Thượng tá Lê Văn Tám, Phó Tư lệnh Vùng 5 Hải quân làm trưởng đoàn.",
     "Lê Văn Tám", "Trưởng đoàn"),
    ("Ngày 5-6, tổ công tác thuộc đội kiểm tra liên ngành huyện do Hoàng Minh Khoa làm tổ trưởng đã kiểm tra cửa hàng. "
     "Sau đó, Hoàng Minh Khoa đề nghị chủ cửa hàng xuất trình hóa đơn.", "Hoàng Minh Khoa", "Tổ trưởng"),
    ("Sáng 3-4, tổ tuần tra của trạm kiểm soát liên ngành do ông Trịnh Quốc Bảo làm tổ trưởng đã phát hiện xe tải "
     "chở gỗ.", "Trịnh Quốc Bảo", "Tổ trưởng"),
])
def test_head_of_a_team_without_a_body(pipeline, text, name, title):
    assert (title, None, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize("text, name", [
    ('Nhóm thứ nhất mang tên "Sao Mai" do ông Đinh Văn Lực làm tổ trưởng đã thu gom rác ven sông.', "Đinh Văn Lực"),
    ("Nhóm nghiên cứu do ông Phan Thế Vinh làm trưởng nhóm vừa công bố kết quả thử nghiệm.", "Phan Thế Vinh"),
    ("Cửa hàng do ông Trần Hữu Phước làm giám đốc đã nộp đủ thuế trong năm.", "Trần Hữu Phước"),
    ("Tổ tự quản do ông Vương Đình Nam đứng đầu, ông Lâm Quốc Hưng làm tổ phó.", "Vương Đình Nam"),
])
def test_no_team_head_elsewhere(pipeline, text, name):
    assert not any(t in ("Tổ trưởng", "Trưởng đoàn", "Trưởng nhóm", "Giám đốc")
                   for t, _b, _s in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize("text, name", [
    ("Tổ công tác do ông Bùi Văn Khải làm tổ trưởng giai đoạn 2016-2020 đã rà soát hồ sơ đất đai.", "Bùi Văn Khải"),
    ("Tổ công tác do ông Bùi Văn Khải làm tổ trưởng từ năm 2018 đến năm 2020 đã rà soát hồ sơ.", "Bùi Văn Khải"),
    ("Nhóm khảo sát do ông Bùi Văn Khải làm trưởng đoàn giai đoạn 2010-2015 đã đi nhiều nơi.", "Bùi Văn Khải"),
])
def test_team_head_of_a_closed_period_is_former(pipeline, text, name):
    got = positions(pipeline, text, dt.date(2025, 6, 1))[name]
    assert any(s == "former" for _t, _b, s in got) and not any(s == "current" for _t, _b, s in got)


@pytest.mark.parametrize("text, name", [
    ("Tổ công tác không do ông Đoàn Minh Hải làm tổ trưởng mà do cấp trên trực tiếp điều hành.", "Đoàn Minh Hải"),
    ("Tổ công tác dự kiến do ông Đoàn Minh Hải làm tổ trưởng sẽ đi kiểm tra các xã.", "Đoàn Minh Hải"),
    ("Nhóm khảo sát đề xuất do ông Đoàn Minh Hải làm trưởng đoàn nhưng chưa được duyệt.", "Đoàn Minh Hải"),
])
def test_no_team_head_when_negated_or_planned(pipeline, text, name):
    assert not any(t in ("Tổ trưởng", "Trưởng đoàn") for t, _b, _s in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize("text, other", [
    ("Tổ kiểm tra do ông Lại Văn Cường làm tổ trưởng, ông Mạc Hữu Tín làm thư ký đã đến xã.", "Mạc Hữu Tín"),
    ("Tổ kiểm tra do ông Lại Văn Cường làm tổ trưởng, bà Khổng Thị Lan làm tổ phó đã đến xã.", "Khổng Thị Lan"),
])
@pytest.mark.xfail(strict=True, reason="already so before the team_head rule: a lower-case title set off before the next "
                   "name ('làm tổ trưởng, ông B') is read as B's by the title-before-name path, the chain then taken "
                   "from A; not a fix inside led.py")
def test_chain_second_person_is_no_team_head(pipeline, text, other):
    assert not any(t == "Tổ trưởng" for t, _b, _s in positions(pipeline, text).get(other, set()))
