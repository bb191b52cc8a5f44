"""A unit's body and its institution (constructed sentences): a unit read as a title's body ("Phòng X", "Ban X",
"Khoa X") and printed right before the institution it belongs to, a plain space between them, is named with that
institution ("Phòng Tổ chức Viện Y"), as the ledger gold writes such units. A comma, a dash or a bracket between the
two, an institution of the unit's own head, a body that is no institution, or no unit before it, keep the body as
read."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Lê Quang Định, trưởng Phòng Tổ chức Viện Dinh dưỡng quốc gia, nói đợt tuyển dụng đã xong.",
     "Lê Quang Định", ("Trưởng phòng", "Phòng Tổ chức Viện Dinh dưỡng quốc gia", "current")),
    ("Bà Đào Thu Trang - phó trưởng Ban Công tác sinh viên Đại học Đà Nẵng - nói quy chế sẽ sửa.",
     "Đào Thu Trang", ("Phó Trưởng ban", "Ban Công tác sinh viên Đại học Đà Nẵng", "current")),
    ("Theo ông Vi Văn Toàn, trưởng Phòng Đào tạo Học viện Ngân hàng, điểm chuẩn năm nay tăng nhẹ.",
     "Vi Văn Toàn", ("Trưởng phòng", "Phòng Đào tạo Học viện Ngân hàng", "current")),
    ("Ông Mẫn Đức Chính, nguyên trưởng Ban Kiểm soát Tổng công ty Cà phê Việt Nam, bị khởi tố.",
     "Mẫn Đức Chính", ("Trưởng ban", "Ban Kiểm soát Tổng công ty Cà phê Việt Nam", "former")),
])
def test_a_unit_printed_before_its_institution_takes_it(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


# near misses (education, health, administration, business): a comma or a bracket between the unit and the next
# body, a ministry or a province's department after the unit (the bodies stage's reading), no unit before the institution
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Lê Quang Định, trưởng Phòng Tổ chức, Viện Dinh dưỡng quốc gia, nói đợt tuyển dụng đã xong.",
     "Lê Quang Định", ("Trưởng phòng", "Phòng Tổ chức", "current")),
    ("Ông Lê Quang Định, trưởng Phòng Tổ chức (Viện Dinh dưỡng quốc gia) nói đợt tuyển dụng đã xong.",
     "Lê Quang Định", ("Trưởng phòng", "Phòng Tổ chức", "current")),
    ("Bà Hồ Thị Nga, vụ trưởng Vụ Hợp tác quốc tế Bộ Tư pháp, nói dự thảo đã trình.",
     "Hồ Thị Nga", ("Vụ trưởng", "Vụ Hợp tác quốc tế Bộ Tư pháp", "current")),
    ("Ông Quan Văn Lộc, giám đốc Trung tâm Y tế huyện Mường Tè, nói dịch đã giảm.",
     "Quan Văn Lộc", ("Giám đốc", "Trung tâm Y tế huyện Mường Tè", "current")),
])
def test_guard_the_body_as_read(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
