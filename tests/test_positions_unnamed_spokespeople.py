"""A spokesperson printed bare before a Vietnamese name ("người phát ngôn A") speaks for the ministry the article
prints with that title and no name after it ("người phát ngôn Bộ Ngoại giao trả lời"), as a bare minister does
(titles.tsv article_ministry); a foreign name, another ministry printed so, or one owned after the name keep theirs
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
