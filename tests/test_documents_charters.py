"""Documents: a charter named by its capitalized proper name ('Hiến chương Liên Hợp Quốc', 'Hiến chương ASEAN'),
the name ending at the first lower-case word after it. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các nước cam kết tôn trọng luật pháp quốc tế, Hiến chương Liên Hợp Quốc. Để xây dựng hòa bình, cần đối thoại.",
         ("Hiến chương", "Hiến chương Liên Hợp Quốc")),
        ("Hai bên nhất trí tuân thủ các nguyên tắc của Hiến chương ASEAN, thúc đẩy hợp tác khu vực.",
         ("Hiến chương", "Hiến chương ASEAN")),
        ("Các nước cam kết tôn trọng Hiến chương Liên Hiệp Quốc trong quan hệ song phương.",
         ("Hiến chương", "Hiến chương Liên Hiệp Quốc")),
        ("Các nước cam kết tôn trọng Hiến chương Liên Hợp Quốc và luật pháp quốc tế.",
         ("Hiến chương", "Hiến chương Liên Hợp Quốc")),
    ],
)
def test_a_charter_is_named_by_its_capitalized_words(extractor, text, expected) -> None:
    assert expected in document_pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội thông qua bản hiến chương mới của hội sinh viên.",
        "Hiến chương của câu lạc bộ được sửa đổi năm nay.",
        "Các thành viên soạn thảo hiến chương cho tổ chức.",
    ],
)
def test_a_charter_without_a_proper_name_is_no_document(extractor, text) -> None:
    assert not [p for p in document_pairs(extractor, text) if p[0] == "Hiến chương"]
