"""Positions: "<Body> do <name> làm <title>" with a title that heads a whole body (person_context.tsv led_head:
"giám đốc", "hiệu trưởng", ...): the office is of the body printed right before "do", or right before the bracket
that holds "do" ("Công ty X (trụ sở tại ..., do bà A làm giám đốc)"). A unit's head ("tổ trưởng", "trưởng nhóm")
takes no such body, and other predicates after "do <name> làm" ("làm đạo diễn", "làm ăn") give no office."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions


@pytest.mark.parametrize("text, name, title, body", [
    ("Nhiều người bị lừa sang làm việc cho Công ty TNHH Hưng Phát Gia do bà Lê Thùy Trang làm giám đốc. "
     "Bà Trang đã lập hợp đồng giả.", "Lê Thùy Trang", "Giám đốc", "Công ty TNHH Hưng Phát Gia"),
    ("Công ty TNHH tư vấn Hòa Khang (trụ sở tại phường Dịch Vọng, quận Cầu Giấy, Hà Nội - do bà Phan Thị Lan "
     "làm giám đốc) đã biến mất.", "Phan Thị Lan", "Giám đốc", "Công ty TNHH tư vấn Hòa Khang"),
    ("Trường THPT Lê Lợi do thầy Nguyễn Văn Hào làm hiệu trưởng đã đạt chuẩn quốc gia.", "Nguyễn Văn Hào",
     "Hiệu trưởng", "Trường Trung học phổ thông Lê Lợi"),
    ("Công ty cổ phần Sông Hồng (có trụ sở tại TP Hải Dương, do ông Vũ Đức Minh làm tổng giám đốc) bị phạt "
     "200 triệu đồng.", "Vũ Đức Minh", "Tổng Giám đốc", "Công ty cổ phần Sông Hồng"),
])
def test_head_of_the_body_before_do(pipeline, text, name, title, body):
    assert (title, body, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize("text, name", [
    ("Tổ công tác của Công an tỉnh Nghệ An do Thượng tá Lê Văn Đức làm tổ trưởng đã đến hiện trường.", "Lê Văn Đức"),
    ("Nhóm nghiên cứu Trường Đại học Bách khoa Hà Nội do PGS Lê Văn Hòa làm trưởng nhóm vừa công bố kết quả.",
     "Lê Văn Hòa"),
    ("Bộ phim Mùa lũ của Hãng phim Giải Phóng do Nguyễn Quang Dũng làm đạo diễn ra rạp tuần này.",
     "Nguyễn Quang Dũng"),
    ("Công ty Sao Mai thua lỗ nặng do ông Đỗ Văn Dũng làm ăn thiếu trách nhiệm, cơ quan thuế cho biết.",
     "Đỗ Văn Dũng"),
    ("Đội tuyển Việt Nam do ông Kim Sang-sik làm huấn luyện viên trưởng đã thắng Thái Lan 2-1.", "Kim Sang-sik"),
    ("Bệnh viện Chợ Rẫy (TP.HCM) tiếp nhận bệnh nhân, ca mổ do bác sĩ Trần Văn Long làm trưởng kíp.",
     "Trần Văn Long"),
])
def test_no_body_of_the_phrase_before_do_elsewhere(pipeline, text, name):
    got = positions(pipeline, text).get(name, set())
    assert not any(b and any(w in b for w in ("Công an tỉnh", "Bách khoa", "Giải Phóng", "Sao Mai", "Đội tuyển",
                                              "Chợ Rẫy")) for _t, b, _s in got)


@pytest.mark.parametrize("text, name", [
    ("Bộ phim Mùa lũ của Hãng phim Giải Phóng do Nguyễn Quang Dũng làm đạo diễn ra rạp tuần này.",
     "Nguyễn Quang Dũng"),
    ("Công ty Sao Mai thua lỗ nặng do ông Đỗ Văn Dũng làm ăn thiếu trách nhiệm, cơ quan thuế cho biết.",
     "Đỗ Văn Dũng"),
])
def test_other_predicates_after_do_name_lam_give_no_office(pipeline, text, name):
    assert not positions(pipeline, text).get(name)


@pytest.mark.parametrize("text, name, title, body", [
    ("Công ty TNHH Hòa Bình do ông Lê Văn Tùng làm giám đốc giai đoạn 2010-2015 đã phá sản năm 2016.",
     "Lê Văn Tùng", "Giám đốc", "Công ty TNHH Hòa Bình"),
    ("Trước đây, Công ty Xăng dầu Khu vực II do ông Lê Văn Quý làm tổng giám đốc từng lãi lớn.",
     "Lê Văn Quý", "Tổng Giám đốc", "Công ty Xăng dầu Khu vực II"),
    ("Trường THCS Tân Bình do thầy Phạm Văn Lộc làm hiệu trưởng từ năm 2005 đến 2012 từng đạt chuẩn quốc gia.",
     "Phạm Văn Lộc", "Hiệu trưởng", "Trường Trung học cơ sở Tân Bình"),
])
def test_a_head_in_a_past_time_is_former(pipeline, text, name, title, body):
    assert (title, body, "former") in positions(pipeline, text, dt.date(2025, 6, 1))[name]


def test_a_head_in_a_period_still_running_is_current(pipeline):
    text = "Công ty TNHH Minh Tâm do bà Hồ Thị Nga làm giám đốc từ năm 2020 đến nay đã mở thêm hai chi nhánh."
    got = positions(pipeline, text, dt.date(2025, 6, 1))["Hồ Thị Nga"]
    assert ("Giám đốc", "Công ty TNHH Minh Tâm", "current") in got
