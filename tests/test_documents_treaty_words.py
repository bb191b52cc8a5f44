"""Documents: a treaty's capitalized name runs over the words of a treaty that else read as a stop word ('Hiệp định
Thương mại tự do ...': 'do' is no cause there; treaty_word rows). Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hai bên nhất trí tiếp tục triển khai hiệu quả Hiệp định Thương mại tự do Việt Nam - EU. Đồng thời tăng cường "
         "hợp tác đầu tư.", "Hiệp định Thương mại tự do Việt Nam - EU"),
        ("Việt Nam và Israel đã ký Hiệp định Thương mại tự do Việt Nam - Israel vào tháng 7.",
         "Hiệp định Thương mại tự do Việt Nam - Israel"),
        ("Hai nước thúc đẩy đàm phán Hiệp định Thương mại tự do ASEAN - Canada, theo thông cáo.",
         "Hiệp định Thương mại tự do ASEAN - Canada"),
    ],
)
def test_a_treaty_name_runs_over_tu_do(extractor, text, name) -> None:
    assert document_pairs(extractor, text) == [("Hiệp định", name)]


def test_a_law_name_still_ends_at_do(extractor) -> None:
    # "do" after a law's name is the cause ("do Quốc hội ban hành"), no part of it
    assert document_pairs(extractor, "Theo Luật Đất đai do Quốc hội thông qua, người dân được bồi thường.") == [
        ("Luật", "Luật Đất đai")]
