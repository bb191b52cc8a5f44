"""A bare party committee ("Bí thư Đảng ủy, <title> <body>") belongs to the organization of the next link,
or to the place of a local government (constructed sentences); a bare one beside the same title's full one
is that office."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Ông Nguyễn Anh Thi - bí thư Đảng ủy, trưởng Ban Quản lý Khu công nghệ cao TP.HCM cho biết.", "Nguyễn Anh Thi",
     "Đảng ủy Ban Quản lý Khu công nghệ cao Thành phố Hồ Chí Minh"),
    ("Ông Lê Văn Tâm, Bí thư Đảng ủy, Chủ tịch UBND xã Tân Thành, phát biểu.", "Lê Văn Tâm", "Đảng ủy xã Tân Thành"),
    ("Ông Trần Văn Hải, Bí thư Đảng ủy, Giám đốc Sở Tài chính tỉnh Nam Định, phát biểu.", "Trần Văn Hải",
     "Đảng ủy Sở Tài chính tỉnh Nam Định"),
])
def test_a_bare_committee_takes_the_next_links_body(pipeline, text, name, body):
    held = positions(pipeline, text)[name]
    assert ("Bí thư", body, "current") in held
    assert not any(b == "Đảng ủy" for _t, b, _s in held)


def test_a_bare_former_committee_beside_the_full_one(pipeline):
    held = positions(pipeline, "Ông Nguyễn Anh Thi - nguyên bí thư Đảng ủy, trưởng ban quản lý khu này - bị kỷ luật. "
                               "Ông Nguyễn Anh Thi, bí thư Đảng ủy, trưởng Ban Quản lý Khu công nghệ cao TP.HCM, vi phạm.")
    held = held["Nguyễn Anh Thi"]
    assert ("Bí thư", "Đảng ủy Ban Quản lý Khu công nghệ cao Thành phố Hồ Chí Minh", "former") in held
    assert not any(b == "Đảng ủy" for _t, b, _s in held)
