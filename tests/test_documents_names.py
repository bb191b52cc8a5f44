"""Where a document's name ends and what type it has, on constructed sentences: plan names with commas,
ordinals and a meeting's term inside a name, and the type words Lệnh, Thông cáo báo chí, Đề cương."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs

# --------------------------------------------------------------------------- commas inside a plan's name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban nhân dân tỉnh triển khai Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp trên địa bàn.",
         ("Đề án", "Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp")),
        ("Các sở, ngành thực hiện Kế hoạch phòng, chống thiên tai năm 2025 của tỉnh.",
         ("Kế hoạch", "Kế hoạch phòng, chống thiên tai năm 2025")),
        ("Bộ Văn hóa xây dựng Chương trình bảo tồn, phát huy giá trị di sản văn hóa, trình Chính phủ.",
         ("Chương trình", "Chương trình bảo tồn, phát huy giá trị di sản văn hóa")),
        ("Các địa phương triển khai Đề án phát triển văn hóa, thể thao giai đoạn 2025-2030.",
         ("Đề án", "Đề án phát triển văn hóa, thể thao giai đoạn 2025-2030")),
    ],
)
def test_plan_name_goes_on_after_a_comma(extractor, text, expected):
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma before a clause opener or a capitalized word ends the name
        ("Tỉnh triển khai Đề án chuyển đổi số, trong đó ưu tiên y tế và giáo dục.",
         ("Đề án", "Đề án chuyển đổi số")),
        ("Tỉnh triển khai Kế hoạch phát triển du lịch năm 2025, Sở Văn hóa chủ trì thực hiện.",
         ("Kế hoạch", "Kế hoạch phát triển du lịch năm 2025")),
    ],
)
def test_plan_name_stops_at_a_clause_comma(extractor, text, expected):
    assert expected in pairs(extractor, text)


def test_lower_case_plan_after_a_comma_is_not_swallowed(extractor):
    found = pairs(extractor, "Thành phố ban hành Kế hoạch phát triển giao thông năm 2025, kế hoạch này gồm 5 nhóm.")
    assert ("Kế hoạch", "Kế hoạch phát triển giao thông năm 2025") in found


# --------------------------------------------------------------------------- ordinals and a meeting's term


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Văn phòng Quốc hội ban hành Đề án tuyên truyền về Kỳ họp thứ 9, Quốc hội khóa XV để các cơ quan thực hiện.",
         ("Đề án", "Đề án tuyên truyền về Kỳ họp thứ 9, Quốc hội khóa XV")),
        ("Các cơ quan thực hiện Kế hoạch tuyên truyền Hội nghị lần thứ 11, Ban Chấp hành Trung ương Đảng khóa XIII.",
         ("Kế hoạch", "Kế hoạch tuyên truyền Hội nghị lần thứ 11, Ban Chấp hành Trung ương Đảng khóa XIII")),
        ("Văn phòng Quốc hội ban hành Đề án thông tin về Kỳ họp bất thường lần thứ 9 của Quốc hội.",
         ("Đề án", "Đề án thông tin về Kỳ họp bất thường lần thứ 9 của Quốc hội")),
    ],
)
def test_ordinal_and_meeting_term_inside_a_name(extractor, text, expected):
    assert expected in pairs(extractor, text)


def test_number_after_a_plan_name_is_not_an_ordinal(extractor):
    # "số 86-CTr/TU" after a name: the plan is named by what it implements, not by the number
    found = pairs(extractor, "Tỉnh ủy ban hành Kế hoạch thực hiện chương trình hành động số 86-CTr/TU của Tỉnh ủy.")
    assert ("Chương trình", "86-CTr/TU") in found
    assert not any(t == "Kế hoạch" and n and "86" in n for t, n in found)


# --------------------------------------------------------------------------- type words as printed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch nước ký Lệnh số 12/2025/L-CTN công bố Luật Đất đai.", ("Lệnh", "12/2025/L-CTN")),
        ("Theo Lệnh 05/2024/L-CTN của Chủ tịch nước, luật có hiệu lực.", ("Lệnh", "05/2024/L-CTN")),
        ("Chủ tịch nước đã ký lệnh số 21/2016/L-CTN công bố luật.", ("Lệnh", "21/2016/L-CTN")),
    ],
)
def test_order_of_the_president(extractor, text, expected):
    found = pairs(extractor, text)
    assert expected in found
    assert not any(t == "Luật" and n == expected[1] for t, n in found)


def test_law_number_stays_a_law(extractor):
    assert ("Luật", "47/2024/QH15") in pairs(extractor, "Quốc hội thông qua Luật số 47/2024/QH15 về đường bộ.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng Thư ký Quốc hội ban hành Thông cáo báo chí về nội dung, chương trình Kỳ họp thứ 9, Quốc hội khóa XV.",
         ("Thông cáo báo chí", "Thông cáo báo chí về nội dung, chương trình Kỳ họp thứ 9, Quốc hội khóa XV")),
        ("Văn phòng Chính phủ ban hành Thông cáo báo chí về phiên họp Chính phủ thường kỳ tháng 5 năm 2025.",
         ("Thông cáo báo chí", "Thông cáo báo chí về phiên họp Chính phủ thường kỳ tháng 5 năm 2025")),
        ("Ban Tuyên giáo Trung ương ban hành Đề cương tuyên truyền kết quả Đại hội XIV của Đảng.",
         ("Đề cương", "Đề cương tuyên truyền kết quả Đại hội XIV")),
        ("Các cơ quan báo chí thực hiện Đề cương tuyên truyền về sắp xếp đơn vị hành chính năm 2025.",
         ("Đề cương", "Đề cương tuyên truyền về sắp xếp đơn vị hành chính năm 2025")),
    ],
)
def test_press_release_and_outline(extractor, text, expected):
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Thông cáo báo chí cho biết hội nghị diễn ra trong hai ngày.",
        "Theo thông cáo báo chí của Bộ Ngoại giao, đoàn sẽ thăm ba nước.",
        "Đề cương chi tiết sẽ được gửi tới các đơn vị.",
        "Cảnh sát đã ra lệnh cho tài xế dừng xe.",
    ],
)
def test_generic_press_release_outline_order_are_not_documents(extractor, text):
    assert not any(t in ("Thông cáo báo chí", "Đề cương", "Lệnh") for t, _ in pairs(extractor, text))


# --------------------------------------------------------------------------- a verb and the body it goes to


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Văn hóa xây dựng Chương trình bảo tồn, phát huy giá trị di sản văn hóa trình Chính phủ phê duyệt.",
         ("Chương trình", "Chương trình bảo tồn, phát huy giá trị di sản văn hóa")),
        ("Bộ Nội vụ hoàn thiện Đề án sắp xếp đơn vị hành chính cấp xã trình Ủy ban Thường vụ Quốc hội.",
         ("Đề án", "Đề án sắp xếp đơn vị hành chính cấp xã")),
        ("Sở Nội vụ xây dựng Kế hoạch tinh giản biên chế năm 2025 gửi Bộ Nội vụ.",
         ("Kế hoạch", "Kế hoạch tinh giản biên chế năm 2025")),
    ],
)
def test_name_ends_before_a_verb_and_its_addressee(extractor, text, expected):
    assert expected in pairs(extractor, text)


def test_a_compound_with_the_verb_stays_in_the_name(extractor):
    found = pairs(extractor, "Văn phòng Quốc hội ban hành Đề án thông tin về chương trình Kỳ họp thứ 9 của Quốc hội.")
    assert ("Đề án", "Đề án thông tin về chương trình Kỳ họp thứ 9 của Quốc hội") in found


# --------------------------------------------------------------------------- plans listed after a plan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội nghe các báo cáo: Kế hoạch tái cơ cấu nền kinh tế giai đoạn 2016-2020; kế hoạch tài chính 5 năm; "
         "kế hoạch đầu tư công trung hạn giai đoạn 2016-2020.",
         [("Kế hoạch", "Kế hoạch tái cơ cấu nền kinh tế giai đoạn 2016-2020"),
          ("Kế hoạch", "Kế hoạch tài chính 5 năm"),
          ("Kế hoạch", "Kế hoạch đầu tư công trung hạn giai đoạn 2016-2020")]),
        ("Tỉnh thực hiện Chương trình phát triển đô thị giai đoạn 2021-2025, chương trình nhà ở xã hội năm 2025.",
         [("Chương trình", "Chương trình phát triển đô thị giai đoạn 2021-2025"),
          ("Chương trình", "Chương trình nhà ở xã hội năm 2025")]),
    ],
)
def test_lower_case_plans_listed_after_a_plan(extractor, text, expected):
    found = pairs(extractor, text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    "text",
    [
        # another sentence: no list
        "Tỉnh triển khai Kế hoạch phát triển du lịch năm 2025. Năm nay, kế hoạch kinh doanh năm 2025 của công ty đạt 90%.",
        # a list item without a period names no plan
        "Tỉnh triển khai Kế hoạch phát triển du lịch năm 2025; kế hoạch này được giao cho Sở Văn hóa.",
        # no plan before it
        "Công ty đưa ra kế hoạch kinh doanh 5 năm, trong đó doanh thu tăng 10%.",
        "Bộ trưởng cho biết trong 5 năm qua, kế hoạch đầu tư công được thực hiện tốt.",
    ],
)
def test_lower_case_plan_without_a_list_is_not_a_document(extractor, text):
    found = pairs(extractor, text)
    assert not any(t == "Kế hoạch" and n and n.startswith("Kế hoạch kinh doanh") for t, n in found)
    assert not any(t == "Kế hoạch" and n and ("này" in n or "đầu tư công" in n) for t, n in found)


# --------------------------------------------------------------------------- a qualifier before "số"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Những vi phạm đã được nêu tại kết luận nội dung tố cáo số 102 ngày 8-12-2023, và kết luận nội dung tố cáo "
         "số 103 ngày 22-12-2023 của chủ tịch UBND tỉnh Quảng Ngãi.", [("Kết luận", "102"), ("Kết luận", "103")]),
        ("Thanh tra tỉnh ban hành kết luận thanh tra số 45 về quản lý đất đai.", [("Kết luận", "45")]),
        ("Công an huyện ra quyết định xử phạt vi phạm hành chính số 12 đối với tài xế.", [("Quyết định", "12")]),
        ("Theo Kết luận kiểm tra số 1234/KL-UBKTTW của Ủy ban Kiểm tra Trung ương, nhiều sai phạm được chỉ ra.",
         [("Kết luận", "1234/KL-UBKTTW")]),
    ],
)
def test_qualified_number(extractor, text, expected):
    found = pairs(extractor, text)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    "text",
    [
        "Cơ quan chức năng sẽ kết luận thanh tra trong tháng 6, số 5 đơn vị bị xử lý.",
        "Ông cho biết kết luận kiểm tra cho thấy số 3 hồ sơ sai.",
        "Đoàn đã kết luận thanh tra số liệu của 5 đơn vị.",
    ],
)
def test_qualifier_without_a_number_is_no_document(extractor, text):
    assert not any(t in ("Kết luận", "Quyết định") for t, _ in pairs(extractor, text))


# --------------------------------------------------------------------------- where a proper name stops


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phía Nga tuyên bố đình chỉ tham gia Hiệp ước New START, song một quan chức cấp cao cho biết Nga vẫn tuân thủ.",
         ("Hiệp ước", "Hiệp ước New START")),
        ("Việt Nam ký Hiệp định Đối tác Toàn diện, còn Thái Lan chưa tham gia.",
         ("Hiệp định", "Hiệp định Đối tác Toàn diện")),
        ("Quốc hội thông qua Luật Trật tự, an toàn giao thông đường bộ, tuy nhiên còn nhiều ý kiến khác nhau.",
         ("Luật", "Luật Trật tự, an toàn giao thông đường bộ")),
        ("Quốc hội thông qua Luật Phòng, chống ma túy (sửa đổi) và Luật Đất đai.",
         ("Luật", "Luật Phòng, chống ma túy (sửa đổi)")),
    ],
)
def test_proper_name_stops_before_a_clause_after_a_comma(extractor, text, expected):
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ông Phương, Giám đốc Công ty Luật TNHH Trường Tín Phát cho biết quy định đã rõ.",
        "Văn phòng Luật sư Hà Nội đã tiếp nhận vụ việc.",
        "Đoàn Luật sư TP Hà Nội tổ chức đại hội nhiệm kỳ mới.",
    ],
)
def test_law_firms_are_not_laws(extractor, text):
    assert not any(t == "Luật" for t, _ in pairs(extractor, text))


# --------------------------------------------------------------------------- a quoted title after "chuyên đề"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội xem xét, thông qua Nghị quyết về giám sát chuyên đề \"Việc thực hiện chính sách, pháp luật về "
         "phòng, chống xâm hại trẻ em\"; sau đó nghe báo cáo.",
         ("Nghị quyết", "Nghị quyết về giám sát chuyên đề \"Việc thực hiện chính sách, pháp luật về phòng, chống "
                        "xâm hại trẻ em\"")),
        ("Tỉnh triển khai Đề án về chủ đề “Chuyển đổi số trong trường học” năm 2025.",
         ("Đề án", "Đề án về chủ đề “Chuyển đổi số trong trường học”")),
        ("Quốc hội thông qua nghị quyết về giám sát chuyên đề “Việc thực hiện chính sách, pháp luật về quản lý thị "
         "trường bất động sản”.",
         ("Nghị quyết", "Nghị quyết về giám sát chuyên đề “Việc thực hiện chính sách, pháp luật về quản lý thị "
                        "trường bất động sản”")),
    ],
)
def test_quoted_title_after_a_title_lead(extractor, text, expected):
    assert expected in pairs(extractor, text)


def test_quote_after_a_name_without_a_title_lead_stays_out(extractor):
    found = pairs(extractor, "Quốc hội thông qua Nghị quyết về giám sát chuyên đề năm 2025, \"các đại biểu\" tán thành.")
    assert ("Nghị quyết", "Nghị quyết về giám sát chuyên đề năm 2025") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tướng ký Công điện hỏa tốc số 76 về ứng phó bão.", ("Công điện", "76")),
        ("Bộ Công Thương gửi công điện khẩn số 12 tới các tỉnh.", ("Công điện", "12")),
    ],
)
def test_urgent_telegram_number(extractor, text, expected):
    assert expected in pairs(extractor, text)


# --------------------------------------------------------------------------- a listed law printed without its commas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kỳ họp vừa qua thông qua luật thực hành tiết kiệm chống lãng phí có một điểm mới.",
         ("Luật", "luật thực hành tiết kiệm chống lãng phí")),
        ("Theo Luật Phòng chống tham nhũng năm 2018, người đứng đầu phải chịu trách nhiệm.",
         ("Luật", "Luật Phòng chống tham nhũng năm 2018")),
        ("Quốc hội thông qua Luật Trật tự an toàn giao thông đường bộ.",
         ("Luật", "Luật Trật tự an toàn giao thông đường bộ")),
        ("Theo Luật Phòng, chống tham nhũng năm 2018, người đứng đầu phải chịu trách nhiệm.",
         ("Luật", "Luật Phòng, chống tham nhũng năm 2018")),
    ],
)
def test_listed_law_without_its_commas(extractor, text, expected):
    assert expected in pairs(extractor, text)


def test_law_with_and_without_its_comma_is_one_document(extractor):
    found = pairs(extractor, "Theo Luật Phòng, chống tham nhũng, người đứng đầu chịu trách nhiệm. "
                             "Luật Phòng chống tham nhũng cũng quy định rõ.")
    assert [t for t, _ in found].count("Luật") == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội biểu quyết thông qua Nghị quyết về miễn, giảm thuế sử dụng đất nông nghiệp, các đại biểu Quốc hội "
         "tán thành.", ("Nghị quyết", "Nghị quyết về miễn, giảm thuế sử dụng đất nông nghiệp")),
        ("Bộ Nội vụ trình Đề án sắp xếp, tổ chức lại đơn vị hành chính, các phương án đều được thảo luận.",
         ("Đề án", "Đề án sắp xếp, tổ chức lại đơn vị hành chính")),
        ("Tỉnh triển khai Kế hoạch phòng, chống dịch năm 2025, những địa phương có ca bệnh phải báo cáo.",
         ("Kế hoạch", "Kế hoạch phòng, chống dịch năm 2025")),
    ],
)
def test_name_stops_at_a_comma_before_a_determiner(extractor, text, expected):
    assert expected in pairs(extractor, text)


# --------------------------------------------------------------------------- a name printed with its abbreviation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các nước ASEAN thúc đẩy sáng kiến Học viện và Thỏa thuận khung kinh tế số (DEFA) để hỗ trợ thanh niên.",
         ("Thỏa thuận", "Thỏa thuận khung kinh tế số")),
        ("Việt Nam tham gia Chương trình đánh giá học sinh quốc tế (PISA) từ lâu.",
         ("Chương trình", "Chương trình đánh giá học sinh quốc tế")),
        ("Hai nước hoàn tất Thỏa thuận thương mại song phương năm 2025 sau nhiều vòng đàm phán.",
         ("Thỏa thuận", "Thỏa thuận thương mại song phương năm 2025")),
    ],
)
def test_name_with_its_abbreviation(extractor, text, expected):
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bà Mehta khẳng định, Chương trình phát triển Liên hợp quốc (UNDP) sẵn sàng hỗ trợ.",
        "Hai công ty ký Thỏa thuận hợp tác chiến lược với nhiều điều khoản.",
        "Hai bên đã đạt được thỏa thuận về giá bán điện.",
        "Thỏa thuận này được ký kết vào tháng 5.",
    ],
)
def test_organization_or_plain_agreement_is_no_document(extractor, text):
    assert not any(t in ("Thỏa thuận", "Chương trình") for t, _ in pairs(extractor, text))
