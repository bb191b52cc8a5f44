"""Documents: the law an amending law amends is a document of its own when the amending law is passed or in force
("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật X": Luật X too); a bill ("dự án Luật ...", "dự thảo
Luật ...", "dự Luật ...") is only its name. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs

AMEND = "Luật sửa đổi, bổ sung một số điều của "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Hợp tác xã với đa số đại biểu tán thành.",
         [("Luật", AMEND + "Luật Hợp tác xã"), ("Luật", "Luật Hợp tác xã")]),
        ("Quốc hội biểu quyết thông qua Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi và Luật Đê điều.",
         [("Luật", AMEND + "Luật Thủy lợi và Luật Đê điều"), ("Luật", "Luật Thủy lợi"), ("Luật", "Luật Đê điều")]),
        ("Theo Luật sửa đổi, bổ sung một số điều của Luật Thống kê, cơ quan thống kê có thêm nhiệm vụ mới.",
         [("Luật", AMEND + "Luật Thống kê"), ("Luật", "Luật Thống kê")]),
    ],
)
def test_the_amended_law_of_a_passed_law(extractor, text, expected) -> None:
    assert sorted(document_pairs(extractor, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("Chiều nay, Quốc hội thảo luận về dự án Luật sửa đổi, bổ sung một số điều của Luật Hợp tác xã.",
         "Luật Hợp tác xã"),
        ("Bộ Tư pháp trình dự thảo Luật sửa đổi, bổ sung một số điều của Luật Công chứng.", "Luật Công chứng"),
        ("Các đại biểu góp ý dự Luật sửa đổi, bổ sung một số điều của Luật Đo đạc và bản đồ.", "Luật Đo đạc và bản đồ"),
    ],
)
def test_a_bill_names_the_law_it_amends_only(extractor, text, law) -> None:
    assert document_pairs(extractor, text) == [("Luật", AMEND + law)]
