"""Documents through the real pipeline: số hiệu, short references, named documents, issuer, date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import DEV, need_shared
from nqextract.models import CleanArticle


def run(extractor, text: str, published: str | None = "2025-03-04"):
    pub = dt.date.fromisoformat(published) if published else None
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=pub))
    for d in article.documents:
        for m in d.mentions:
            assert article.text[m.start : m.end] == m.text
    return article


def pairs(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(d.type, d.number) for d in run(extractor, text).documents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Chính trị ban hành Nghị quyết 57-NQ/TW về đột phá phát triển khoa học.", ("Nghị quyết", "57-NQ/TW")),
        ("Thực hiện Quy định 142-QĐ/TW về thí điểm giao quyền cho người đứng đầu.", ("Quy định", "142-QĐ/TW")),
        ("Ban Bí thư ra Quyết định số 1224-QĐ/TW thành lập Ban Chỉ đạo.", ("Quyết định", "1224-QĐ/TW")),
        ("Thực hiện Kết luận 35-KL/TW của Bộ Chính trị.", ("Kết luận", "35-KL/TW")),
        ("Quán triệt Chỉ thị 05-CT/TW về học tập và làm theo tư tưởng Hồ Chí Minh.", ("Chỉ thị", "05-CT/TW")),
        ("Đánh giá kết quả thực hiện Nghị quyết số 57- NQ/TW trong toàn hệ thống.", ("Nghị quyết", "57-NQ/TW")),
        ("Theo Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.", ("Nghị định", "13/2023/NĐ-CP")),
        ("Bộ Tài chính ban hành Thông tư 01/2024/TT-BTC hướng dẫn thi hành.", ("Thông tư", "01/2024/TT-BTC")),
        ("Thủ tướng ký Quyết định 123/QĐ-TTg phê duyệt đề án.", ("Quyết định", "123/QĐ-TTg")),
        ("Quốc hội thông qua Nghị quyết 193/2025/QH15 về thí điểm cơ chế.", ("Nghị quyết", "193/2025/QH15")),
        ("Kịp thời ban hành Nghị quyết số 193/2025/NQ-QH15 với 12 cơ chế.", ("Nghị quyết", "193/2025/NQ-QH15")),
        ("Sửa đổi Luật Đất đai để tháo gỡ vướng mắc.", ("Luật", "Luật Đất đai")),
        ("Quốc hội thảo luận dự án Luật Thuế thu nhập doanh nghiệp (sửa đổi).",
         ("Luật", "Luật Thuế thu nhập doanh nghiệp (sửa đổi)")),
        ("Bộ Công an triển khai Đề án 06 trên toàn quốc.", ("Đề án", "06")),
        ("Ban cán sự đảng Chính phủ chỉ đạo rà soát, bổ sung Quy hoạch điện VIII, khai thác tiềm năng.",
         ("Quy hoạch", "Quy hoạch điện VIII")),
        ("Các đại biểu nghe báo cáo về Chương trình công tác năm 2025 và phân công nhiệm vụ.",
         ("Chương trình", "Chương trình công tác năm 2025")),
        ("Ủy ban đã ban hành kế hoạch hoạt động năm 2024, trong đó xác định trọng tâm.",
         ("Kế hoạch", "Kế hoạch hoạt động năm 2024")),
        ("Các cơ quan Đảng triển khai Đề án chuyển đổi số trong các cơ quan Đảng bảo đảm hiệu quả.",
         ("Đề án", "Đề án chuyển đổi số trong các cơ quan Đảng")),
    ],
)
def test_document_forms(extractor, text, expected):
    assert pairs(extractor, text) == [expected]


def test_short_reference_joins_the_full_number_printed_elsewhere(extractor):
    text = ("Tổng Bí thư nhấn mạnh việc triển khai Nghị quyết số 57 là nội dung rất quan trọng.\n"
            "Đánh giá 9 tháng triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n"
            "Nghị quyết 57 đã thực sự đi vào cuộc sống.\n")
    docs = run(extractor, text, "2025-10-15").documents
    assert len(docs) == 1
    d = docs[0]
    assert (d.type, d.number, d.issuer, d.date) == ("Nghị quyết", "57-NQ/TW", "Bộ Chính trị", "2024-12-22")
    assert [m.text for m in d.mentions] == ["Nghị quyết số 57", "Nghị quyết số 57-NQ/TW", "Nghị quyết 57"]


def test_short_reference_without_full_number_keeps_the_short_number(extractor):
    text = "Gắn kết việc triển khai Nghị quyết số 57 với tiếp tục triển khai Nghị quyết số 18. Nghị quyết 57 là đột phá."
    assert pairs(extractor, text) == [("Nghị quyết", "57"), ("Nghị quyết", "18")]


def test_issuer_printed_before_the_document(extractor):
    text = ("Trong đó, kịp thời ban hành Nghị quyết số 193/2025/NQ-QH15 để thể chế hóa.\n"
            "Mặc dù Quốc hội đã ban hành Nghị quyết 193 nhưng vẫn còn vấn đề.\n")
    docs = run(extractor, text).documents
    assert [(d.number, d.issuer, len(d.mentions)) for d in docs] == [("193/2025/NQ-QH15", "Quốc hội", 2)]


def test_issuer_after_a_named_plan_and_issuer_null_when_not_printed(extractor):
    text = ("Thủ tướng nhấn mạnh các giải pháp đề ra tại Kế hoạch hoạt động năm 2024 của Ủy ban quốc gia "
            "về chuyển đổi số. Năm 2024 là năm bứt phá thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.")
    docs = {d.number: d for d in run(extractor, text, "2024-04-24").documents}
    assert set(docs) == {"Kế hoạch hoạt động năm 2024", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025"}
    assert docs["Kế hoạch hoạt động năm 2024"].issuer == "Ủy ban quốc gia về chuyển đổi số"
    assert docs["Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025"].issuer is None


def test_synonymous_programme_names_are_one_document(extractor):
    text = ("Các đại biểu nghe báo cáo về Chương trình công tác năm 2025 của Ban Chỉ đạo.\n"
            "Về Chương trình làm việc năm 2025, Tổng Bí thư cơ bản nhất trí với dự thảo.\n")
    docs = run(extractor, text, "2025-01-20").documents
    assert [(d.number, len(d.mentions)) for d in docs] == [("Chương trình công tác năm 2025", 2)]


def test_state_decision_and_party_regulation_share_the_code(extractor):
    text = "Căn cứ Quyết định 22/2013/QĐ-TTg và 142-QĐ/TW, các địa phương triển khai."
    assert pairs(extractor, text) == [("Quyết định", "22/2013/QĐ-TTg"), ("Quy định", "142-QĐ/TW")]


def test_named_scheme_with_the_body_in_its_name(extractor):
    text = "Đảng ủy Quốc hội chỉ đạo triển khai Đề án chuyển đổi số của Quốc hội. Nội dung giám sát phải tập trung."
    docs = run(extractor, text, "2025-10-15").documents
    assert [(d.type, d.number, d.issuer) for d in docs] == [("Đề án", "Đề án chuyển đổi số của Quốc hội", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí đề nghị các thành viên Tổ Biên tập phát biểu ý kiến về cơ chế phối hợp trong xây dựng Đề án.",
        "Đồng chí đề nghị tích hợp phần đề xuất, kiến nghị của 03 đề án trình Bộ Chính trị.",
        "Còn có nhiều VBQPPL cần được bổ sung, sửa đổi sớm.",
        "Các cơ quan thực hiện riêng các đề án này với các kết luận, nghị quyết riêng.",
        "Tỉnh ủy xây dựng, ban hành kế hoạch hành động thực hiện nghị quyết, bảo đảm mục tiêu.",
        "Phấn đấu 100% các Nghị định và Thông tư hướng dẫn thi hành Luật phải được ban hành.",
        "Kế hoạch phải được xác định rõ các mục tiêu chiến lược.",
        "Ông là Bộ trưởng Bộ Kế hoạch và Đầu tư, từng học Trường Đại học Luật Hà Nội.",
        "Chương trình do Công ty Tia Sáng tổ chức, thu hút đông đảo du khách.",
        "Hội đồng quyết định 3 lần trong năm; tỷ lệ 1/2 số phiếu.",
        "Thực hiện kế hoạch 5 năm tới và Kế hoạch 3 tháng cuối năm.",
    ],
)
def test_generic_mentions_are_not_documents(extractor, text):
    assert pairs(extractor, text) == []


def test_spans_carry_type_and_number(extractor):
    doc = extractor.nlp.make_doc("Thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị.")
    doc._.published = dt.date(2025, 3, 4)
    for _name, component in extractor.nlp.pipeline:
        doc = component(doc)
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["documents"]] == [
        ("Nghị quyết 57-NQ/TW", "DOCUMENT", "Nghị quyết|57-NQ/TW")
    ]


def test_dev_gold_documents():
    dev = need_shared(DEV)
    from nqextract.evaluate import score_dir

    total, _ = score_dir(dev)
    assert total.fields["documents"].f1 >= 0.95, json.dumps(total.as_dict()["documents"])


def test_short_number_with_its_date_and_issuer(extractor):
    docs = run(extractor, "Bám sát quyết định số 1012 ngày 20-9-2024 của Thủ tướng Chính phủ.", "2024-11-27").documents
    assert [(d.type, d.number, d.issuer, d.date) for d in docs] == [
        ("Quyết định", "1012", "Thủ tướng Chính phủ", "2024-09-20")
    ]


def test_issuer_then_date_after_the_number(extractor):
    docs = run(extractor, "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 22/12/2024 về đột phá.").documents
    assert [(d.number, d.issuer, d.date) for d in docs] == [("57-NQ/TW", "Bộ Chính trị", "2024-12-22")]


def test_a_list_of_short_numbers_is_one_document_each(extractor):
    text = "Triển khai đồng bộ các Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị."
    assert pairs(extractor, text) == [("Nghị quyết", n) for n in ("57", "59", "66", "68")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
         ("Nghị quyết", "Nghị quyết Trung ương 4 khóa XII")),
        ("Quán triệt Nghị quyết Đại hội XIII của Đảng.", ("Nghị quyết", "Nghị quyết Đại hội XIII của Đảng")),
        ("Sửa đổi Luật Phòng, chống tham nhũng theo hướng phân cấp.", ("Luật", "Luật Phòng, chống tham nhũng")),
        ("Sửa đổi một số điều của Hiến pháp năm 2013.", ("Hiến pháp", "Hiến pháp năm 2013")),
        ("Thông báo kết luận số 10-TB/TW của Bộ Chính trị.", ("Thông báo kết luận", "10-TB/TW")),
    ],
)
def test_named_resolutions_laws_and_constitution(extractor, text, expected):
    assert pairs(extractor, text) == [expected]


def test_named_resolutions_of_a_session_and_of_a_budget_year(extractor):
    assert pairs(extractor, "Quốc hội vừa thông qua Nghị quyết kỳ họp thứ 9, trong đó nêu rõ nhiều cơ chế.") == [
        ("Nghị quyết", "Nghị quyết kỳ họp thứ 9")]
    assert pairs(extractor, "Tại Nghị quyết về dự toán ngân sách nhà nước năm 2016, Quốc hội giao Chính phủ rà soát.") == [
        ("Nghị quyết", "Nghị quyết về dự toán ngân sách nhà nước năm 2016")]
    # a verb right after the type word: an unnamed resolution
    assert pairs(extractor, "Trước đó, Chính phủ ban hành Nghị quyết giao Bộ Xây dựng chủ trì.") == []


def test_draft_decree_named_by_its_enumerated_title(extractor):
    text = "Bộ Nội vụ đề xuất dự thảo Nghị định quản lý lao động, tiền lương, thù lao, tiền thưởng trong doanh nghiệp."
    assert pairs(extractor, text) == [
        ("Nghị định", "Nghị định quản lý lao động, tiền lương, thù lao, tiền thưởng trong doanh nghiệp")]
    assert pairs(extractor, "Chính phủ ban hành Nghị định quy định chi tiết thi hành.") == []


def test_official_letter_and_national_standards(extractor):
    a = run(extractor, "Bộ Tài nguyên và Môi trường vừa có Văn bản số 5536/BTNMT-TCMT hướng dẫn các tỉnh.")
    assert [(d.type, d.number, d.issuer) for d in a.documents] == [
        ("Văn bản", "5536/BTNMT-TCMT", "Bộ Tài nguyên và Môi trường")]
    assert pairs(extractor, "Theo QCVN 8-2:2011/BYT và TCVN 5575:2012, các chỉ tiêu phải đạt.") == [
        ("Quy chuẩn", "QCVN 8-2:2011/BYT"), ("Tiêu chuẩn", "TCVN 5575:2012")]


def test_resolution_passed_about_an_enumerated_subject_and_an_amending_law(extractor):
    text = ("Quốc hội biểu quyết thông qua nghị quyết về thí điểm xử lý vật chứng, tài sản trong quá trình điều tra, "
            "truy tố, xét xử một số vụ án hình sự và Luật Phòng, chống mua bán người (sửa đổi). Sau đó, Quốc hội thảo "
            "luận về dự án Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật.")
    assert pairs(extractor, text) == [
        ("Nghị quyết", "Nghị quyết về thí điểm xử lý vật chứng, tài sản trong quá trình điều tra, truy tố, xét xử một "
                       "số vụ án hình sự"),
        ("Luật", "Luật Phòng, chống mua bán người (sửa đổi)"),
        ("Luật", "Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật")]


def test_lower_case_conclusion_with_its_year_and_a_plan_named_by_what_it_implements(extractor):
    text = ("UBND tỉnh vừa ban hành Kế hoạch thực hiện chương trình hành động số 86-CTr/TU ngày 23/5/2025 của Ban "
            "Thường vụ Tỉnh ủy. Cần thể chế hóa kết luận 91/2024 của Bộ Chính trị.")
    assert pairs(extractor, text) == [("Chương trình", "86-CTr/TU"), ("Kết luận", "91/2024")]


def test_a_law_cut_short_is_the_law_printed_in_full(extractor):
    text = ("Luật Trật tự, an toàn giao thông đường bộ có hiệu lực từ 1/1/2025. Dự thảo phù hợp với Luật Trật tự, an "
            "toàn giao thông. Luật Đầu tư và Luật Đầu tư công cùng được sửa. Chính phủ ban hành Nghị quyết giao Bộ "
            "Xây dựng chủ trì.")
    assert pairs(extractor, text) == [("Luật", "Luật Trật tự, an toàn giao thông đường bộ"), ("Luật", "Luật Đầu tư"),
                                      ("Luật", "Luật Đầu tư công")]


def test_draft_named_by_its_subject_after_its_owner(extractor):
    a = run(extractor, "Quốc hội thảo luận ở hội trường về dự thảo nghị quyết của Quốc hội về giảm thuế giá trị gia "
                       "tăng. Từ 17h15, Quốc hội họp riêng.")
    assert [(d.type, d.number, d.issuer) for d in a.documents] == [
        ("Nghị quyết", "Nghị quyết về giảm thuế giá trị gia tăng", "Quốc hội")]
