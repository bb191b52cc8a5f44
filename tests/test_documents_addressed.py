"""Documents: a type word followed at once by the verb that sends it to a body names nothing ('dự thảo Nghị
quyết trình Quốc hội xem xét'). Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def numbers(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return [d.number for d in article.documents]


@pytest.mark.parametrize(
    "text",
    [
        "Cơ quan soạn thảo đã tiếp thu, chỉnh lý, hoàn thiện dự thảo Nghị quyết trình Quốc hội xem xét, thông qua.",
        "Sau khi tiếp thu, dự thảo Nghị quyết trình Quốc hội thông qua có 02 điều.",
        "Bộ Nội vụ hoàn thiện hồ sơ Đề án trình Chính phủ trong tháng 5.",
        "Sở đã xây dựng dự thảo Kế hoạch gửi Bộ Tài chính để xin ý kiến.",
    ],
)
def test_a_type_word_sent_to_a_body_names_nothing(extractor, text) -> None:
    assert not any(n and ("trình" in n.split() or "gửi" in n.split()) for n in numbers(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before the verb stays
        ("Bộ Nội vụ hoàn thiện Đề án sắp xếp đơn vị hành chính cấp xã năm 2025 trình Chính phủ trong tháng 5.",
         "Đề án sắp xếp đơn vị hành chính cấp xã năm 2025"),
    ],
)
def test_the_name_before_the_verb_stays(extractor, text, expected) -> None:
    assert expected in numbers(extractor, text)
