"""Documents: a resolution passed or issued in lower case with its body printed after it ('Quốc hội biểu quyết
thông qua nghị quyết của Quốc hội về chủ trương đầu tư ...') is named by its body and subject as printed, as the
capitalized one is; the body is its issuer. Without an issuing verb, or with no body, it names none. Constructed
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def resolutions(extractor, text: str) -> list[tuple[str | None, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return sorted((d.number, d.issuer) for d in article.documents if d.type == "Nghị quyết")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cùng với đó, Quốc hội biểu quyết thông qua nghị quyết của Quốc hội về chủ trương đầu tư chương trình mục "
         "tiêu quốc gia về phát triển văn hóa giai đoạn 2025 - 2035. Sau đó Quốc hội thảo luận.",
         [("Nghị quyết của Quốc hội về chủ trương đầu tư chương trình mục tiêu quốc gia về phát triển văn hóa giai "
           "đoạn 2025 - 2035", "Quốc hội")]),
        ("Chiều nay, Quốc hội thông qua nghị quyết của Quốc hội về giảm thuế giá trị gia tăng. Sau đó các đại biểu họp.",
         [("Nghị quyết của Quốc hội về giảm thuế giá trị gia tăng", "Quốc hội")]),
        ("Ủy ban Thường vụ Quốc hội đã ban hành nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính "
         "cấp xã. Sau đó",
         [("Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã", "Ủy ban Thường vụ Quốc hội")]),
        # a draft keeps its subject only, as before
        ("Quốc hội thông qua dự thảo nghị quyết của Quốc hội về giảm thuế giá trị gia tăng. Sau đó",
         [("Nghị quyết về giảm thuế giá trị gia tăng", "Quốc hội")]),
        # no issuing verb before it, or no body after 'của': no name
        ("Ông cho biết nghị quyết của Quốc hội về thí điểm đã được thực hiện tốt.", []),
        ("Quốc hội thông qua nghị quyết của mình về vấn đề này.", []),
    ],
)
def test_passed_resolution_named_with_its_body(extractor, text, expected) -> None:
    assert resolutions(extractor, text) == expected
