"""A company named after a company officer's title by its Latin-script brand alone ("Chủ tịch HĐQT
VietinBank", "Tổng giám đốc BIM Group") is the office's body, and the chain goes on past it; a foreign
person's name after a title has no brand's marks and stays a name. "cố" before a title (a late holder) is a
former office. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Lê Văn Thành (cựu chủ tịch HĐQT Vietinbank, cựu bí thư Tỉnh ủy Bến Tre) khai tại tòa.", "Lê Văn Thành",
     ("Chủ tịch Hội đồng quản trị", "Vietinbank", "former")),
    ("Ông Lê Văn Thành (cựu chủ tịch HĐQT Vietinbank, cựu bí thư Tỉnh ủy Bến Tre) khai tại tòa.", "Lê Văn Thành",
     ("Bí thư", "Tỉnh ủy Bến Tre", "former")),
    ("Ông Trần Văn Hòa, nguyên Chủ tịch Hội đồng quản trị VietinBank, khai tại tòa.", "Trần Văn Hòa",
     ("Chủ tịch Hội đồng quản trị", "VietinBank", "former")),
    ("Ông Đoàn Quốc Hưng, Chủ tịch HĐQT kiêm Tổng giám đốc BIM Group, cho biết.", "Đoàn Quốc Hưng",
     ("Tổng Giám đốc", "BIM Group", "current")),
    ("Ông Đoàn Quốc Hưng, Chủ tịch HĐQT kiêm Tổng giám đốc BIM Group, cho biết.", "Đoàn Quốc Hưng",
     ("Chủ tịch Hội đồng quản trị", "BIM Group", "current")),
    ("Ông Đỗ Vinh Quang, Chủ tịch HĐQT Vietravel Airlines khẳng định đội bay sẽ tăng.", "Đỗ Vinh Quang",
     ("Chủ tịch Hội đồng quản trị", "Vietravel Airlines", "current")),
    ("Chủ tịch HĐQT Vietcombank Nguyễn Văn Nam cho biết lợi nhuận tăng.", "Nguyễn Văn Nam",
     ("Chủ tịch Hội đồng quản trị", "Vietcombank", "current")),
    ("Ông Phạm Văn Tú, Phó Tổng giám đốc Masan Group, cho biết.", "Phạm Văn Tú",
     ("Phó Tổng Giám đốc", "Masan Group", "current")),
])
def test_a_brand_after_a_company_officer_is_the_company(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_brand_is_no_person(pipeline):
    found = positions(pipeline, "Ông Nguyễn Văn Nam, Chủ tịch HĐQT Vietcombank, cho biết lợi nhuận tăng.")
    assert "Vietcombank" not in found
    assert ("Chủ tịch Hội đồng quản trị", "Vietcombank", "current") in found["Nguyễn Văn Nam"]


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Phát biểu tại buổi lễ, Chủ tịch Jin Liqun nhấn mạnh vai trò của ngân hàng.", "Jin Liqun", "Chủ tịch"),
    ("Đại diện phía tờ báo có Giám đốc điều hành Raees Rezwie, biên tập viên.", "Raees Rezwie", "Giám đốc điều hành"),
    ("Ông Wilford Augustus, Chủ tịch Mạng lưới doanh nghiệp London, phát biểu.", "Wilford Augustus", "Chủ tịch"),
])
def test_a_foreign_name_after_a_title_is_no_brand(pipeline, text, name, title):
    found = positions(pipeline, text)
    assert name in found
    assert all(body is None or "Jin" not in body and "Raees" not in body for _t, body, _s in found[name])


def test_a_brand_after_a_title_of_no_company_is_none(pipeline):
    found = positions(pipeline, "Ông Nguyễn Văn Nam, Bộ trưởng VietinBank, cho biết.")
    assert all(body != "VietinBank" for _t, body, _s in found.get("Nguyễn Văn Nam", set()))


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Trước đó, cố chủ tịch HĐQT BIM Group Đoàn Quốc Việt qua đời hôm 7-11.", "Đoàn Quốc Việt",
     ("Chủ tịch Hội đồng quản trị", "BIM Group", "former")),
    ("Ông A nói về cố Tổng Bí thư Nguyễn Văn Linh và công cuộc đổi mới.", "Nguyễn Văn Linh",
     ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former")),
])
def test_a_late_holder_held_a_former_office(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_trying_is_no_status(pipeline):
    found = positions(pipeline, "Ông Nguyễn Văn Cường cố gắng làm việc với Giám đốc Sở Y tế Hà Nội Trần Văn Dũng.")
    assert all(status == "current" for _t, _b, status in found.get("Trần Văn Dũng", set()))
