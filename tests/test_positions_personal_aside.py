"""A name printed with the person's age or birth year before the appositive chain (constructed sentences), as
court and police news print them; and the "Chi cục trưởng" of a Chi cục."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Công an khởi tố bị can đối với ông Lê Văn Sang (40 tuổi, trú tại phường Tân Mỹ, TP Bắc Giang) - chi cục trưởng "
     "Chi cục Kiểm tra sau thông quan - về tội nhận hối lộ.",
     "Lê Văn Sang", ("Chi cục trưởng", "Chi cục Kiểm tra sau thông quan", "current")),
    ("Bị can gồm ông Hoàng Văn Dũng (sinh năm 1966), trú tại phường Yên Thanh, thành phố Uông Bí, chi cục trưởng "
     "Chi cục Biển và hải đảo; và một người khác.",
     "Hoàng Văn Dũng", ("Chi cục trưởng", "Chi cục Biển và hải đảo", "current")),
    ("Tòa xét xử bị cáo Trần Văn Minh (52 tuổi, nguyên Phó Giám đốc Sở Tài chính tỉnh Hòa Bình) về tội tham ô.",
     "Trần Văn Minh", ("Phó Giám đốc", "Sở Tài chính tỉnh Hòa Bình", "former")),
    ("Cơ quan điều tra bắt Nguyễn Thị Lan (SN 1975), ngụ phường 7, quận 3, Giám đốc Công ty TNHH Phú An.",
     "Nguyễn Thị Lan", ("Giám đốc", "Công ty TNHH Phú An", "current")),
])
def test_the_chain_after_an_age_or_birth_year_aside_is_the_persons(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_chain_after_another_name_is_not_the_first_persons(pipeline):
    text = ("Bị can gồm ông Hoàng Văn Dũng (sinh năm 1966), trú tại phường Yên Thanh, cùng ông Lê Văn Tám, "
            "Giám đốc Sở Xây dựng tỉnh Quảng Ninh.")
    assert all(b != "Sở Xây dựng tỉnh Quảng Ninh" for _t, b, _s in positions(pipeline, text).get("Hoàng Văn Dũng", set()))


def test_an_aside_without_residence_or_separator_opens_no_chain(pipeline):
    text = "Ông Nguyễn Văn An (45 tuổi) cho biết Giám đốc Sở Y tế tỉnh Nghệ An đã ký quyết định."
    assert positions(pipeline, text).get("Nguyễn Văn An", set()) == set()


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chi cục trưởng Chi cục Kiểm lâm Nguyễn Văn An cho biết.", "Nguyễn Văn An", ("Chi cục trưởng", "Chi cục Kiểm lâm", "current")),
    ("Phó Chi cục trưởng Chi cục Thủy lợi Lê Văn Hùng nói.", "Lê Văn Hùng", ("Phó Chi cục trưởng", "Chi cục Thủy lợi", "current")),
    ("Ông Trần Văn Bình, chi cục phó Chi cục Thuế khu vực I, bị kỷ luật.", "Trần Văn Bình",
     ("Phó Chi cục trưởng", "Chi cục Thuế khu vực I", "current")),
])
def test_the_head_of_a_chi_cuc_is_chi_cuc_truong_not_cuc_truong(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == {expected}
