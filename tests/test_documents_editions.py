"""Documents: a law printed by its bare name and with one year is one law, named bare, the year its date;
two years, or an old one, keep their editions apart. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def laws(extractor, text: str, published: dt.date = dt.date(2025, 6, 1)) -> list[tuple[str | None, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=published))
    return sorted((d.number, d.date) for d in article.documents if d.type in ("Luật", "Bộ luật"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luật Đất đai năm 2024 đã có quy định khắc phục. Chính phủ hướng dẫn đầy đủ các quy định của Luật Đất đai.",
         [("Luật Đất đai", "2024")]),
        ("Dự thảo tháo gỡ vướng mắc trong thi hành Luật Đất đai. Thu hồi đất theo Điều 78 của Luật Đất đai năm 2024.",
         [("Luật Đất đai", "2024")]),
        ("Bộ đã rà soát Luật Đường bộ. Căn cứ quy định tại Luật Đường bộ năm 2024, Bộ Tài chính đã chuyển hồ sơ.",
         [("Luật Đường bộ", "2024")]),
        ("Theo Bộ luật Lao động năm 2019, người lao động được nghỉ. Bộ luật Lao động cũng quy định về tiền lương.",
         [("Bộ luật Lao động", "2019")]),
    ],
)
def test_a_law_printed_bare_and_with_one_year_is_named_bare(extractor, text, expected) -> None:
    assert laws(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # printed only with its year: the name keeps it
        ("Nội dung này được quy định tại Luật Điện lực năm 2024 và các nghị định hướng dẫn.",
         dt.date(2025, 6, 1), [("Luật Điện lực năm 2024", None)]),
        # two years: two editions, the bare name the latest
        ("Luật Đất đai năm 2024 thay thế Luật Đất đai năm 2013. Theo Luật Đất đai, người dân được cấp giấy.",
         dt.date(2025, 6, 1), [("Luật Đất đai năm 2013", None), ("Luật Đất đai năm 2024", None)]),
        # an old edition is not what the bare name means
        ("Ông bị xử theo Bộ luật Hình sự năm 1985. Nay ông bị truy tố theo Bộ luật Hình sự.",
         dt.date(2024, 6, 1), [("Bộ luật Hình sự", None), ("Bộ luật Hình sự năm 1985", None)]),
        # an amended law keeps its year and its tail
        ("Quốc hội thảo luận Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi) tại kỳ họp.",
         dt.date(2025, 6, 1), [("Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi)", None)]),
    ],
)
def test_editions_stay_apart_without_a_single_bare_match(extractor, text, published, expected) -> None:
    assert laws(extractor, text, published) == expected
