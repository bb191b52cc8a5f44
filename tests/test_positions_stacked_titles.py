"""Several titles printed before one name ("Tổng Bí thư, Chủ tịch nước A", "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh X A",
"Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội A"): every title is a position of its own, each with its own body,
and a place printed once at the end of the chain is shared by the party organ printed bare before it. A military
rank printed alone before a name ("Thượng tướng A") is no position: the gold never makes one of it. Near-misses:
a list of several people, each with a title ("các đồng chí: ..."), a body with a comma in its name ("Ban Chính
sách, chiến lược Trung ương") and a place set off after a name. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Sáng 5-3, Tổng Bí thư, Chủ tịch nước Nguyễn Văn Hùng đã tiếp đoàn đại biểu.", "Nguyễn Văn Hùng",
     {("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "current"),
      ("Chủ tịch nước", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam", "current")}),
    ("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Quảng Trị Lê Văn Bình phát biểu tại hội nghị.", "Lê Văn Bình",
     {("Bí thư", "Tỉnh ủy Quảng Trị", "current"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Trị", "current")}),
    ("Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Bắc Giang Trần Minh Quế chủ trì buổi làm việc.",
     "Trần Minh Quế", {("Phó Bí thư Thường trực", "Tỉnh ủy Bắc Giang", "current"),
                       ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bắc Giang", "current")}),
    ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Phạm Quốc Tuấn dự lễ khánh thành.", "Phạm Quốc Tuấn",
     {("Ủy viên", "Bộ Chính trị", "current"), ("Bí thư", "Thành ủy Hà Nội", "current")}),
    ("Phó Bí thư Đảng ủy, Chủ tịch UBND xã Phú Lộc Nguyễn Thị Hà cho biết.", "Nguyễn Thị Hà",
     {("Phó Bí thư", "Đảng ủy xã Phú Lộc", "current"), ("Chủ tịch", "Ủy ban nhân dân xã Phú Lộc", "current")}),
    ("Bí thư Đảng ủy, Chủ tịch UBND phường Tân Định Võ Thị Lan cho biết thêm.", "Võ Thị Lan",
     {("Bí thư", "Đảng ủy phường Tân Định", "current"),
      ("Chủ tịch", "Ủy ban nhân dân phường Tân Định", "current")}),
    ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh Nguyễn Văn Phúc chủ trì.",
     "Nguyễn Văn Phúc", {("Ủy viên", "Ban Chấp hành Trung ương Đảng", "current"),
                         ("Bí thư", "Tỉnh ủy Hà Tĩnh", "current"),
                         ("Chủ tịch", "Hội đồng nhân dân tỉnh Hà Tĩnh", "current")}),
    ("Chủ tịch Quốc hội, Chủ tịch Hội đồng bầu cử quốc gia Trần Văn Tú khai mạc hội nghị.", "Trần Văn Tú",
     {("Chủ tịch", "Quốc hội", "current"), ("Chủ tịch", "Hội đồng bầu cử quốc gia", "current")}),
    # titles in lower case, as one outlet prints them, the chain set off after the name
    ("Ông Lê Văn Bình, bí thư Tỉnh ủy, chủ tịch HĐND tỉnh Quảng Trị, phát biểu tại hội nghị.", "Lê Văn Bình",
     {("Bí thư", "Tỉnh ủy Quảng Trị", "current"), ("Chủ tịch", "Hội đồng nhân dân tỉnh Quảng Trị", "current")}),
    ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An Hồ Văn Lực chủ trì.", "Hồ Văn Lực",
     {("Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An", "current"),
      ("Trưởng ban", "Ban Tổ chức Tỉnh ủy Nghệ An", "current")}),
])
def test_every_title_of_the_chain_is_a_position(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đại tướng Hoàng Văn Dũng, Bộ trưởng Bộ Quốc phòng, vừa thăm một trung đoàn pháo binh.", "Hoàng Văn Dũng",
     {("Bộ trưởng", "Bộ Quốc phòng", "current")}),
    ("Trung tướng Phạm Văn Hòa, Giám đốc Công an tỉnh Long An, trả lời báo chí sau buổi họp.", "Phạm Văn Hòa",
     {("Giám đốc", "Công an tỉnh Long An", "current")}),
    ("Thiếu tướng, Phó Giám đốc Công an tỉnh Nghệ An Hoàng Văn Sơn cho hay.", "Hoàng Văn Sơn",
     {("Phó Giám đốc", "Công an tỉnh Nghệ An", "current")}),
    ("Thượng tướng Lê Quang Vinh đã đến thăm đơn vị.", "Lê Quang Vinh", set()),
    ("Thiếu tướng Đỗ Minh Tâm cùng đoàn công tác đã kiểm tra công trình.", "Đỗ Minh Tâm", set()),
])
def test_a_rank_is_no_position(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


def test_a_list_of_people_gives_each_title_to_its_own_name(pipeline):
    found = positions(pipeline, "Ngồi ở hàng ghế đầu là các đồng chí: Bí thư Tỉnh ủy Quảng Trị Lê Văn An, Chủ tịch UBND "
                                "tỉnh Quảng Trị Trần Văn Bảo.")
    assert found["Lê Văn An"] == {("Bí thư", "Tỉnh ủy Quảng Trị", "current")}
    assert found["Trần Văn Bảo"] == {("Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị", "current")}


def test_a_comma_inside_a_body_name_splits_no_title(pipeline):
    found = positions(pipeline, "Phó Trưởng Ban Chính sách, chiến lược Trung ương, Phó Chủ tịch Hội đồng Lý luận "
                                "Trung ương Đỗ Văn Khải phát biểu.")
    assert found["Đỗ Văn Khải"] == {("Phó Trưởng ban", "Ban Chính sách, chiến lược Trung ương", "current"),
                                    ("Phó Chủ tịch", "Hội đồng Lý luận Trung ương", "current")}


def test_a_place_after_the_name_is_no_second_title(pipeline):
    found = positions(pipeline, "Bí thư Tỉnh ủy Lê Văn An, Quảng Trị, cho biết tỉnh sẽ tập trung nguồn lực.")
    assert found["Lê Văn An"] == {("Bí thư", "Tỉnh ủy Quảng Trị", "current")}
