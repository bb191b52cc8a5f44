"""Documents: an amending law ('Luật sửa đổi, bổ sung một số điều của ...') printed in lower case after a verb, named
by the count of laws it amends, and a list after it that goes on with laws of their own ('Luật X (sửa đổi)').
Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs

AMEND = "Luật sửa đổi, bổ sung một số điều của "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # printed in lower case after the verb or "dự án": the amending law all the same
        ("Sáng 28-11, Quốc hội đã thông qua luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng. Luật có "
         "hiệu lực từ năm sau.", [("Luật", AMEND + "Luật Thi đua, khen thưởng")]),
        ("Chiều nay, Quốc hội thảo luận tại hội trường về dự án luật sửa đổi, bổ sung một số điều của Luật Quảng cáo.",
         [("Luật", AMEND + "Luật Quảng cáo")]),
        ("Các đại biểu cho ý kiến về dự thảo luật sửa đổi, bổ sung một số điều của Luật Dược trước khi biểu quyết.",
         [("Luật", AMEND + "Luật Dược")]),
        # a list of the laws it amends goes on; one printed '(sửa đổi)' is a law of its own, replaced whole
        ("Ủy ban sẽ cho ý kiến về dự thảo Luật Thuế tài nguyên (sửa đổi), Luật sửa đổi, bổ sung một số điều của Luật "
         "Dược, Luật Điện lực (sửa đổi), Luật Đầu tư công (sửa đổi).",
         [("Luật", "Luật Thuế tài nguyên (sửa đổi)"), ("Luật", AMEND + "Luật Dược"),
          ("Luật", "Luật Điện lực (sửa đổi)"), ("Luật", "Luật Đầu tư công (sửa đổi)")]),
        ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự, Luật Thi hành án hình sự và Luật "
         "Tố tụng hình sự.",
         [("Luật", AMEND + "Bộ luật Hình sự, Luật Thi hành án hình sự và Luật Tố tụng hình sự")]),
    ],
)
def test_an_amending_law_in_either_case(extractor, text, expected) -> None:
    assert sorted(document_pairs(extractor, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # named by the count of laws it amends, and what they concern to the clause end
        ("Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự với "
         "89,85% đại biểu tán thành.", AMEND + "10 luật có liên quan đến an ninh, trật tự"),
        ("Như vậy Quốc hội đã thông qua luật sửa đổi, bổ sung một số điều của 6 luật về quốc phòng, sau khi tiếp thu "
         "ý kiến đại biểu.", AMEND + "6 luật về quốc phòng"),
        ("Bộ Tài chính trình dự án Luật sửa đổi, bổ sung một số điều của 8 luật trong lĩnh vực tài chính. Sau đó các "
         "đại biểu thảo luận.", AMEND + "8 luật trong lĩnh vực tài chính"),
        # a clause after the comma is no item of it
        ("Về dự thảo luật sửa đổi, bổ sung một số điều của 7 luật về thuế, cơ quan soạn thảo đã phối hợp chặt chẽ.",
         AMEND + "7 luật về thuế"),
        ("Luật này được gọi tắt là Luật sửa đổi, bổ sung một số điều của 8 Luật.", AMEND + "8 Luật"),
    ],
)
def test_an_amending_law_named_by_its_count_of_laws(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == [("Luật", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ trưởng cho biết luật sửa đổi sẽ được trình vào kỳ họp tới.",
        "Theo ông, việc sửa đổi, bổ sung một số điều của 5 luật là cần thiết.",
    ],
)
def test_no_amending_law_without_its_title(extractor, text) -> None:
    assert document_pairs(extractor, text) == []
