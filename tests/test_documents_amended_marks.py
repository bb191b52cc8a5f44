"""Documents: 'sửa đổi' printed after a law's name without brackets ('Luật Thuế giá trị gia tăng sửa đổi (VAT)',
'Hiến pháp sửa đổi và Luật Tổ chức chính quyền địa phương sửa đổi.') is kept as printed; an article that prints the
same law '(sửa đổi)' too, or its bare name, names one law, the bracketed one. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def laws(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return sorted(d.number for d in article.documents if d.type in ("Luật", "Hiến pháp"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luật Thuế giá trị gia tăng sửa đổi (VAT) sẽ áp thuế suất 5% đối với mặt hàng phân bón.",
         ["Luật Thuế giá trị gia tăng sửa đổi"]),
        ("Các văn bản sẽ được ban hành sau khi thông qua Hiến pháp sửa đổi và Luật Tổ chức chính quyền địa phương "
         "sửa đổi. Bộ sẽ đôn đốc các bộ thực hiện.",
         ["Hiến pháp sửa đổi", "Luật Tổ chức chính quyền địa phương sửa đổi"]),
        ("Quốc hội đã thông qua Luật Công đoàn sửa đổi. Luật Công đoàn (sửa đổi) sau khi chỉnh lý gồm 6 chương.",
         ["Luật Công đoàn (sửa đổi)"]),
        # 'sửa đổi' followed by a word is the verb of a sentence, no mark: the law is its bare name
        ("Dự Luật Bảo hiểm y tế sửa đổi quy định về mức hưởng bảo hiểm y tế của người bệnh.",
         ["Luật Bảo hiểm y tế"]),
        ("Nghị định hướng dẫn Luật Đất đai sửa đổi nhiều điều về bồi thường.", ["Luật Đất đai"]),
        # an article that brackets the mark once writes every amended law its way
        ("Quốc hội thảo luận về các dự Luật Việc làm sửa đổi, Luật Thuế tiêu thụ đặc biệt (sửa đổi).",
         ["Luật Thuế tiêu thụ đặc biệt (sửa đổi)", "Luật Việc làm (sửa đổi)"]),
        ("Quốc hội thảo luận dự án Luật Thuế thu nhập doanh nghiệp (sửa đổi).",
         ["Luật Thuế thu nhập doanh nghiệp (sửa đổi)"]),
    ],
)
def test_the_amended_mark_as_printed(extractor, text, expected) -> None:
    assert laws(extractor, text) == expected
