"""A listed law printed with a body's abbreviation inside its name is that law, named in full, on constructed
sentences: "Luật Hoạt động giám sát của Quốc hội và HĐND", "Luật Tổ chức TAND", "Luật Sĩ quan QĐND Việt Nam";
an amending law's title keeps the whole amended name."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều nay Quốc hội thảo luận ở tổ về dự Luật sửa đổi, bổ sung một số điều của Luật Hoạt động giám sát "
         "của Quốc hội và HĐND. Sau đó Quốc hội họp phiên bế mạc.",
         ("Luật", "Luật sửa đổi, bổ sung một số điều của Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân")),
        ("Theo Luật Hoạt động giám sát của Quốc hội và HĐND, đại biểu có quyền chất vấn.",
         ("Luật", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân")),
        ("Dự thảo Luật Tổ chức TAND (sửa đổi) được trình tại kỳ họp.", ("Luật", "Luật Tổ chức Tòa án nhân dân (sửa đổi)")),
        ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Sĩ quan QĐND Việt Nam với 450 phiếu tán thành.",
         ("Luật", "Luật sửa đổi, bổ sung một số điều của Luật Sĩ quan Quân đội nhân dân Việt Nam")),
        ("Bộ Công an đề xuất sửa Luật CAND để nâng tuổi nghỉ hưu.", ("Luật", "Luật Công an nhân dân")),
    ],
)
def test_a_body_abbreviation_inside_a_listed_law(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


def test_the_law_printed_both_ways_is_one_document(extractor) -> None:
    found = pairs(extractor, "Luật Tổ chức Viện kiểm sát nhân dân quy định rõ thẩm quyền. Khi sửa Luật Tổ chức "
                             "VKSND, ban soạn thảo bổ sung quy định này.")
    assert found == [("Luật", "Luật Tổ chức Viện kiểm sát nhân dân")]


@pytest.mark.parametrize(
    "text",
    [
        "HĐND tỉnh thông qua nghị quyết về giá đất trong kỳ họp.",
        "UBND huyện đã làm việc với TAND tỉnh về vụ việc.",
    ],
)
def test_a_body_abbreviation_alone_names_no_law(extractor, text) -> None:
    assert all(t != "Luật" for t, _ in pairs(extractor, text))
