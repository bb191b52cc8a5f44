"""Bodies: a deputy printed with his province in parentheses names that province's National Assembly
delegation ("đại biểu Đỗ Huy Khánh (Đồng Nai)" -> "Đoàn đại biểu Quốc hội tỉnh Đồng Nai")."""

from __future__ import annotations

from conftest import body_names


def test_deputies_with_their_province() -> None:
    text = ("Quốc hội thảo luận dự luật. Đại biểu Đỗ Huy Khánh (Đồng Nai) đồng tình. Đại  biểu Chamaléa Thị Thủy "
            "(Ninh Thuận) nêu ý kiến.")
    assert body_names(text) == ["Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai", "Đoàn đại biểu Quốc hội tỉnh Ninh Thuận"]


def test_level_word_or_delegation_word_inside_the_parentheses() -> None:
    text = "Tại Quốc hội, đại biểu Quốc hội Trần Văn Bình (TP.HCM) và đại biểu Lê Cường (đoàn Hà Nội) nêu ý kiến."
    assert body_names(text)[-2:] == ["Đoàn đại biểu Quốc hội Thành phố Hồ Chí Minh", "Đoàn đại biểu Quốc hội thành phố Hà Nội"]
    assert body_names("Quốc hội họp, đại biểu Trần Văn Bình (tỉnh Nghệ An) phát biểu.")[-1] == (
        "Đoàn đại biểu Quốc hội tỉnh Nghệ An")


def test_no_delegation_outside_the_assembly_or_without_a_province() -> None:
    assert body_names("Hội nghị có đại biểu Nguyễn Văn An (Đà Nẵng) tham dự.") == []
    assert body_names("Quốc hội họp. Đại biểu Nguyễn Thị Quyết Tâm (Phó bí thư Thành uỷ) phát biểu.") == ["Quốc hội"]
    assert body_names("Quốc hội họp. Các đại biểu (Đà Nẵng) phát biểu.") == ["Quốc hội"]
