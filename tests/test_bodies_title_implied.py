"""Bodies a title names without printing them whole: the Party's Central Committee after a member's
title, and a foreign government after its head's title (constructed sentences)."""

import pytest

from conftest import body_names

BCH = "Ban Chấp hành Trung ương Đảng"




@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghệ An phát biểu.",
    "Ông Trần Văn Bình - Ủy viên Trung ương Đảng, Bộ trưởng Bộ Tài chính dự họp.",
    "Bà Lê Thị Cúc, Ủy viên dự khuyết Trung ương Đảng, Phó Chủ tịch Quốc hội.",
    "Đồng chí Phạm Văn Dũng, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương.",
    "Ông Hoàng Minh Em, Ủy viên Trung ương, Chủ tịch Ủy ban nhân dân tỉnh Nam Định.",
])
def test_member_title_names_the_central_committee(text):
    assert BCH in body_names(text)


def test_member_title_takes_the_term_the_article_prints():
    text = ("Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII bế mạc. "
            "Ông Nguyễn Văn An, Ủy viên Trung ương Đảng, phát biểu.")
    assert body_names(text).count(f"{BCH} khóa XIII") == 2 and BCH not in body_names(text)


@pytest.mark.parametrize("text", [
    "Dự họp có các đồng chí Ủy viên Trung ương Đảng, lãnh đạo các bộ, ngành.",
    "Tham dự có các đồng chí Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy viên Trung ương Đảng.",
    "Ông Trần Cương, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, tiếp đoàn.",
])
def test_classes_of_attendees_and_foreign_parties_are_no_member_office(text):
    assert BCH not in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Thủ tướng Hungary Viktor Orban tuyên bố sẽ mời khách.", "Chính phủ Hungary"),
    ("Thủ tướng Israel Benjamin Netanyahu bị phát lệnh bắt.", "Chính phủ Israel"),
    ("Lễ đón do Thủ tướng Malaysia Anwar Ibrahim chủ trì.", "Chính phủ Malaysia"),
    ("Ông gặp Thủ tướng Nhật Bản tại Tokyo.", "Chính phủ Nhật Bản"),
])
def test_foreign_head_of_government_names_the_government(text, body):
    assert body in body_names(text)


def test_head_of_government_without_a_country_adds_nothing():
    assert not any(n.startswith("Chính phủ ") for n in body_names("Thủ tướng yêu cầu các bộ khẩn trương."))


@pytest.mark.parametrize("text", [
    "Kết luận của Hội nghị Trung ương Đảng vừa qua đã được quán triệt.",
    "Tại Hội nghị Trung ương Đảng, các đại biểu thảo luận đề án.",
    "Theo thông cáo, Hội nghị Trung ương Đảng đã bế mạc sau ba ngày làm việc.",
])
def test_a_plenum_of_the_party_names_the_central_committee(text):
    assert BCH in body_names(text)


def test_a_plenum_printed_with_its_term_names_the_committee():
    assert BCH in body_names("Kết luận của Hội nghị Trung ương Đảng khóa XIII được ban hành.")


@pytest.mark.parametrize("text", [
    "Các giải pháp mà Hội nghị Trung ương 4 khóa XII đã đề ra cần được cụ thể hóa.",
    "Sau Hội nghị Trung ương sẽ có một hội nghị toàn quốc quán triệt nghị quyết.",
    "Hội nghị Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh khai mạc sáng nay.",
    "Hội nghị trung ương Đảng và địa phương bàn về giải ngân vốn.",
    "Hội nghị toàn quốc quán triệt nghị quyết diễn ra sáng nay.",
])
def test_a_bare_plenum_and_other_meetings_name_no_central_committee(text):
    assert not any(n.startswith(BCH) for n in body_names(text))
