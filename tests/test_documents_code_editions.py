"""Documents: a code (Bộ luật) printed with one edition year only, the article printing no other edition of it and
not its bare name, is named bare and undated, the year maybe an amendment's ("điều 116 Bộ luật Dân sự năm 2015"
-> "Bộ luật Dân sự"), however old the edition; two editions, or an old one printed beside the bare name, stay
apart; a law (Luật) keeps its year. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import document_pairs

PUBLISHED = dt.date(2024, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo điều 116 Bộ luật Dân sự năm 2015, giao dịch dân sự phải bảo đảm các điều kiện về năng lực.",
         [("Bộ luật", "Bộ luật Dân sự")]),
        ("Luật sư Trần Minh Khoa cho biết ông Lê Văn Tám bị truy tố theo điều 194 Bộ luật Hình sự năm 1999. Sau đó "
         "vụ án được trả hồ sơ.", [("Bộ luật", "Bộ luật Hình sự")]),
        ("Công ty Minh An dẫn khoản 2 điều 35 Bộ luật Lao động năm 2019 trong thông báo gửi anh Đặng Văn Lực. Theo "
         "điều 35 Bộ luật Lao động 2019, công ty phải trả đủ lương tháng cuối.",
         [("Bộ luật", "Bộ luật Lao động")]),
        ("Ông Phạm Quốc Bảo bị khởi tố theo điều 174 Bộ luật Hình sự năm 2009 về tội lừa đảo.",
         [("Bộ luật", "Bộ luật Hình sự")]),
        ("Công ty Hoàng Phát phải bồi thường theo điều 589 Bộ luật Dân sự năm 2015 vì làm hỏng kho hàng của xã.",
         [("Bộ luật", "Bộ luật Dân sự")]),
    ],
)
def test_a_code_printed_with_one_edition_only_is_named_bare(extractor, text, expected) -> None:
    assert sorted(document_pairs(extractor, text, PUBLISHED)) == sorted(expected)


def _dated(extractor, text: str) -> list[tuple[str | None, str | None]]:
    from nqextract.models import CleanArticle

    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=PUBLISHED))
    return sorted((d.number, d.date) for d in article.documents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year may be an amendment's ("năm 2009": the 1999 code as amended), so it is no date of the code
        ("Ông Phạm Quốc Bảo bị khởi tố theo điều 174 Bộ luật Hình sự năm 2009 về tội lừa đảo.",
         [("Bộ luật Hình sự", None)]),
        ("Theo điều 116 Bộ luật Dân sự năm 2015, giao dịch dân sự phải bảo đảm các điều kiện về năng lực.",
         [("Bộ luật Dân sự", None)]),
        # a law printed bare and with one recent year keeps that year as its date, as before
        ("Theo Luật Đất đai năm 2024, UBND tỉnh Bình Thuận xây dựng bảng giá đất. Luật Đất đai có nhiều điểm mới.",
         [("Luật Đất đai", "2024")]),
    ],
)
def test_a_code_named_bare_from_its_edition_has_no_date(extractor, text, expected) -> None:
    assert _dated(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two editions of the code: each its own
        ("Tội này có trong Bộ luật Hình sự năm 1985 và Bộ luật Hình sự năm 1999.",
         [("Bộ luật", "Bộ luật Hình sự năm 1985"), ("Bộ luật", "Bộ luật Hình sự năm 1999")]),
        # an old edition printed beside the bare name: the bare name is today's code
        ("Ông Nguyễn Văn Hòa bị xử theo Bộ luật Hình sự năm 1985, nay Bộ luật Hình sự không còn quy định tội này.",
         [("Bộ luật", "Bộ luật Hình sự năm 1985"), ("Bộ luật", "Bộ luật Hình sự")]),
        # a law, no code: its year stays
        ("Theo Luật Đất đai năm 2024, bảng giá đất do UBND tỉnh Bình Thuận xây dựng hằng năm.",
         [("Luật", "Luật Đất đai năm 2024")]),
        # a person and a body named around the code's words: no document of them
        ("Ông Trần Dân Sự, Giám đốc Công ty Luật Hình Sự Việt, năm 2015 chuyển về Hà Nội.", []),
    ],
)
def test_other_editions_and_laws_keep_their_year(extractor, text, expected) -> None:
    assert sorted(document_pairs(extractor, text, PUBLISHED)) == sorted(expected)
