"""Documents: an amending document whose title names the document it amends by name, no number ("Thông tư sửa
đổi, bổ sung một số điều của Quy chế ...", "Nghị quyết ... của Hiến pháp năm 2013") is one document named by its
whole title; in lower case only as a draft's. Constructed sentences."""

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
        ("Bộ Giáo dục và Đào tạo vừa ban hành Thông tư sửa đổi, bổ sung một số điều của Quy chế thi tốt nghiệp trung "
         "học phổ thông.",
         [("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của Quy chế thi tốt nghiệp trung học phổ thông")]),
        ("Bộ Giáo dục và Đào tạo vừa công bố dự thảo thông tư sửa đổi, bổ sung một số điều của Quy chế tuyển sinh "
         "trình độ thạc sĩ, tiến sĩ ngành y dược.",
         [("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của Quy chế tuyển sinh trình độ thạc sĩ, tiến sĩ ngành "
                       "y dược")]),
        ("Ngày 12-10, bộ đã ban hành dự thảo thông tư sửa đổi, bổ sung một số điều của quy chế đào tạo trực tuyến trình độ "
         "đại học.",
         [("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của quy chế đào tạo trực tuyến trình độ đại học")]),
        ("Quốc hội chính thức thông qua Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013.",
         [("Nghị quyết", "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013")]),
        ("Bộ Y tế lấy ý kiến dự thảo nghị định sửa đổi, bổ sung một số điều của Quy định về khám sức khỏe.",
         [("Nghị định", "Nghị định sửa đổi, bổ sung một số điều của Quy định về khám sức khỏe")]),
    ],
)
def test_an_amending_title_naming_a_document_is_one_document(extractor, text, expected) -> None:
    assert documents(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # business, sport, crime, culture, world news: amending words with no document type before them
        "Công ty cổ phần Minh Long đề nghị sửa đổi, bổ sung một số điều của quy chế quản trị nội bộ tại đại hội cổ đông.",
        "Ban tổ chức giải chạy Sông Hàn sửa đổi, bổ sung một số điều của quy định thi đấu sau sự cố năm ngoái.",
        "Luật sư của bị cáo Lê Văn Tám đề nghị xem xét sửa đổi, bổ sung một số điều của quy chế thăm gặp phạm nhân.",
        "Nhà hát Lớn thông báo sửa đổi, bổ sung một số điều của nội quy khán phòng từ tháng 7.",
        # a lower-case type word outside a draft: a verb or an unnamed act
        "Hội đồng quản trị thông qua nghị quyết sửa đổi, bổ sung một số điều của quy chế làm việc nội bộ.",
    ],
)
def test_amending_words_without_a_document_before_them_name_no_amending_document(extractor, text) -> None:
    assert not any(number and "sửa đổi, bổ sung" in number for _, number in documents(extractor, text))
