"""Documents: a treaty whose capitalized name ends with its parties joined by a dash is named to its abbreviation
in brackets, as the lower-case one is; other dashed pairs with an acronym are no treaty. Constructed sentences."""

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
