"""Task family of staff sent on an errand (``cue_dispatch``: "cử") and of teachers directed by their school or
department (``cue_agent``: "giáo viên", "cô giáo", "thầy giáo"): the one sending (a person's or a body's name),
"cử", a staff head (``dispatch_staff``: "nhân viên", "cán bộ", "giáo viên", after a determiner at most), then an
action ("bà A cử nhân viên đến gặp ông B ..."; a passive clause after it, ", và được ...", is no part of the
action). Near misses: "cử" before a representative, a person or a delegation ("cử đại diện tham dự"), the
nouns "cử tri", "cử nhân", "bầu cử", "đắc cử", "việc cử" (the dispatch reported), a staff head followed by no action ("cử cán bộ có năng lực"),
and a teacher as a sentence's subject (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tháng 3-2022, bà Lạc Thị Nhàn cử nhân viên đến gặp ông Khổng Văn Tài và đưa 200 triệu đồng.",
     "nhân viên", "đến gặp ông Khổng Văn Tài và đưa 200 triệu đồng"),
    ("Sau đó, ông Ninh Văn Phúc tiếp tục cử nhân viên đến gặp ông Tôn Đức Vỹ, và được ông Vỹ hứa giúp đỡ.",
     "nhân viên", "đến gặp ông Tôn Đức Vỹ"),
    ("Bà Giáp Thị Quế cử nhân viên đến gặp ông Viên Đình Cảnh và được ông Cảnh dẫn lên phòng làm việc.",
     "nhân viên", "đến gặp ông Viên Đình Cảnh"),
    ("Ủy ban nhân dân xã Phú Lâm lập chốt tại đầu cầu, cử cán bộ thay nhau túc trực để ngăn xe chở đất.",
     "cán bộ", "thay nhau túc trực để ngăn xe chở đất"),
    ("Trường Tiểu học Đông Hòa cử giáo viên dạy trực tuyến cho học sinh lớp 4 của huyện Mường Tè.",
     "giáo viên", "dạy trực tuyến cho học sinh lớp 4 của huyện Mường Tè"),
    ("Nhà trường đã yêu cầu cô giáo viết tường trình về sự việc.",
     "cô giáo", "viết tường trình về sự việc"),
])
def test_staff_sent_or_teachers_directed(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # a representative, a person, a delegation: no staff sent on an errand
    "Hai bên sẽ cử đại diện tham dự cuộc họp tại Hà Nội.",
    "Công ty Đường sắt Phú Khánh cử người trực 24/24 giờ tại lối đi tự mở.",
    "Bộ Y tế cử đoàn công tác đến tỉnh Bình Thuận.",
    # the nouns: voters, a degree, elections
    "Cử tri phường Tân Định phấn khởi trước kết quả kỳ họp.",
    "Ông Giáp Văn Khải là cử nhân Luật, từng làm cán bộ xã.",
    "Tổng thống đắc cử Donald Trump chọn ông Matthew Whitaker làm đại sứ.",
    # the dispatch as a noun, reported
    "Cục Quản lý đất đai có báo cáo về việc cử 20 cán bộ hỗ trợ các địa phương trong tháng 9.",
    # a staff head with no action after it
    "Huyện Mỹ Lộc luôn cử cán bộ có năng lực về các xã.",
    # a teacher as the subject, not a cue's object
    "Cô giáo Mẫn Thị Hòa cho biết sẽ dạy bù cho học sinh.",
    "Giáo viên trường này thường xuyên dạy thêm vào buổi tối.",
])
def test_no_staff_sent_is_no_task(run, text):
    assert not run(text)
