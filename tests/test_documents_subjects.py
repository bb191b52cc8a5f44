"""Documents named by their issuer and subject ("Nghị quyết của Quốc hội về ..."), and documents printed with
neither number nor name ("nghị quyết phê chuẩn ..."), on constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def docs(extractor, text: str):
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    return article.documents


def pairs(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(d.type, d.number) for d in docs(extractor, text)]


# --------------------------------------------------------------------------- named by issuer and subject


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quốc hội biểu quyết thông qua Nghị quyết của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù "
         "phát triển nhà ở xã hội. Nghị quyết có hiệu lực từ ngày 1/7/2025.",
         "Nghị quyết của Quốc hội về thí điểm một số cơ chế, chính sách đặc thù phát triển nhà ở xã hội"),
        ("Kỳ họp xem xét: (1) Luật Nhà giáo; (2) Nghị quyết của Quốc hội quy định về việc xử lý một số vấn đề "
         "liên quan đến sắp xếp tổ chức bộ máy nhà nước; (3) Luật Thuế.",
         "Nghị quyết của Quốc hội quy định về việc xử lý một số vấn đề liên quan đến sắp xếp tổ chức bộ máy nhà nước"),
        ("Quốc hội cho ý kiến về Nghị quyết của Quốc hội về số thành viên của Ủy ban Thường vụ Quốc hội khóa XV "
         "(sửa đổi); sau đó bế mạc.",
         "Nghị quyết của Quốc hội về số thành viên của Ủy ban Thường vụ Quốc hội khóa XV (sửa đổi)"),
        ("Quốc hội xem xét Nghị quyết của Quốc hội thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát "
         "triển hệ thống đường sắt đô thị tại thành phố Hà Nội và thành phố Hồ Chí Minh; các đại biểu tán thành.",
         "Nghị quyết của Quốc hội thí điểm một số cơ chế, chính sách đặc thù, đặc biệt để phát triển hệ thống "
         "đường sắt đô thị tại thành phố Hà Nội và thành phố Hồ Chí Minh"),
        ("Các đại biểu thảo luận Nghị quyết của Quốc hội về việc tổ chức các cơ quan của Quốc hội (trường hợp "
         "luật được sửa đổi).",
         "Nghị quyết của Quốc hội về việc tổ chức các cơ quan của Quốc hội"),
        ("Tỉnh triển khai Kế hoạch của Ủy ban nhân dân tỉnh Nam Định về chuyển đổi số trong cơ quan nhà nước được ban "
         "hành tháng trước.",
         "Kế hoạch của Ủy ban nhân dân tỉnh Nam Định về chuyển đổi số trong cơ quan nhà nước"),
    ],
)
def test_a_document_named_by_issuer_and_subject_runs_to_the_clause_end(extractor, text, name) -> None:
    found = docs(extractor, text)
    hit = [d for d in found if d.number == name]
    assert hit, [(d.type, d.number) for d in found]
    assert hit[0].issuer is not None


@pytest.mark.parametrize(
    "text",
    [
        # no subject opener after the body: a reference, not a name
        "Chính phủ cần cụ thể hóa các giải pháp mà Nghị quyết của Quốc hội cũng như Trung ương đã đề ra.",
        # plural: several resolutions
        "Thực hiện các Nghị quyết của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh.",
        # lower case: a common noun
        "Công an tỉnh được tổ chức theo nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.",
    ],
)
def test_no_subject_name_without_its_shape(extractor, text) -> None:
    assert not [d for d in docs(extractor, text) if d.number and d.number.startswith("Nghị quyết của")]


def test_a_draft_keeps_its_subject_name_without_the_body(extractor) -> None:
    found = pairs(extractor, "Quốc hội thảo luận dự thảo nghị quyết của Quốc hội về giảm thuế giá trị gia tăng.")
    assert ("Nghị quyết", "Nghị quyết về giảm thuế giá trị gia tăng") in found


def test_a_subject_name_stops_before_another_capitalized_document(extractor) -> None:
    found = pairs(extractor, "Quốc hội thông qua Nghị quyết của Quốc hội về thí điểm xử lý vật chứng và Luật Đất đai.")
    assert ("Nghị quyết", "Nghị quyết của Quốc hội về thí điểm xử lý vật chứng") in found
    assert ("Luật", "Luật Đất đai") in found


# --------------------------------------------------------------------------- neither number nor name


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội biểu quyết thông qua nghị quyết phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm Bộ trưởng Bộ Tài chính.",
        "Quốc hội đã thông qua Nghị quyết miễn nhiệm chức vụ Phó Chủ tịch Quốc hội đối với ông Nguyễn Văn A.",
        "Hội đồng nhân dân tỉnh thông qua nghị quyết bầu Chủ tịch Ủy ban nhân dân tỉnh nhiệm kỳ 2021-2026.",
        "Ngay sau đó, Quốc hội thông qua nghị quyết cho thôi làm đại biểu Quốc hội đối với bà Trần Thị B.",
    ],
)
def test_a_personnel_resolution_without_number_is_one_document(extractor, text) -> None:
    found = docs(extractor, text)
    unnamed = [d for d in found if d.number is None]
    assert [d.type for d in unnamed] == ["Nghị quyết"], [(d.type, d.number) for d in found]


def test_personnel_resolutions_of_one_type_are_one_document(extractor) -> None:
    text = ("Quốc hội thông qua nghị quyết miễn nhiệm Bộ trưởng Bộ Tài chính. "
            "Sau đó Quốc hội thông qua nghị quyết phê chuẩn bổ nhiệm Bộ trưởng Bộ Tài chính.")
    found = docs(extractor, text)
    assert [(d.type, d.number, len(d.mentions)) for d in found] == [("Nghị quyết", None, 2)]


@pytest.mark.parametrize(
    "text",
    [
        # lower-case "quyết định" is a verb
        "Quốc hội quyết định miễn nhiệm ông Nguyễn Văn A.",
        "Ban Thường vụ Tỉnh ủy quyết định bầu bổ sung ông B vào Ban Thường vụ.",
        # a personnel act with no document word
        "Quốc hội phê chuẩn bổ nhiệm ông C làm Bộ trưởng.",
    ],
)
def test_no_unnamed_document_without_a_document_word(extractor, text) -> None:
    assert [d for d in docs(extractor, text) if d.number is None] == []


# --------------------------------------------------------------------------- treaties: a type word and a proper name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà nhắc đến Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương (CPTPP), một hình mẫu.",
         ("Hiệp định", "Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương")),
        ("Việt Nam là thành viên của Công ước Liên hợp quốc về Luật Biển năm 1982.",
         ("Công ước", "Công ước Liên hợp quốc về Luật Biển năm 1982")),
        ("Hai nước kỷ niệm 50 năm ký Hiệp định Paris năm 1973.", ("Hiệp định", "Hiệp định Paris năm 1973")),
    ],
)
def test_a_treaty_is_its_type_word_and_proper_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bên đàm phán một hiệp định thương mại mới.",
        "Các hiệp định đã ký sẽ được thực thi nghiêm túc.",
        "Hai nước ký hiệp định vào năm ngoái.",
    ],
)
def test_a_treaty_word_without_a_proper_name_is_no_document(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- national target programmes, bracketed periods


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội giám sát việc thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới (giai đoạn "
         "2010-2015) gắn với tái cơ cấu ngành nông nghiệp.",
         "Chương trình mục tiêu quốc gia xây dựng nông thôn mới (giai đoạn 2010-2015)"),
        ("Tỉnh triển khai chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn các huyện miền núi.",
         "Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
        ("Huyện triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số "
         "(giai đoạn 2021 - 2025) đúng tiến độ.",
         "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số (giai đoạn 2021 - 2025)"),
    ],
)
def test_a_national_target_programme_is_named_in_either_case(extractor, text, expected) -> None:
    assert ("Chương trình", expected) in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Đài truyền hình phát sóng chương trình mục tiêu hằng tuần (2024) vào tối thứ bảy.",
        "Các chương trình mục tiêu quốc gia đều được giải ngân đúng hạn.",
    ],
)
def test_no_national_programme_without_its_name(extractor, text) -> None:
    assert pairs(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ triển khai Đề án chuyển đổi số, bảo đảm hiệu quả.", ("Đề án", "Đề án chuyển đổi số")),
        ("Tỉnh thực hiện Đề án phát triển vùng dân tộc thiểu số, bảo đảm tiến độ.",
         ("Đề án", "Đề án phát triển vùng dân tộc thiểu số")),
        ("Tỉnh thực hiện Kế hoạch số 12 về chuyển đổi số.", ("Kế hoạch", "12")),
    ],
)
def test_a_name_may_end_with_so_when_no_number_follows(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


# --------------------------------------------------------------------------- a lower-case law name inside a list of laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội xem xét các luật như: Luật về hội, Luật Tín ngưỡng, tôn giáo, Luật đấu giá tài sản, Luật Đất đai.",
         ["Luật về hội", "Luật Tín ngưỡng, tôn giáo", "Luật đấu giá tài sản", "Luật Đất đai"]),
        ("Quốc hội thông qua Luật Đất đai, Luật đấu giá tài sản và Luật Nhà ở.",
         ["Luật Đất đai", "Luật đấu giá tài sản", "Luật Nhà ở"]),
        ("Quốc hội thông qua Luật Đất đai và Luật đấu giá tài sản.", ["Luật Đất đai", "Luật đấu giá tài sản"]),
        ("Kỳ họp cho ý kiến: Luật hộ tịch; Luật Nhà ở.", ["Luật hộ tịch", "Luật Nhà ở"]),
    ],
)
def test_a_lower_case_law_name_next_to_a_law_of_its_list(extractor, text, expected) -> None:
    assert [n for t, n in pairs(extractor, text) if t == "Luật"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội thông qua Luật Đất đai; Luật này có hiệu lực.",
        "Quốc hội thông qua Luật Đất đai; Luật mới có hiệu lực.",
        "Quốc hội thảo luận: Luật đấu giá tài sản, Luật hộ tịch.",  # no law of the list has a proper name
        "Theo ông, Luật quy định rõ trách nhiệm, nhưng việc thực hiện chậm.",
    ],
)
def test_no_lower_case_law_name_outside_a_list_of_laws(extractor, text) -> None:
    found = [n for t, n in pairs(extractor, text) if t == "Luật"]
    assert all(n[len("Luật ") :][:1].isupper() for n in found), found


# --------------------------------------------------------------------------- a bare law name and the editions printed with a year


def names_on(extractor, text: str, published: dt.date) -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=published))
    return sorted(d.number or "" for d in article.documents)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two editions printed: the bare name is the latest one
        ("Theo Luật Bảo hiểm xã hội, lương hưu tăng. Luật Bảo hiểm xã hội năm 2024 thay Luật Bảo hiểm xã hội năm 2014.",
         dt.date(2025, 6, 1), ["Luật Bảo hiểm xã hội năm 2014", "Luật Bảo hiểm xã hội năm 2024"]),
        # one recent edition printed beside the bare name: one law, named bare (its year the date)
        ("Luật Đất đai năm 2024 có hiệu lực. Theo Luật Đất đai, người dân được cấp giấy.",
         dt.date(2025, 6, 1), ["Luật Đất đai"]),
        # an old edition is not what the bare name means
        ("Ông bị xử theo Bộ luật Hình sự năm 1985. Nay ông bị truy tố theo Bộ luật Hình sự.",
         dt.date(2024, 6, 1), ["Bộ luật Hình sự", "Bộ luật Hình sự năm 1985"]),
        ("Luật Doanh nghiệp năm 2005 đã hết hiệu lực; Luật Doanh nghiệp hiện hành quy định khác.",
         dt.date(2025, 6, 1), ["Luật Doanh nghiệp", "Luật Doanh nghiệp năm 2005"]),
    ],
)
def test_a_bare_law_name_is_the_latest_recent_edition(extractor, text, published, expected) -> None:
    assert names_on(extractor, text, published) == expected


# --------------------------------------------------------------------------- a standard typed by the words printed beside it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nước thải không vượt quá quy định tại QCVN 40:2011/BTNMT quy chuẩn kỹ thuật quốc gia về nước thải.",
         ("Quy chuẩn kỹ thuật quốc gia", "QCVN 40:2011/BTNMT")),
        ("Theo Quy chuẩn kỹ thuật quốc gia QCVN 01:2021/BXD về quy hoạch xây dựng.",
         ("Quy chuẩn kỹ thuật quốc gia", "QCVN 01:2021/BXD")),
        ("Công trình áp dụng TCVN 5575:2012 (Tiêu chuẩn quốc gia về kết cấu thép).",
         ("Tiêu chuẩn quốc gia", "TCVN 5575:2012")),
        # nothing printed beside it: the code's type
        ("Vinastas dẫn Quy chuẩn Việt Nam về nước mắm QCVN 8-2:2011/BYT. Tuy nhiên, ai cũng biết.",
         ("Quy chuẩn", "QCVN 8-2:2011/BYT")),
        ("Công trình áp dụng TCVN 5575:2012 trong thiết kế.", ("Tiêu chuẩn", "TCVN 5575:2012")),
    ],
)
def test_a_standard_takes_the_type_printed_beside_it(extractor, text, expected) -> None:
    assert pairs(extractor, text) == [expected]


# --------------------------------------------------------------------------- a plan named by a quoted title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Doanh nghiệp di dời theo đề án "chuyển đổi Khu công nghiệp Biên Hòa thành khu đô thị thương mại dịch vụ". '
         "Việc di dời xong trong năm nay.",
         ("Đề án", "Đề án chuyển đổi Khu công nghiệp Biên Hòa thành khu đô thị thương mại dịch vụ")),
        ("Tỉnh triển khai Chương trình “Mỗi xã một sản phẩm” trên toàn tỉnh.",
         ("Chương trình", "Chương trình Mỗi xã một sản phẩm")),
        ('Huyện thực hiện kế hoạch "Dân vận khéo" trong cả năm.', ("Kế hoạch", "Kế hoạch Dân vận khéo")),
    ],
)
def test_a_plan_is_named_by_the_quoted_title_after_its_type_word(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        'Đài phát sóng chương trình "Gặp gỡ cuối tuần" vào tối thứ bảy.',  # no context word: a show
        'Các đề án "xanh" đều được ưu tiên.',  # plural
        'Thành phố thực hiện đề án "Nghiên cứu xây dựng tiêu chí gia đình hạnh phúc. Theo ông Trung, ngày này',
    ],
)
def test_no_quoted_title_without_its_shape(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- where these names end (seen on the unseen pool)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiệp định CPTPP tạo ra cơ hội lớn cho doanh nghiệp.", ("Hiệp định", "Hiệp định CPTPP")),
        ("Bản Hiệp định Việt-Pháp này được đánh giá cao.", ("Hiệp định", "Hiệp định Việt-Pháp")),
        ("Quốc hội thông qua Nghị quyết của Quốc hội về giảm thuế giá trị gia tăng Các đại biểu tán thành cao.",
         ("Nghị quyết", "Nghị quyết của Quốc hội về giảm thuế giá trị gia tăng")),
        ("Quốc hội thông qua Nghị quyết của Quốc hội về thí điểm phát triển nhà ở xã hội quy định thí điểm một số "
         "cơ chế trên phạm vi toàn quốc.",
         ("Nghị quyết", "Nghị quyết của Quốc hội về thí điểm phát triển nhà ở xã hội")),
    ],
)
def test_where_a_proper_or_subject_name_ends(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


def test_a_closing_quote_after_a_type_word_opens_no_title(extractor) -> None:
    text = 'Phụ huynh khiếu nại theo tinh thần nghị định 75 "bảo hiểm cho học sinh" , một phụ huynh cho biết.'
    assert all("phụ huynh" not in (n or "") for _, n in pairs(extractor, text))


def test_a_bracketed_year_span_without_period_word_makes_no_plan(extractor) -> None:
    text = "Một quỹ nước ngoài giúp địa phương xây dựng kế hoạch dài hạn hơn (2015-2030), tập trung cho các xã."
    assert pairs(extractor, text) == []
