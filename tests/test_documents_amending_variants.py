"""Documents: an amending title printed without the comma of 'sửa đổi, bổ sung', or naming the laws it amends
with no 'một số điều của' ('Luật sửa đổi, bổ sung Luật X'), or naming a resolution, decree or circular of its own
type by its subject ('Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về ...') is still one document named by
its whole title; the amended ones are no documents of their own there. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def documents(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return sorted((d.type, d.number) for d in article.documents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đầu năm nay, Luật sửa đổi bổ sung một số điều của Luật Dược đã bắt đầu có hiệu lực.",
         [("Luật", "Luật sửa đổi bổ sung một số điều của Luật Dược")]),
        ("Quốc hội cho ý kiến về Luật sửa đổi bổ sung một số điều của Luật Thủy sản và Luật Lâm nghiệp trong phiên chiều.",
         [("Luật", "Luật sửa đổi bổ sung một số điều của Luật Thủy sản và Luật Lâm nghiệp")]),
        ("Bộ Văn hóa đề nghị đưa nội dung này vào dự thảo Luật sửa đổi, bổ sung Luật Điện ảnh trong kỳ họp tới.",
         [("Luật", "Luật sửa đổi, bổ sung Luật Điện ảnh")]),
        ("Các đại biểu góp ý dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về thuế bảo vệ môi "
         "trường, các ý kiến đều đồng tình.",
         [("Nghị quyết", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về thuế bảo vệ môi trường")]),
        ("Bộ Công Thương đang lấy ý kiến góp ý cho dự thảo nghị định sửa đổi, bổ sung một số điều của nghị định 17 về "
         "kinh doanh xăng dầu.",
         [("Nghị định", "Nghị định sửa đổi, bổ sung một số điều của nghị định 17 về kinh doanh xăng dầu")]),
        ("Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư về chế độ kế toán hành chính.",
         [("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của Thông tư về chế độ kế toán hành chính")]),
        # a day after the amended title opens the next clause, no part of it
        ("Với dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về giá dịch vụ trông giữ xe, ngày 5-9 "
         "thường trực sẽ cho ý kiến.",
         [("Nghị quyết", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về giá dịch vụ trông giữ xe")]),
        # several amending laws: the laws they amend named each, no one amending law
        ("Kỳ họp này xem xét các luật sửa đổi, bổ sung Luật Thủy lợi và Luật Đê điều.",
         [("Luật", "Luật Thủy lợi"), ("Luật", "Luật Đê điều")]),
        ("Chính phủ trình những luật sửa đổi, bổ sung Luật Dược trong năm 2026.", [("Luật", "Luật Dược")]),
    ],
)
def test_amending_title_variant_is_one_document(extractor, text, expected) -> None:
    assert documents(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # amending words with no document type before them, or a lower-case resolution outside a draft
        "Ban giám đốc đề nghị sửa đổi bổ sung một số điều của nội quy nhà máy trong quý tới.",
        "Hội đồng quản trị thông qua nghị quyết sửa đổi, bổ sung một số điều của nghị quyết về chia lợi nhuận.",
        "Cử tri kiến nghị sửa đổi, bổ sung Luật Đất đai cho phù hợp với thực tiễn.",
    ],
)
def test_amending_words_alone_name_no_amending_document(extractor, text) -> None:
    assert not any(number and "bổ sung" in number for _, number in documents(extractor, text))
