"""Documents: a law or code whose edition year is printed without 'năm' ("Luật Đất đai 2024") is named with that
year even where the article prints its bare name too, the bare name then the same law; a code (Bộ luật) printed
bare too stays bare ("Bộ luật Tố tụng hình sự 2015" ... "Bộ luật Tố tụng hình sự"); an edition printed with and
without 'năm' is one law, spelled as first printed. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle

PUBLISHED = dt.date(2025, 3, 14)


def laws(extractor, text: str) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=PUBLISHED))
    return sorted(d.number for d in article.documents if d.type in ("Luật", "Bộ luật"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Tài nguyên tỉnh Hòa Lâm viện dẫn Điều 45 Luật Đất đai 2024 khi trả lời ông Vũ Đình Khải. Sở cũng kiến "
         "nghị sửa Luật Đất đai cho phù hợp thực tế.", ["Luật Đất đai 2024"]),
        ("Bà Lương Thị Mai cho rằng Luật Thuế tài nguyên 2010 đã lạc hậu, nên Luật Thuế tài nguyên cần được thay.",
         ["Luật Thuế tài nguyên 2010"]),
        ("Hội Nhà báo tỉnh Bắc Sơn nhắc lại quyền của phóng viên theo Luật Báo chí 2016. Ông Tạ Quang Vinh nói "
         "Luật Báo chí năm 2016 chưa nói về mạng xã hội, còn Luật Báo chí thì đã rõ về thẻ nhà báo.",
         ["Luật Báo chí 2016"]),
        ("Trước tháng 7 năm 2019, Bộ luật Hình sự 1999 chưa xử lý hành vi này của ông Hồ Minh Tân.",
         ["Bộ luật Hình sự 1999"]),
    ],
)
def test_an_edition_printed_with_its_plain_year_keeps_it(extractor, text, expected) -> None:
    assert laws(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'năm' before the year: the bare name, as before
        ("Sở Tài nguyên tỉnh Hòa Lâm viện dẫn Điều 45 Luật Đất đai năm 2024 khi trả lời ông Vũ Đình Khải. Sở cũng "
         "kiến nghị sửa Luật Đất đai cho phù hợp thực tế.", ["Luật Đất đai"]),
        ("Bị cáo Đinh Văn Tùng bị xử theo điều 173 Bộ luật Hình sự năm 2015 tại phiên tòa ở huyện Tân Khê.",
         ["Bộ luật Hình sự"]),
        # a code printed bare too keeps its bare name
        ("Kiểm sát viên Ngô Thị Hạnh nêu các nguyên tắc ở chương II Bộ luật Tố tụng hình sự 2015. Mọi việc phải "
         "làm đúng Bộ luật Tố tụng hình sự.", ["Bộ luật Tố tụng hình sự"]),
        # first printed with 'năm': that spelling, named bare for a code printed with one year
        ("Công ty Thành Đạt viện dẫn Bộ luật Lao động năm 2019 khi trả lời chị Mai Thu. Theo Bộ luật Lao động "
         "2019, công ty phải báo trước.", ["Bộ luật Lao động"]),
        # a person or a body named beside the year: no law
        ("Ông Nguyễn Văn Luật năm 2024 được bổ nhiệm làm Giám đốc Sở Tư pháp tỉnh Hòa Lâm.", []),
    ],
)
def test_near_misses_keep_their_names(extractor, text, expected) -> None:
    assert laws(extractor, text) == expected
