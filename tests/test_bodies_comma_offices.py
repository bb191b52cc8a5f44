"""Bodies: an office printed before its local body after a comma ("Phòng Cảnh sát cơ động, Công an tỉnh Đắk
Lắk") takes it; a department before its ministry stays apart."""

from __future__ import annotations

from conftest import body_names


def test_office_before_a_comma_takes_its_local_body() -> None:
    assert body_names("Hội Văn học Nghệ thuật Đắk Lắk và Phòng Cảnh sát cơ động, Công an tỉnh Đắk Lắk tổ chức.") == [
        "Hội Văn học Nghệ thuật Đắk Lắk", "Phòng Cảnh sát cơ động Công an tỉnh Đắk Lắk", "Công an tỉnh Đắk Lắk"]
    assert body_names("Phòng Tài chính - Kế hoạch, UBND huyện Gia Lâm cho biết.") == [
        "Phòng Tài chính - Kế hoạch Ủy ban nhân dân huyện Gia Lâm", "Ủy ban nhân dân huyện Gia Lâm"]


def test_office_printed_without_a_comma_hides_its_body() -> None:
    assert body_names("Vụ Pháp chế Bộ Tài chính khởi thảo thông tư.") == ["Vụ Pháp chế Bộ Tài chính"]
    # a police unit printed as a proper name names its force on its own too (the ledger's gold)
    assert body_names("Phòng Cảnh sát kinh tế Công an tỉnh Quảng Ninh khởi tố vụ án.") == [
        "Phòng Cảnh sát kinh tế Công an tỉnh Quảng Ninh", "Công an tỉnh Quảng Ninh"]


def test_department_before_a_comma_stays_apart_from_its_ministry() -> None:
    assert body_names("Cục Cảnh sát giao thông, Bộ Công an cho biết.") == ["Cục Cảnh sát giao thông", "Bộ Công an"]
