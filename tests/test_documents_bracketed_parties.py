"""Documents: a treaty whose capitalized name ends with its parties joined by a dash is named to its abbreviation
in brackets, as the lower-case one is; other dashed pairs with an acronym are no treaty; a bracket that is a party's
abbreviation, a party's initials or a news credit, or a segment after the dash that is no party (a show's title), is
no treaty's abbreviation. Constructed sentences."""

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
        ("Quốc hội nước bạn đã phê chuẩn Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu (EVIPA) vào năm ngoái.",
         [("Hiệp định", "Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu (EVIPA)")]),
        ("Hai bên thúc đẩy Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á Âu (VCUFTA) và hợp tác đầu tư.",
         [("Hiệp định", "Hiệp định Thương mại tự do Việt Nam - Liên minh Kinh tế Á Âu (VCUFTA)")]),
        ("Doanh nghiệp hưởng lợi từ Hiệp định Thương mại tự do Việt Nam - EU (EVFTA) trong năm qua.",
         [("Hiệp định", "Hiệp định Thương mại tự do Việt Nam - EU (EVFTA)")]),
        # the abbreviation printed again names the same treaty
        ("Ông Lò Văn Tùng đề nghị sớm ký Hiệp định Thương mại tự do Việt Nam - Xứ Sở (VXFTA); sau đó Hiệp định VXFTA "
         "sẽ có hiệu lực.",
         [("Hiệp định", "Hiệp định Thương mại tự do Việt Nam - Xứ Sở (VXFTA)")]),
    ],
)
def test_a_capitalized_treaty_of_two_parties_runs_to_its_abbreviation(extractor, text, expected) -> None:
    assert documents(extractor, text) == expected


def test_a_treaty_named_without_parties_keeps_its_abbreviation_out(extractor) -> None:
    text = "Việt Nam tích cực tham gia Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Đại Dương (CPTXD)."
    assert documents(extractor, text) == [("Hiệp định", "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Đại Dương")]


