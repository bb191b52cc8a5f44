"""Bodies: a foreign parliament's committee printed with its chamber and country is one body named with them, the
chamber with its country a body of its own too; never the home parliament's, a chamber printed without its country,
a lower-case word after the committee's head, nor a committee set off from the chamber by a comma (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize(("text", "committee", "chamber"), [
    ("Bà A, thành viên Ủy ban Ngân sách Hạ viện Mỹ, phản đối dự luật mới.",
     "Ủy ban Ngân sách Hạ viện Mỹ", "Hạ viện Mỹ"),
    ("Ủy ban Tình báo Thượng viện Mỹ vừa công bố một báo cáo dài.",
     "Ủy ban Tình báo Thượng viện Mỹ", "Thượng viện Mỹ"),
    ("Theo ông B, người đứng đầu Ủy ban Tình báo Quốc hội Nhật Bản, hai bên sẽ gặp lại.",
     "Ủy ban Tình báo Quốc hội Nhật Bản", "Quốc hội Nhật Bản"),
    ("Tiểu ban Quốc phòng Thượng viện Pháp họp kín trong hai ngày.",
     "Tiểu ban Quốc phòng Thượng viện Pháp", "Thượng viện Pháp"),
])
def test_committee_named_with_its_chamber_and_country(text: str, committee: str, chamber: str) -> None:
    names = extracted_body_names(text)
    assert committee in names and chamber in names
    assert committee.split(" Hạ viện")[0].split(" Thượng viện")[0].split(" Quốc hội")[0] not in names


def test_home_parliament_committee_keeps_its_own_name() -> None:
    names = extracted_body_names("Ủy ban Quốc phòng và An ninh Quốc hội Việt Nam họp phiên toàn thể.")
    assert not any(n.startswith("Ủy ban Quốc phòng và An ninh Quốc hội") for n in names)


def test_chamber_without_country_gets_none() -> None:
    names = extracted_body_names("Mỹ đang tranh cãi về thuế. Ủy ban Ngân sách Hạ viện đã bỏ phiếu thông qua bản dự thảo.")
    assert not any(n.endswith("Hạ viện Mỹ") for n in names)


def test_committee_set_off_by_a_comma_stays_apart() -> None:
    names = extracted_body_names("Ủy ban Ngân sách, Hạ viện Mỹ và Nhà Trắng đều lên tiếng.")
    assert "Hạ viện Mỹ" in names
    assert not any(n.startswith("Ủy ban Ngân sách Hạ viện") for n in names)


def test_lower_case_committee_name_is_no_committee_of_the_chamber() -> None:
    names = extracted_body_names("Sáng nay Ủy ban nhân dân tỉnh Lạng Sơn đã gửi điện mừng tới Quốc hội Lào.")
    assert "Quốc hội Lào" in names
    assert not any(n.endswith("Lạng Sơn Quốc hội Lào") for n in names)


def test_home_body_before_a_foreign_chamber_is_not_its_committee() -> None:
    text = ("Đại diện Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Quốc hội Lào cùng dự buổi gặp mặt "
            "tại Thủ đô Viêng Chăn.")
    names = extracted_body_names(text)
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam Quốc hội Lào" not in names
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in names
