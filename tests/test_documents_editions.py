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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year printed without 'năm' is part of the name
        ("Quốc hội đã thông qua Luật Đất đai 2024. Theo Luật Đất đai, người dân được cấp giấy chứng nhận.",
         [("Luật Đất đai 2024", None)]),
        ("Bộ luật Lao động năm 2019 có hiệu lực. Bộ luật Lao động quy định về tiền lương.",
         [("Bộ luật Lao động", "2019")]),
        ("Ông bị xử theo Bộ luật Hình sự năm 1985. Nay ông bị truy tố theo Bộ luật Hình sự.",
         [("Bộ luật Hình sự", "1985")]),
    ],
)
def test_an_article_without_a_date_names_its_edition_without_failing(extractor, text, expected) -> None:
    """No publication date: no edition is too old, and the extraction must not raise."""
    assert laws(extractor, text, published=None) == expected


# --------------------------------------------------------------------------- a title set as 'về việc <matter>'


def pairs(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return [(d.type, d.number) for d in article.documents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đồng thời, UBND thành phố ban hành Thông báo về việc chấp thuận cho tổ chức kinh doanh bất động sản được "
         "thực hiện dự án thí điểm và chỉ đạo Sở thông báo các trường hợp còn lại.",
         ("Thông báo", "Thông báo về việc chấp thuận cho tổ chức kinh doanh bất động sản được thực hiện dự án thí điểm")),
        ("Quốc hội đã thông qua Nghị quyết về việc kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp, có hiệu lực "
         "từ ngày 1/1/2026.",
         ("Nghị quyết", "Nghị quyết về việc kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp")),
        ("Sở đã ban hành Kế hoạch về việc tổ chức kỳ thi tuyển công chức năm nay.",
         ("Kế hoạch", "Kế hoạch về việc tổ chức kỳ thi tuyển công chức năm nay")),
        ("Chủ tịch tỉnh đã ký Quyết định về việc phê duyệt quy hoạch chi tiết khu đô thị mới của UBND tỉnh.",
         ("Quyết định", "Quyết định về việc phê duyệt quy hoạch chi tiết khu đô thị mới")),
    ],
)
def test_a_capitalized_type_word_with_its_matter_is_named_by_it(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case type word: a decision the ledger leaves unnamed, or a verb
        "Phó chủ tịch tỉnh đã ký quyết định về việc thi hành kỷ luật khiển trách đối với ông A.",
        "Sở Kế hoạch và Đầu tư đã thông báo về việc di dời các doanh nghiệp trong khu công nghiệp.",
        # a bill ('Dự án', 'dự thảo') is not the resolution passed
        "Dự án Nghị quyết về việc tiếp tục miễn thuế sử dụng đất nông nghiệp của Chính phủ chưa giải quyết được.",
        "Các đại biểu góp ý dự thảo Quyết định về việc phân cấp quản lý cho địa phương.",
    ],
)
def test_no_matter_title_after_a_lower_case_word_or_a_draft(extractor, text) -> None:
    assert not any((n or "").split()[1:3] == ["về", "việc"] for _, n in pairs(extractor, text))


# --------------------------------------------------------------------------- a programme named by its funds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chính phủ thúc đẩy giải ngân Chương trình tín dụng 120 nghìn tỷ đồng cho nhà ở xã hội.",
         ("Chương trình", "Chương trình tín dụng 120 nghìn tỷ đồng")),
        ("Người dân rất khổ mỗi lần ngập nước nhưng chương trình chống ngập 97.000 tỷ đồng chưa biết trông vào đâu.",
         ("Chương trình", "Chương trình chống ngập 97.000 tỷ đồng")),
        ("Các ngân hàng đã giải ngân chương trình hỗ trợ lãi suất 40.000 tỉ đồng trong năm nay.",
         ("Chương trình", "Chương trình hỗ trợ lãi suất 40.000 tỉ đồng")),
    ],
)
def test_a_programme_named_by_its_funds(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a small sum, or a sum after a plan (not a programme), names nothing
        "Cửa hàng mở chương trình khuyến mãi 2 triệu đồng cho khách mua sắm.",
        "Công ty đưa ra kế hoạch đầu tư 500 tỷ đồng vào nhà máy mới.",
    ],
)
def test_no_programme_from_a_small_sum_or_another_type(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- a law's name before its own number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Luật Đất đai năm 2024 (Luật số 31/2024/QH15) thay thế Luật Đất đai năm 2013. Một năm thực hiện Luật Đất "
         "đai 2024, chính sách đã đi vào cuộc sống. Cần sửa đổi Luật Đất đai.",
         [("31/2024/QH15", None), ("Luật Đất đai năm 2013", None)]),
        ("Luật Đất đai năm 2024 (Luật số 31/2024/QH15) có hiệu lực. Các quy định của Luật Đất đai được hướng dẫn.",
         [("31/2024/QH15", None)]),
        ("Bộ luật Lao động năm 2019 (Bộ luật số 45/2019/QH14) quy định rõ. Bộ luật Lao động năm 2019 cũng quy định "
         "về tiền lương.", [("45/2019/QH14", None)]),
    ],
)
def test_a_law_named_before_its_number_is_the_numbered_law(extractor, text, expected) -> None:
    assert [(n, None) for n, _d in laws(extractor, text)] == expected


def test_a_name_whose_year_is_not_the_numbers_stays_apart(extractor) -> None:
    got = [n for n, _d in laws(extractor, "Luật Đất đai năm 2013 (Luật số 31/2024/QH15) được dẫn sai năm.")]
    assert got == ["31/2024/QH15", "Luật Đất đai năm 2013"]
