"""A spokesperson printed bare before a Vietnamese name ("người phát ngôn A") speaks for the ministry the article
prints with that title and no name after it ("người phát ngôn Bộ Ngoại giao trả lời"), as a bare minister does
(titles.tsv unnamed_ministry); a foreign name, another body printed so (a ministry or a local one), or one owned or set
off after the name keep theirs; a ministry only printed often is a minister's reading, no spokesperson's
(constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tại buổi họp báo chiều thứ năm, người phát ngôn Bộ Ngoại giao trả lời về vụ chìm tàu. Người phát ngôn "
     "Đỗ Thu Hà cho biết ba thuyền viên đã được cứu.", "Đỗ Thu Hà", ("Người phát ngôn", "Bộ Ngoại giao", "current")),
    ("Phát ngôn viên Bộ Ngoại giao nêu rõ lập trường nhất quán. Sau đó phát ngôn viên Lê Minh Khôi nhấn mạnh "
     "thêm về các biện pháp bảo hộ công dân.", "Lê Minh Khôi", ("Phát ngôn viên", "Bộ Ngoại giao", "current")),
])
def test_a_bare_spokesperson_takes_the_ministry_printed_without_a_holder(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # a foreign name: the article's own ministry is not his
    ("Người phát ngôn Bộ Ngoại giao trả lời về chuyến thăm. Người phát ngôn John Kirley nói Washington hoan nghênh.",
     "John Kirley"),
    # two ministries printed with the title, no holder named: whose, the text does not say
    ("Người phát ngôn Bộ Ngoại giao và người phát ngôn Bộ Quốc phòng cùng có mặt. Người phát ngôn Lê Minh Khôi "
     "cho biết sẽ thông tin sau.", "Lê Minh Khôi"),
])
def test_no_ministry_for_a_spokesperson_it_is_not_his(pipeline, text, name):
    assert all(body is None for _t, body, _s in positions(pipeline, text).get(name, set()))


def test_a_spokesperson_owned_after_the_name_keeps_that_owner(pipeline):
    text = ("Người phát ngôn Bộ Ngoại giao trả lời báo chí. Người phát ngôn Lê Minh Khôi của Công an tỉnh "
            "Nghệ An cho biết nghi phạm đã bị bắt.")
    assert ("Người phát ngôn", "Công an tỉnh Nghệ An", "current") in positions(pipeline, text)["Lê Minh Khôi"]


@pytest.mark.parametrize(("text", "name"), [
    # a ministry printed often is a minister's reading only: a spokesperson elsewhere is no spokesperson of it
    ("Bộ Y tế thông báo số ca bệnh tăng. Bộ Y tế đề nghị người dân cẩn trọng. Bộ Y tế cũng cử đoàn công tác về "
     "địa phương. Tại một bệnh viện tuyến huyện, người phát ngôn Nguyễn Thị Lan cho biết đã đủ thuốc.",
     "Nguyễn Thị Lan"),
    ("Bộ Công an đã vào cuộc. Bộ Công an yêu cầu làm rõ vụ việc. Theo Bộ Công an, nghi phạm đã bị bắt. Phát ngôn "
     "viên Trần Quốc Vinh nói thêm rằng hồ sơ sẽ được công bố.", "Trần Quốc Vinh"),
    # a local body printed with the title and no holder too: whose spokesperson he is, the text does not say
    ("Người phát ngôn Bộ Y tế thông tin về dịch. Sau đó người phát ngôn Sở Y tế cho biết thêm số ca; người phát "
     "ngôn Lê Văn Tâm nói thêm rằng đã đủ thuốc.", "Lê Văn Tâm"),
    ("Người phát ngôn Bộ Ngoại giao trả lời về vụ việc. Người phát ngôn Công an tỉnh Nghệ An cho biết nghi phạm "
     "đã bị bắt. Người phát ngôn Lê Minh Khôi nói sẽ thông tin tiếp.", "Lê Minh Khôi"),
])
def test_no_ministry_for_a_spokesperson_the_text_does_not_tie_to_it(pipeline, text, name):
    assert all(body is None for _t, body, _s in positions(pipeline, text).get(name, set()))


def test_a_bare_minister_still_takes_the_ministry_printed_often(pipeline):
    text = ("Bộ Y tế thông báo số ca bệnh tăng. Bộ Y tế đề nghị người dân cẩn trọng. Bộ Y tế cũng cử đoàn công "
            "tác về địa phương. Bộ trưởng Đào Thị Hồng Lan yêu cầu các bệnh viện trực suốt ngày đêm.")
    assert ("Bộ trưởng", "Bộ Y tế", "current") in positions(pipeline, text)["Đào Thị Hồng Lan"]


@pytest.mark.parametrize(("text", "name", "body"), [
    # a body set off right after the name, closing its aside, is the office's
    ("Người phát ngôn Bộ Ngoại giao trả lời báo chí. Người phát ngôn Hoàng Thị Mai, Văn phòng Chính phủ, cho biết "
     "thêm về lịch làm việc.", "Hoàng Thị Mai", "Văn phòng Chính phủ"),
    ("Người phát ngôn Bộ Ngoại giao trả lời báo chí. Sau đó người phát ngôn Đỗ Văn Hải (Bộ Công an) cho biết đã bắt "
     "nghi phạm.", "Đỗ Văn Hải", "Bộ Công an"),
    # a body later in the clause, not set off after the name, is none of his: the unnamed ministry holds
    ("Người phát ngôn Bộ Ngoại giao trả lời báo chí. Người phát ngôn Lê Minh Khôi cho biết Bộ Công an đang xác "
     "minh.", "Lê Minh Khôi", "Bộ Ngoại giao"),
])
def test_a_body_set_off_after_the_spokesperson_comes_first(pipeline, text, name, body):
    got = positions(pipeline, text)[name]
    assert ("Người phát ngôn", body, "current") in got
    assert len(got) == 1
