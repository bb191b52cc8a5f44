"""A mass organization's central committee printed "Trung ương" + its name keeps "Trung ương" (constructed
sentences): "Trung ương Hội Sinh viên Việt Nam", "Ban Thường vụ Trung ương Hội X", "Ủy ban Trung ương Hội Hữu nghị
Việt - Nga"; the Youth Union's ("Trung ương Đoàn") is its Executive Committee, as positions name it."""

import pytest

from conftest import body_names

YOUTH = "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


@pytest.mark.parametrize("text, body", [
    ("Anh Trần Văn Bình, chủ tịch Trung ương Hội Sinh viên Việt Nam, phát biểu tại buổi lễ.",
     "Trung ương Hội Sinh viên Việt Nam"),
    ("Chương trình do Trung ương Hội Liên hiệp thanh niên Việt Nam phối hợp tổ chức.",
     "Trung ương Hội Liên hiệp Thanh niên Việt Nam"),
    ("Ông Lê Văn Hải là ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam.",
     "Ban Thường vụ Trung ương Hội Nông dân Việt Nam"),
    ("Bà Đỗ Thị Mai, phó tổng thư ký Trung ương Hội Cựu chiến binh Việt Nam, dự lễ.",
     "Trung ương Hội Cựu chiến binh Việt Nam"),
    ("Bà Đỗ Thị Mai, Phó Chủ tịch Ủy ban Trung ương Hội Hữu nghị Việt - Nga, dự lễ.",
     "Ủy ban Trung ương Hội Hữu nghị Việt - Nga"),
])
def test_central_committee_of_a_mass_organization(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Anh Hoàng Văn Nam, Bí thư Trung ương Đoàn, phát biểu tại buổi gặp mặt.",
    "Ông Vũ Đức Long, Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, dự họp.",
])
def test_the_youth_unions_centre_is_its_executive_committee(text):
    assert YOUTH in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Ông Lê Thành Công là chủ tịch Hội Nông dân Việt Nam.", "Hội Nông dân Việt Nam"),
    ("Các cơ quan trung ương Hội Nông dân Việt Nam đã góp ý.", "Hội Nông dân Việt Nam"),
    ("Ngân sách Trung ương, Hội Doanh nhân trẻ tỉnh Bình Long đã đóng góp 2 tỉ đồng.",
     "Hội Doanh nhân trẻ tỉnh Bình Long"),
    ("Các bộ ngành Trung ương Hội đồng nhân dân tỉnh Bình Long đã thống nhất phương án.",
     "Hội đồng nhân dân tỉnh Bình Long"),
    ("Bệnh viện Trung ương Huế đón bệnh nhân chuyển từ Hội An sau vụ tai nạn.", None),
    ("Đội bóng của Hội Cổ động viên Sài Gòn thắng trận giao hữu với đội Trung ương Hội.", None),
])
def test_near_misses_keep_no_central_committee(text, body):
    names = body_names(text)
    assert not any(n.startswith(("Trung ương Hội", "Ủy ban Trung ương Hội")) for n in names)
    if body:
        assert body in names


def test_the_youth_union_secretariat_is_no_executive_committee():
    from conftest import body_names as names

    got = names("Ban Bí thư Trung ương Đoàn quyết định tặng Huy hiệu Tuổi trẻ dũng cảm cho em Nguyễn Văn An.")
    assert "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" in got
    assert "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" not in got
