"""Bodies and positions: a committee of the National Assembly printed with "của Quốc hội" is named so, as the
gold writes it ("Ủy ban Xã hội của Quốc hội"); printed bare it keeps its short name, unless the same article prints
it with "của Quốc hội" (one body, one name); the committees on which the gold is split (Ủy ban Kinh tế, Ủy ban Kinh
tế và Tài chính, Ủy ban Quốc phòng và An ninh, Ủy ban về các vấn đề xã hội) keep their short name either way; a
committee printed with "của Quốc hội" names "Quốc hội" too; the legislature's term is no part of "Quốc hội"'s name;
a foreign parliament's committee is never the home one (constructed sentences, invented names)."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import body_names, extracted_body_names, positions, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Chiều mai, Ủy ban Xã hội của Quốc hội mời hai bộ tới giải trình.", "Ủy ban Xã hội của Quốc hội"),
    ("Tờ trình gửi Uỷ ban Tư pháp của Quốc hội ghi ba phương án khác hẳn nhau.", "Ủy ban Tư pháp của Quốc hội"),
    ("Tuần tới, Ủy ban Đối ngoại của Quốc hội cử năm người sang Lào.", "Ủy ban Đối ngoại của Quốc hội"),
    ("Hôm qua Ủy ban Tài chính - Ngân sách của Quốc hội bác mức thu mới.", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
    ("Cũng theo Ủy ban Pháp luật và Tư pháp của Quốc hội, bản sửa vẫn rối.", "Ủy ban Pháp luật và Tư pháp của Quốc hội"),
    ("Chiều nay Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội bàn riêng về biên giới.",
     "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội"),
    ("Ông có hai nhiệm kỳ ngồi ghế phó ở Ủy ban Khoa học và Kỹ thuật của Quốc hội hồi đó.",
     "Ủy ban Khoa học và Kỹ thuật của Quốc hội"),
])
def test_a_committee_printed_with_the_assembly_keeps_it(text, body):
    for names in (body_names(text), tagged_body_names(text)):
        assert body in names
        assert body.removesuffix(" của Quốc hội") not in names


@pytest.mark.parametrize("text, body", [
    ("Theo lời bà Vương Thị Lan, Ủy ban Xã hội thấy bản sửa còn thiếu.", "Ủy ban Xã hội"),
    ("Riêng Ủy ban Tư pháp đòi nói rõ quyền hạn bên điều tra.", "Ủy ban Tư pháp"),
    ("Sáng nay Ủy ban Kinh tế của Quốc hội đọc kỹ tờ trình kế hoạch vốn.", "Ủy ban Kinh tế"),
    ("Đêm qua Ủy ban Quốc phòng và An ninh của Quốc hội ngồi tới khuya.", "Ủy ban Quốc phòng và An ninh"),
    ("Mọi ý kiến bên Ủy ban Kinh tế và Tài chính của Quốc hội đã chuyển xuống tổ.", "Ủy ban Kinh tế và Tài chính"),
])
def test_a_bare_or_split_committee_keeps_its_short_name(text, body):
    names = body_names(text)
    assert body in names
    assert f"{body} của Quốc hội" not in names


@pytest.mark.parametrize("text", [
    "Chiều mai, Ủy ban Xã hội của Quốc hội mời hai bộ tới giải trình.",
    "Sáng nay Ủy ban Kinh tế của Quốc hội đọc kỹ tờ trình kế hoạch vốn.",
    "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội Đỗ Minh Quảng hỏi thêm về học phí.",
    "Bên Hội đồng Dân tộc của Quốc hội có thêm hai tờ trình.",
])
def test_a_committee_printed_with_the_assembly_names_the_assembly_too(text):
    assert "Quốc hội" in body_names(text)
    assert "Quốc hội" in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Ủy ban Xã hội hôm nay bàn thêm về bảo hiểm.",
    "Ủy ban Đối ngoại của Quốc hội Hàn Quốc đón đoàn khách tới thăm.",
    "Văn phòng Ủy ban nhân dân tỉnh Nam Định ra thông báo mới.",
])
def test_no_assembly_where_it_is_not_printed(text):
    assert "Quốc hội" not in body_names(text)


def test_one_committee_keeps_one_name_in_an_article():
    text = ("Chiều mai, Ủy ban Xã hội của Quốc hội mời hai bộ tới giải trình. Tới cuối buổi, Ủy ban Xã hội lại đòi "
            "bổ sung số liệu.")
    names = body_names(text)
    assert "Ủy ban Xã hội" not in names
    assert names.count("Ủy ban Xã hội của Quốc hội") == 2


def test_the_officer_holds_the_committee_as_printed(pipeline):
    text = ("Chủ nhiệm Ủy ban Xã hội của Quốc hội Vương Thị Lan nói tờ trình mới xong hôm qua. Phó Chủ nhiệm "
            "Ủy ban Văn hóa, Giáo dục của Quốc hội Đỗ Minh Quảng hỏi thêm về học phí.")
    got = positions(pipeline, text)
    assert ("Chủ nhiệm", "Ủy ban Xã hội của Quốc hội", "current") in got["Vương Thị Lan"]
    assert ("Phó Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục của Quốc hội", "current") in got["Đỗ Minh Quảng"]


def test_an_officer_printed_bare_takes_the_long_form_the_article_prints(pipeline):
    text = ("Chiều mai, Ủy ban Xã hội của Quốc hội mời hai bộ tới giải trình. Phó Chủ nhiệm Ủy ban Xã hội Đào Văn Kiên "
            "nói sẽ hỏi kỹ.")
    assert ("Phó Chủ nhiệm", "Ủy ban Xã hội của Quốc hội", "current") in positions(pipeline, text)["Đào Văn Kiên"]


def test_a_bare_officer_keeps_the_short_name(pipeline):
    got = positions(pipeline, "Phó Chủ nhiệm Ủy ban Tư pháp Hà Quang Vịnh xin để lại điều khoản chuyển tiếp.")
    assert ("Phó Chủ nhiệm", "Ủy ban Tư pháp", "current") in got["Hà Quang Vịnh"]


def test_a_standing_deputy_chair_holds_the_committee_itself(pipeline):
    text = "Phó Chủ nhiệm Thường trực Ủy ban Tư pháp của Quốc hội Lạc Văn Khiêm xin thêm một tuần."
    assert ("Phó Chủ nhiệm Thường trực", "Ủy ban Tư pháp của Quốc hội", "current") in positions(pipeline, text)["Lạc Văn Khiêm"]
    assert not any(n.startswith("Thường trực") for n in body_names(text))


@pytest.mark.parametrize("text", [
    "Bà Hà Thu Nguyệt, đại biểu Quốc hội khóa XV, hỏi thêm về giá điện.",
    "Tới Kỳ họp thứ 7, Quốc hội khóa XIV bấm nút thông qua hai luật.",
    "Ủy ban Thường vụ Quốc hội khóa XV cho ý kiến về đề án sắp xếp.",
])
def test_the_assembly_is_named_without_its_term(text):
    names = body_names(text)
    assert not any("khóa" in n for n in names)
    assert "Quốc hội" in names or "Ủy ban Thường vụ Quốc hội" in names


@pytest.mark.parametrize("text", [
    "Chủ tịch Ủy ban Đối ngoại Hạ viện Mỹ Robert Kline nói không với gói viện trợ mới.",
    "Ủy ban Tư pháp Thượng viện Mỹ mở phiên điều trần với ứng viên thẩm phán.",
    "Ủy ban nhân dân tỉnh Nam Định giao Sở Tư pháp soát lại thủ tục hộ tịch.",
])
def test_no_other_committee_becomes_the_assembly_one(text):
    assert not any(n.endswith("của Quốc hội") for n in body_names(text))


def test_a_foreign_parliament_committee_printed_with_its_country_is_that_country_s():
    names = body_names("Ủy ban Đối ngoại của Quốc hội Mỹ vừa công bố một bản đánh giá mới.")
    assert names == ["Ủy ban Đối ngoại của Quốc hội Mỹ"]


@pytest.mark.parametrize("text, name", [
    ("Hồi đó, Quốc hội Khóa XIII đã thông qua Luật Phòng cháy rừng 2015, khá chặt.", "Luật Phòng cháy rừng 2015"),
    ("Cuối năm ấy Quốc hội khoá XV vừa thông qua Luật Nuôi ong 2023 sửa đổi.", "Luật Nuôi ong 2023 sửa đổi"),
])
def test_the_assembly_printed_with_its_term_issues_the_law(extractor, text, name):
    from nqextract.models import CleanArticle

    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    assert (name, "Quốc hội") in [(d.number, d.issuer) for d in article.documents]


@pytest.mark.parametrize("text, number, issuer", [
    ("Hôm 4-3, Ủy ban Xã hội của Quốc hội vừa ban hành Kế hoạch 27/KH-UBXH15 để giám sát bệnh viện tuyến huyện.",
     "27/KH-UBXH15", "Ủy ban Xã hội của Quốc hội"),
    ("Tuần trước Ủy ban Tư pháp của Quốc hội đã ban hành Kế hoạch 8/KH-UBTP15 về đợt giám sát chuyên đề.",
     "8/KH-UBTP15", "Ủy ban Tư pháp của Quốc hội"),
])
def test_a_committee_issuing_a_document_is_its_issuer_not_the_assembly(extractor, text, number, issuer):
    from nqextract.models import CleanArticle

    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    assert (number, issuer) in [(d.number, d.issuer) for d in article.documents]


def test_a_central_committee_with_its_term_issues_with_its_term(extractor):
    from nqextract.models import CleanArticle

    text = "Năm ngoái, Ban Chấp hành Trung ương Đảng khóa XIII vừa ban hành Nghị quyết 41-NQ/TW về phát triển vùng."
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 6, 1)))
    assert ("41-NQ/TW", "Ban Chấp hành Trung ương Đảng khóa XIII") in [(d.number, d.issuer) for d in article.documents]


@pytest.mark.parametrize("text, bare", [
    ("Ủy ban Tư pháp của Quốc hội đọc kỹ dự thảo. Ở Mỹ, Ủy ban Tư pháp Hạ viện lại mở phiên riêng.", "Ủy ban Tư pháp"),
    ("Ủy ban Đối ngoại của Quốc hội tiếp khách sáng nay. Chiều đó Ủy ban Đối ngoại Thượng viện họp kín.",
     "Ủy ban Đối ngoại"),
    ("Ủy ban Xã hội của Quốc hội xin thêm số liệu. Tại Hàn Quốc, Ủy ban Xã hội cũng bàn chuyện lương hưu.",
     "Ủy ban Xã hội"),
])
def test_a_bare_committee_of_another_parliament_keeps_its_bare_name(text, bare):
    names = body_names(text)
    assert bare in names
    assert names.count(f"{bare} của Quốc hội") == 1


def test_another_parliaments_committee_printed_with_its_chamber_and_country_is_named_with_them():
    text = ("Ủy ban Đối ngoại của Quốc hội tiếp khách sáng nay. Chiều đó Ủy ban Đối ngoại Thượng viện Nhật Bản họp kín.")
    names = body_names(text)
    assert "Ủy ban Đối ngoại Thượng viện Nhật Bản" in names and "Thượng viện Nhật Bản" in names
    assert names.count("Ủy ban Đối ngoại của Quốc hội") == 1


def test_a_foreign_chairman_of_a_bare_committee_holds_no_home_committee(pipeline):
    text = ("Ủy ban Tư pháp của Quốc hội đọc kỹ dự thảo chiều qua. Chủ tịch Ủy ban Tư pháp Frank Wexley thì phản đối "
            "gói chi mới.")
    held = {body for _t, body, _s in positions(pipeline, text).get("Frank Wexley", set())}
    assert "Ủy ban Tư pháp của Quốc hội" not in held


def test_a_bare_home_committee_next_to_the_long_one_still_takes_it():
    text = ("Ủy ban Đối ngoại của Quốc hội họp sáng nay. Sau đó, Ủy ban Đối ngoại gửi văn bản tới Bộ Ngoại giao "
            "để hỏi thêm.")
    assert body_names(text).count("Ủy ban Đối ngoại của Quốc hội") == 2