@pytest.mark.parametrize(
    "text",
    [
        # business, sport, crime, weather, culture, transport: a dashed pair and an acronym, no treaty
        "Tập đoàn Hòa Phát ký hợp đồng với Công ty Thép Nhật - Việt (JVS) để mua 2 triệu tấn quặng.",
        "Trận đấu giữa câu lạc bộ Hà Nội - Sài Gòn (HNSG) diễn ra tối qua trên sân Hàng Đẫy.",
        "Công an tỉnh Bắc Ninh khởi tố vụ án buôn lậu qua cửa khẩu Lạng Sơn - Bằng Tường (Trung Quốc).",
        "Bão số 5 đổ bộ vào khu vực Quảng Ninh - Hải Phòng (VN) chiều qua với sức gió cấp 12.",
        "Liên hoan phim Việt Nam - Hàn Quốc (VKFF) khai mạc tối 12-5 tại Nhà hát Lớn.",
        "Tuyến đường sắt Hà Nội - Lào Cai (HLC) được nâng cấp trong năm nay.",
        "Hiệp hội Doanh nghiệp Việt Nam - Hoa Kỳ (AMC) công bố báo cáo kinh doanh quý III.",
    ],
)
def test_a_dashed_pair_with_an_acronym_outside_a_treaty_names_no_document(extractor, text) -> None:
    assert documents(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a union's or country's abbreviation (abbreviations.tsv, party_abbreviation rows) is the party's
        ("Hai bên thúc đẩy Hiệp định Hợp tác nghề cá Việt Nam - Liên minh châu Âu (EU) trong năm nay.",
         "Hiệp định Hợp tác nghề cá Việt Nam - Liên minh châu Âu"),
        ("Nước bạn sớm phê chuẩn Hiệp định Thương mại tự do Xứ Sở - Liên minh Kinh tế Á Âu (EAEU) vào cuối năm.",
         "Hiệp định Thương mại tự do Xứ Sở - Liên minh Kinh tế Á Âu"),
        ("Hai nước ký Hiệp ước Hữu nghị Nam Đảo - Trung Quốc (TQ) tại thủ đô nước bạn.",
         "Hiệp ước Hữu nghị Nam Đảo - Trung Quốc"),
        ("Hai nước ký Hiệp ước Đối tác toàn diện Bắc Đảo - Triều Tiên (CHDCND) hôm qua.",
         "Hiệp ước Đối tác toàn diện Bắc Đảo - Triều Tiên"),
        # a news credit after the name is the report's
        ("Hai nước ký Hiệp định Hòa bình Đông Lâm - Tây Lâm (AFP) tại thủ đô nước thứ ba.",
         "Hiệp định Hòa bình Đông Lâm - Tây Lâm"),
        ("Hai nước ký Hiệp định Hợp tác biên giới Đông Lâm - Tây Lâm (TTXVN) sáng nay.",
         "Hiệp định Hợp tác biên giới Đông Lâm - Tây Lâm"),
        # the initials of a party are the party's
        ("Hai nước ký Hiệp định Hợp tác văn hóa Xứ Sở - Đông Lâm (ĐL) sáng nay.",
         "Hiệp định Hợp tác văn hóa Xứ Sở - Đông Lâm"),
        ("Hai bên bàn về Hiệp ước Liên minh Xứ Sở - Nam Lâm Quốc (NLQ) trong chuyến thăm.",
         "Hiệp ước Liên minh Xứ Sở - Nam Lâm Quốc"),
        # a body's abbreviation stays the body's even where it ends like a treaty kind's acronym
        ("Hai bên ký Hiệp định Hợp tác Xứ Sở - Quỹ Dân số Liên Hợp Quốc (UNFPA) sáng nay.",
         "Hiệp định Hợp tác Xứ Sở - Quỹ Dân số Liên Hợp Quốc"),
        # a treaty kind's acronym closing it keeps it the treaty's own, a party's initials or not
        ("Hai nước ký Hiệp định Đối tác kinh tế Xứ Sở - Tây Lâm (XTEPA) sáng nay.",
         "Hiệp định Đối tác kinh tế Xứ Sở - Tây Lâm (XTEPA)"),
        ("Hai bên ký Hiệp định Thương mại tự do Xứ Sở - Khối Phú Tân An (KPTA) sáng nay.",
         "Hiệp định Thương mại tự do Xứ Sở - Khối Phú Tân An (KPTA)"),
        ("Hai bên ký Hiệp định Đối tác kinh tế Xứ Sở - Ninh Hải Đông Phong An (NHĐPA) hôm qua.",
         "Hiệp định Đối tác kinh tế Xứ Sở - Ninh Hải Đông Phong An (NHĐPA)"),
    ],
)
def test_a_party_abbreviation_initials_or_credit_in_brackets_is_no_treaty_abbreviation(extractor, text, expected):
    assert [number for _, number in documents(extractor, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exhibition's or a play's title after the dash: lower-case words that are no place's
        ("Triển lãm Hiệp định Genève - Dấu mốc lịch sử (TLX) mở cửa từ hôm nay.", "Hiệp định Genève - Dấu mốc lịch sử"),
        ("Nhà hát dàn dựng vở Hiệp định Genève - Khúc ca hòa bình (NH) vào tháng tới.",
         "Hiệp định Genève - Khúc ca hòa bình"),
    ],
)
def test_a_title_after_the_dash_is_no_party(extractor, text, expected) -> None:
    assert all("(" not in number for _, number in documents(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # a treaty word, but the bracket follows no dashed pair of parties
        "Hai bên ký Hiệp định Hợp tác nghề cá (HTNC) sáng nay.",
        # a treaty word and a dashed pair, but the name is no capitalized treaty's (a lower-case word before the type)
        "Đoàn công tác bàn về hiệp định nghề cá với hai nước Xứ Sở - Tây Lâm (XT) trong tuần.",
        # a treaty word, a dashed pair and a bracket, but the bracket is a body's ("ASEAN": bodies.tsv)
        "Hai bên ký Hiệp định Đối tác Xứ Sở - Đông Nam Á (ASEAN) sáng nay.",
        # the parties do not end the name: the name goes on after them
        "Hai bên ký Hiệp định Xứ Sở - Tây Lâm về hợp tác nghề cá (HTNC) sáng nay.",
        # a law's name with a dashed pair is no treaty's
        "Quốc hội cho ý kiến về Luật Đường sắt Bắc - Nam (ĐSBN) tại kỳ họp.",
        # the bracket is the initials of the first party
        "Hai bên ký Hiệp định Hợp tác nghề cá Xứ Sở - Tây Lâm (XS) sáng nay.",
        # the segment after the dash ends with a lower-case word (a title, no party)
        "Bảo tàng mở triển lãm Hiệp ước Tây Lâm - Bản hùng ca (BTHC) từ hôm nay.",
    ],
)
def test_a_treaty_word_without_its_guards_met_takes_no_abbreviation(extractor, text) -> None:
    assert all("(" not in number for _, number in documents(extractor, text))
