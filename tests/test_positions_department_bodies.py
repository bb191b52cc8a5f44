"""Offices in hospitals, institutes and schools (constructed sentences).

A department head ("trưởng khoa", "phó trưởng khoa", "phó khoa") printed in lower case as an aside after a name, with
the department's name in lower case and then the hospital, institute or school: the title stays bare and the
department goes into the body ("Trưởng khoa" of "Khoa Hồi sức Bệnh viện X"), as the ledger gold writes it. Near misses
name a person or a body and must keep their reading: a verb after the title, a department run into no marked body, a
unit that is no department ("phòng")."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Theo bác sĩ Vương Văn Cần - trưởng khoa hồi sức tích cực Bệnh viện Đa khoa tỉnh Hòa Bình - bệnh nhân đã tỉnh.",
     "Vương Văn Cần", ("Trưởng khoa", "Khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Hòa Bình", "current")),
    ("ThS Hứa Thị Xuyến, phó khoa nhi Bệnh viện Đa khoa Xuân Lộc, cho biết trẻ đã tỉnh lại.",
     "Hứa Thị Xuyến", ("Phó khoa", "Khoa Nhi Bệnh viện Đa khoa Xuân Lộc", "current")),
    ("Bác sĩ Trịnh Văn Nguyên, phó trưởng khoa cấp cứu Bệnh viện Đa khoa tỉnh Phú Thọ, cho biết ca bệnh đã ổn định.",
     "Trịnh Văn Nguyên", ("Phó Trưởng khoa", "Khoa Cấp cứu Bệnh viện Đa khoa tỉnh Phú Thọ", "current")),
    ("Ông Mẫn Đức Thịnh (trưởng khoa giám định thuộc Viện Pháp y Quân đội) đã ký kết luận.",
     "Mẫn Đức Thịnh", ("Trưởng khoa", "Khoa Giám định Viện Pháp y Quân đội", "current")),
    ("Bà Âu Thị Ngân, nguyên trưởng khoa dược Bệnh viện Đa khoa tỉnh Lào Cai, bị khởi tố.",
     "Âu Thị Ngân", ("Trưởng khoa", "Khoa Dược Bệnh viện Đa khoa tỉnh Lào Cai", "former")),
])
def test_a_department_goes_into_the_body(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


# near misses (crime, business, weather, health, sport, school news): each names a person and a body
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Bị cáo Lò Văn Tư, nguyên trưởng khoa khẳng định Bệnh viện Đa khoa huyện Tân Kỳ không nhận tiền.",
     "Lò Văn Tư", ("Trưởng khoa", None, "former")),
    ("Ông Phạm Văn Đông, trưởng phòng kinh doanh Công ty cổ phần Thép Hòa Phát Miền Trung, cho biết giá thép tăng.",
     "Phạm Văn Đông", ("Trưởng phòng kinh doanh", "Công ty cổ phần Thép Hòa Phát Miền Trung", "current")),
    ("Ông Trần Quang Năng - trưởng phòng dự báo Đài Khí tượng thủy văn tỉnh Quảng Bình - cho biết mưa lớn kéo dài.",
     "Trần Quang Năng", ("Trưởng phòng dự báo", "Đài Khí tượng thủy văn tỉnh Quảng Bình", "current")),
    ("Bà Ngô Thị Hằng, trưởng khoa phụ sản Sao Mai Medical, cho biết ca mổ thành công.",
     "Ngô Thị Hằng", ("Trưởng khoa", None, "current")),
])
def test_guard_no_department_or_university_read(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Lý Văn Tâm, phó khoa, cho biết ca mổ thành công tại Bệnh viện Đa khoa tỉnh Sơn La.", "Lý Văn Tâm"),
    ("HLV Nguyễn Văn Sơn, cựu sinh viên khoa huấn luyện Trường Đại học Thể dục thể thao Bắc Ninh, nói đội đã sẵn sàng.",
     "Nguyễn Văn Sơn"),
    ("Cô Mai Thị Lan, giáo viên dạy khoa học Trường THCS Lê Quý Đôn, được khen thưởng.", "Mai Thị Lan"),
    ("Giám đốc Lê Văn Hòa cho biết nhóm phó khoa học của Công ty cổ phần Dược Hậu Giang đã sang Đức.", "Lê Văn Hòa"),
])
def test_guard_no_department_office(pipeline, text, name):
    got = positions(pipeline, text).get(name, set())
    assert not any(t in ("Phó khoa", "Trưởng khoa", "Phó Trưởng khoa") or (b or "").startswith("Khoa ")
                   for t, b, _s in got)
