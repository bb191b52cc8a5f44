"""An assistant to a leader ("Trợ lý Chủ tịch nước Tống Thanh Trì", "ông A - trợ lý Tổng Bí thư") holds the
assistant's office, not the leader's (constructed sentences, several variants)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Dự lễ đón có Thứ trưởng Bộ Công an Lê Văn Tuyến, Trợ lý Chủ tịch nước Tống Thanh Trì và đại sứ các nước.",
     "Tống Thanh Trì", "Trợ lý Chủ tịch nước"),
    ("Cùng đi có Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh; ông Tô Ân Xô - trợ lý Tổng Bí thư, cùng nhiều quan chức.",
     "Tô Ân Xô", "Trợ lý Tổng Bí thư"),
    ("Ông Nguyễn Văn Bình, Trợ lý Thủ tướng, cho biết như vậy.", "Nguyễn Văn Bình", "Trợ lý Thủ tướng"),
    ("Trợ lý Chủ tịch Quốc hội Nguyễn Văn Bình tham dự buổi làm việc.", "Nguyễn Văn Bình",
     "Trợ lý Chủ tịch Quốc hội"),
])
def test_an_assistant_holds_the_assistants_office(pipeline, text, name, title):
    got = positions(pipeline, text)[name]
    assert (title, None, "current") in got
    leader = title.removeprefix("Trợ lý ")
    assert not any(t == leader or t == title.split(" ", 2)[-1] for t, _b, _s in got)


def test_the_leader_keeps_the_leaders_office(pipeline):
    got = positions(pipeline, "Chủ tịch nước Lương Cường và Trợ lý Chủ tịch nước Tống Thanh Trì dự lễ đón.")
    assert any(t == "Chủ tịch nước" for t, _b, _s in got["Lương Cường"])
    assert all(t == "Trợ lý Chủ tịch nước" for t, _b, _s in got["Tống Thanh Trì"])
