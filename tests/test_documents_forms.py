"""Documents: number forms, amending titles, the tail of a law's name, a type word with no name; constructed
sentences per family."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import document_pairs as pairs
from nqextract.models import CleanArticle

# --------------------------------------------------------------------------- a type word joined to the next word


@pytest.mark.parametrize(
    "text",
    [
        "Tại phiên họp, các đại biểu nhất trí việc ban hành Nghị quyết và cho rằng, nhiều nội dung sẽ góp phần tháo gỡ.",
        "Các đại biểu nhất trí ban hành Nghị quyết hoặc Chỉ thị riêng cho lĩnh vực này.",
        "Tỉnh triển khai Đề án hay Kế hoạch phù hợp với điều kiện địa phương.",
    ],
)
def test_a_conjunction_after_a_type_word_opens_no_name(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- a number with a decimal part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Xây dựng kiểm tra việc thực hiện Nghị quyết số 66.1/2025/NQ-CP ngày 18/7/2025 của Chính phủ.",
         [("Nghị quyết", "66.1/2025/NQ-CP")]),
        ("Chính phủ ban hành Nghị quyết 206.2/2025/NQ-CP về cơ chế đặc thù.", [("Nghị quyết", "206.2/2025/NQ-CP")]),
        ("Theo Quyết định số 12.3/QĐ-UBND, tỉnh giao đất cho dự án.", [("Quyết định", "12.3/QĐ-UBND")]),
    ],
)
def test_a_number_with_a_decimal_part_is_whole(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_a_decimal_before_a_slash_without_code_is_no_number(extractor) -> None:
    assert pairs(extractor, "Tỷ lệ đạt 66.1/100 điểm trong kỳ đánh giá.") == []


# --------------------------------------------------------------------------- '(sửa đổi)' after a year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cấp huyện kết thúc hoạt động sau khi Hiến pháp năm 2013 (sửa đổi) và Luật Tổ chức chính quyền địa phương "
         "năm 2025 (sửa đổi) có hiệu lực thi hành.",
         [("Hiến pháp", "Hiến pháp năm 2013 (sửa đổi)"),
          ("Luật", "Luật Tổ chức chính quyền địa phương năm 2025 (sửa đổi)")]),
        ("Quốc hội thông qua Luật Đất đai năm 2024 (sửa đổi, bổ sung) tại kỳ họp.",
         [("Luật", "Luật Đất đai năm 2024 (sửa đổi)")]),
        ("Theo Hiến pháp năm 2013, Quốc hội là cơ quan đại biểu cao nhất.", [("Hiến pháp", "Hiến pháp năm 2013")]),
        ("Quốc hội thông qua Luật Quản lý thuế (sửa đổi) năm 2025.", [("Luật", "Luật Quản lý thuế (sửa đổi) năm 2025")]),
    ],
)
def test_amended_after_the_year_belongs_to_the_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


# --------------------------------------------------------------------------- amending one numbered document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ họp xem xét Luật sửa đổi, bổ sung một số điều của Bộ luật hình sự số 100/2015/QH13 và các luật khác.",
         [("Luật", "Luật sửa đổi, bổ sung một số điều của Bộ luật hình sự số 100/2015/QH13"),
          ("Bộ luật", "100/2015/QH13")]),
        ("Quốc hội xem xét Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 55/2010/QH12 về miễn, giảm thuế "
         "sử dụng đất nông nghiệp, xem xét báo cáo.",
         [("Nghị quyết", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 55/2010/QH12 về miễn, giảm thuế "
                         "sử dụng đất nông nghiệp"),
          ("Nghị quyết", "55/2010/QH12")]),
        ("Văn phòng Chính phủ xây dựng Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP về kiểm "
         "soát thủ tục hành chính theo trình tự rút gọn.",
         [("Nghị định", "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP về kiểm soát thủ tục "
                        "hành chính"),
          ("Nghị định", "63/2010/NĐ-CP")]),
        ("Bộ Tài chính trình Thông tư sửa đổi, bổ sung một số điều của Thông tư số 78/2014/TT-BTC ngày 18/6/2014.",
         [("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của Thông tư số 78/2014/TT-BTC"),
          ("Thông tư", "78/2014/TT-BTC")]),
    ],
)
def test_an_amending_title_names_the_numbered_document_it_amends(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_a_list_of_amended_laws_before_a_number_is_still_one_law(extractor) -> None:
    text = ("Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự, Luật Thi hành án hình sự và Luật Tổ chức "
            "cơ quan điều tra hình sự số 61/2024/QH15 có hiệu lực từ 1/7.")
    assert pairs(extractor, text) == [("Luật", "61/2024/QH15")]


# --------------------------------------------------------------------------- the class of national programmes


@pytest.mark.parametrize(
    "text",
    [
        "Hỗ trợ nhà ở từ Chương trình mục tiêu quốc gia và hỗ trợ nhà ở cho hộ nghèo từ Chương trình phát động.",
        "Vốn được bố trí cho các Chương trình mục tiêu quốc gia hoặc chương trình đầu tư khác.",
        "Nguồn vốn từ chương trình mục tiêu quốc gia và ngân sách địa phương được thực hiện năm 2025.",
    ],
)
def test_national_target_programmes_joined_by_a_conjunction_name_no_programme(extractor, text) -> None:
    assert not [p for p in pairs(extractor, text) if p[0] == "Chương trình"]


def test_a_national_target_programme_with_its_subject_stays(extractor) -> None:
    text = "Tỉnh triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới."
    assert pairs(extractor, text) == [("Chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới")]


# --------------------------------------------------------------------------- the Party's congress documents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng xác định xây dựng gia đình no ấm.",
         [("Nghị quyết", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")]),
        ("Nghị quyết Đại hội XIII của Đảng Cộng sản Việt Nam đã đề ra mục tiêu đến năm 2030.",
         [("Nghị quyết", "Nghị quyết Đại hội XIII của Đảng Cộng sản Việt Nam")]),
        ("Thực hiện Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh, huyện đã hoàn thành các chỉ tiêu.",
         [("Nghị quyết", "Nghị quyết Đại hội lần thứ XX")]),
        ("Thực hiện Nghị quyết Trung ương 4 khóa XII của Đảng về xây dựng, chỉnh đốn Đảng.",
         [("Nghị quyết", "Nghị quyết Trung ương 4 khóa XII")]),
        ("Góp phần hiện thực hóa mục tiêu theo Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII và các Nghị quyết "
         "của Đảng.", [("Văn kiện", "Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII")]),
        ("Các đại biểu góp ý dự thảo Văn kiện Đại hội XIV của Đảng.", [("Văn kiện", "Văn kiện Đại hội XIV của Đảng")]),
    ],
)
def test_a_party_congress_document_keeps_the_party_in_its_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


def test_lower_case_documents_of_congresses_are_no_document(extractor) -> None:
    assert pairs(extractor, "Đại hội thảo luận các văn kiện đại hội đảng bộ các ngành.") == []


# --------------------------------------------------------------------------- a quoted model after its plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Bộ Xây dựng tiếp tục hoàn thiện Đề án thí điểm mô hình "Trung tâm giao dịch bất động sản và quyền sử dụng '
         'đất do nhà nước quản lý", báo cáo Chính phủ.',
         [("Đề án", 'Đề án thí điểm mô hình "Trung tâm giao dịch bất động sản và quyền sử dụng đất do nhà nước '
                    'quản lý"')]),
        ("Tỉnh đã ban hành Kế hoạch nhân rộng mô hình “Dân vận khéo” trên địa bàn.",
         [("Kế hoạch", "Kế hoạch nhân rộng mô hình “Dân vận khéo”")]),
    ],
)
def test_a_quoted_model_after_a_plan_belongs_to_its_name(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


# --------------------------------------------------------------------------- the year a short number was issued


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ có báo cáo tổng kết 10 năm thực hiện quyết định số 994 năm 2014 của Thủ tướng về bảo đảm an ninh.",
         [("Quyết định", "994", "Thủ tướng Chính phủ")]),
        ("Theo Quyết định số 123 năm 2020, tỉnh phải hoàn thành việc giao đất.", [("Quyết định", "123", None)]),
    ],
)
def test_a_year_after_a_short_number_is_no_count(extractor, text, expected) -> None:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    assert [(d.type, d.number, d.issuer) for d in article.documents] == expected


@pytest.mark.parametrize(
    "text",
    ["Tỉnh thực hiện Kế hoạch 5 năm 2021 về phát triển du lịch.", "Đã ban hành Nghị quyết số 12 năm nay."],
)
def test_a_count_of_years_is_still_no_number(extractor, text) -> None:
    assert all(not n.isdigit() for _, n in pairs(extractor, text))


# --------------------------------------------------------------------------- a lower-case type word and a bare number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 4-11, Thủ tướng có quyết định 1325 ban hành kế hoạch thực hiện.", [("Quyết định", "1325")]),
        ("Bà Tiến khởi kiện yêu cầu tòa hủy quyết định 1743 của UBND huyện Hòa Vang.", [("Quyết định", "1743")]),
        ("Tòa tuyên hủy quyết định 1743, hủy một phần quyết định 3259 của chủ tịch UBND thành phố.",
         [("Quyết định", "1743"), ("Quyết định", "3259")]),
        ("Cần thể chế hóa đầy đủ kết luận 87 của Bộ Chính trị.", [("Kết luận", "87")]),
        ("Biện pháp cảnh vệ phù hợp với quy định 368 của Bộ Chính trị về danh mục đối tượng.", [("Quy định", "368")]),
    ],
)
def test_a_lower_case_type_word_and_a_number_before_its_issuer_is_a_document(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội quyết định 5 dự án quan trọng quốc gia.",
        "Hội đồng quyết định 12 người đủ điều kiện được xét.",
        "Tỉnh quyết định 3, 4 vấn đề lớn trong năm.",
        "Ông Hải quyết định 20 năm trước rằng sẽ về quê.",
        "Ban tổ chức kết luận 2 thí sinh vi phạm quy chế.",
    ],
)
def test_the_verb_and_a_count_is_no_document(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- reports and submissions by number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cục Quản lý đất đai vừa có Báo cáo số 34 gửi Quyền Bộ trưởng Bộ Nông nghiệp và Môi trường.",
         [("Báo cáo", "34")]),
        ("UBND thành phố Hà Nội đã có Tờ trình số 234 ngày 30/6/2025 gửi Hội đồng nhân dân.", [("Tờ trình", "234")]),
        ("Xét Tờ trình số 3621/TTr-UBND ngày 22/5/2025 của Ủy ban nhân dân Thành phố Hồ Chí Minh.",
         [("Tờ trình", "3621/TTr-UBND")]),
        ("Ban Bí thư ban hành Thông tri số 15-TTr/TW về lãnh đạo cuộc bầu cử.", [("Thông tri", "15-TTr/TW")]),
    ],
)
def test_a_report_or_submission_with_its_number_is_a_document(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Báo cáo 2024 của Bộ cho thấy tăng trưởng khá.",
        "Báo cáo 6 tháng đầu năm của tỉnh được thông qua.",
        "Báo cáo số liệu tại hội nghị, ông Nam cho biết tỉnh đạt kế hoạch.",
        "Tờ trình 12 trang được gửi tới các đại biểu.",
    ],
)
def test_a_report_without_số_names_no_number(extractor, text) -> None:
    assert pairs(extractor, text) == []


# --------------------------------------------------------------------------- laws named with a comma, amended laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bảo đảm thống nhất với pháp luật liên quan như: Luật Doanh nghiệp, dự thảo Luật Phục hồi, Phá sản.",
         [("Luật", "Luật Doanh nghiệp"), ("Luật", "Luật Phục hồi, phá sản")]),
        ("Theo Luật Xuất cảnh, nhập cảnh của công dân Việt Nam, người dân được cấp hộ chiếu phổ thông.",
         [("Luật", "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam")]),
        ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống tác hại của thuốc lá.",
         [("Luật", "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống tác hại của thuốc lá")]),
    ],
)
def test_a_listed_law_named_with_commas_stays_whole(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội thông qua Luật Quản lý thuế (sửa đổi). Một mục tiêu trọng tâm của sửa đổi Luật Quản lý thuế là "
         "chuyển đổi số.", [("Luật", "Luật Quản lý thuế (sửa đổi)")]),
        ("Dự thảo Luật Thuế thu nhập cá nhân sửa đổi gửi các đại biểu. Luật Thuế thu nhập cá nhân (sửa đổi) giảm gánh "
         "nặng tuân thủ.", [("Luật", "Luật Thuế thu nhập cá nhân (sửa đổi)")]),
        ("Luật Đất đai (sửa đổi) được thông qua. Luật Đất đai năm 2013 hết hiệu lực.",
         [("Luật", "Luật Đất đai (sửa đổi)"), ("Luật", "Luật Đất đai năm 2013")]),
        ("Luật Đầu tư công (sửa đổi) và Luật Đầu tư đều được xem xét.",
         [("Luật", "Luật Đầu tư công (sửa đổi)"), ("Luật", "Luật Đầu tư")]),
    ],
)
def test_a_bare_law_name_is_the_amended_law_the_article_names(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


# --------------------------------------------------------------------------- treaties named by their parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đề nghị Paraguay ủng hộ để sớm ký kết Hiệp định thương mại tự do Việt Nam - MERCOSUR. Hai bên nhất trí.",
         [("Hiệp định", "Hiệp định thương mại tự do Việt Nam - MERCOSUR")]),
        ("Hiệp định thương mại tự do Mỹ - Mexico - Canada có hiệu lực từ năm 2020.",
         [("Hiệp định", "Hiệp định thương mại tự do Mỹ - Mexico - Canada")]),
        ("Hiệp định về hợp tác văn hóa Việt Nam - Lào được ký tại Viêng Chăn.",
         [("Hiệp định", "Hiệp định về hợp tác văn hóa Việt Nam - Lào")]),
    ],
)
def test_a_treaty_named_by_its_parties_is_a_document(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hiệp định thương mại tự do được ký kết giữa hai nước vào năm ngoái.",
        "Các hiệp định thương mại tự do Việt Nam - EU và Việt Nam - Anh mở ra cơ hội.",
        "Hiệp định vay vốn cho dự án được ký với Ngân hàng Thế giới.",
    ],
)
def test_a_treaty_without_parties_or_in_lower_case_is_none(extractor, text) -> None:
    assert not [p for p in pairs(extractor, text) if p[0] == "Hiệp định"]


# --------------------------------------------------------------------------- a plan's name opened by a count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Có 692 dự án, đạt 59,6% so với chỉ tiêu đặt ra tại Đề án 1 triệu căn hộ nhà ở xã hội giai đoạn 2021-2030.",
         [("Đề án", "Đề án 1 triệu căn hộ nhà ở xã hội giai đoạn 2021-2030")]),
        ("Triển khai Đề án 1 triệu ha chuyên canh lúa chất lượng cao và phát thải thấp gắn với tăng trưởng xanh.",
         [("Đề án", "Đề án 1 triệu ha chuyên canh lúa chất lượng cao và phát thải thấp")]),
    ],
)
def test_a_plan_named_by_a_count_and_its_noun_is_a_document(extractor, text, expected) -> None:
    assert pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh phê duyệt Kế hoạch 2 triệu đồng cho mỗi hộ nghèo.",
        "Triển khai Chương trình 1 triệu USD năm 2025 cho doanh nghiệp nhỏ.",
        "Hoạt động nằm trong khuôn khổ thực hiện đề án 1 triệu ha lúa chất lượng cao, phát thải thấp.",
    ],
)
def test_a_sum_of_money_or_a_lower_case_plan_without_period_is_none(extractor, text) -> None:
    assert pairs(extractor, text) == []
