"""A unit's body and its institution (constructed sentences): a unit read as a title's body ("Phòng X", "Ban X")
and printed right before the institution it belongs to, a plain space between them, is named with that
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


# the institution's span running into the next person ("Viện Y và ông B"), a list of persons after the institution,
# a second link of the chain whose title's capitalized "Ban" the bodies stage left out of the body
def test_an_institution_before_and_and_an_honorific_stops_there(pipeline):
    for honorific, other in (("ông", "Mạc Văn Tùng"), ("bà", "Mạc Thị Yến")):
        found = positions(pipeline, f"Ông Đinh Công Bảy, trưởng Phòng Quản trị Viện Cơ học {honorific} {other} "
                                    "cùng ký biên bản.")
        assert found["Đinh Công Bảy"] == {("Trưởng phòng", "Phòng Quản trị Viện Cơ học", "current")}
        assert not found.get(other)


def test_a_school_before_and_and_an_honorific_keeps_the_holder(pipeline):
    found = positions(pipeline, "Bà Kiều Thị Nhung, phó trưởng Phòng Công tác học sinh Trường Đại học Thủy lợi và ông "
                                "Mạc Văn Tùng đã có mặt.")
    assert found["Kiều Thị Nhung"] == {("Phó Trưởng phòng", "Phòng Công tác học sinh Trường Đại học Thủy lợi", "current")}
    assert not found.get("Mạc Văn Tùng")


def test_a_list_of_persons_after_the_institution_leaves_the_unit_as_read(pipeline):
    found = positions(pipeline, "Bà Kiều Thị Nhung, trưởng Phòng Khảo thí Đại học Thái Nguyên, bà Mạc Thị Yến và ông "
                                "Đinh Công Bảy cùng dự buổi làm việc.")
    assert found["Kiều Thị Nhung"] == {("Trưởng phòng", "Phòng Khảo thí", "current")}
    assert not found.get("Mạc Thị Yến") and not found.get("Đinh Công Bảy")


def test_a_name_holding_and_is_taken_whole(pipeline):
    found = positions(pipeline, "Ông Đinh Công Bảy, trưởng Phòng Hợp tác quốc tế Viện Khoa học và Công nghệ Việt Nam, "
                                "cho biết hội thảo sẽ mở vào tháng tới.")
    assert ("Trưởng phòng", "Phòng Hợp tác quốc tế Viện Khoa học và Công nghệ Việt Nam", "current") in found["Đinh Công Bảy"]


@pytest.mark.parametrize(("second", "title"), [("trưởng", "Trưởng ban"), ("phó trưởng", "Phó Trưởng ban")])
def test_a_second_link_keeps_its_printed_ban(pipeline, second, title):
    found = positions(pipeline, f"Ông Đinh Công Bảy, trưởng Phòng Quản trị Viện Cơ học, {second} Ban Thanh tra "
                                "Trường Đại học Thủy lợi, trình bày báo cáo.")
    assert found["Đinh Công Bảy"] == {("Trưởng phòng", "Phòng Quản trị Viện Cơ học", "current"),
                                      (title, "Ban Thanh tra Trường Đại học Thủy lợi", "current")}


def test_a_lower_case_ban_is_the_title_only(pipeline):
    found = positions(pipeline, "Ông Đinh Công Bảy, trưởng ban Thanh tra Trường Đại học Thủy lợi, trình bày báo cáo.")
    assert all(body is None or not body.startswith("Ban ") for _t, body, _s in found.get("Đinh Công Bảy", set()))
