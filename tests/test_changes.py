"""position_changes: one family of cues per test, several constructed sentences each."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.changes import ChangeRules
from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[dict]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [c.model_dump(exclude={"span_start", "span_end", "sentence"}) for c in art.position_changes]


def one(extractor, text: str, **want) -> dict:
    found = changes(extractor, text)
    assert len(found) == 1, found
    got = found[0]
    for k, v in want.items():
        assert got[k] == v, (k, got)
    return got


@pytest.mark.parametrize("text, want", [
    ("Thủ tướng Chính phủ quyết định bổ nhiệm ông Nguyễn Văn An giữ chức Thứ trưởng Bộ Xây dựng kể từ ngày 1/8/2025.",
     dict(person="Nguyễn Văn An", title="Thứ trưởng", body="Bộ Xây dựng", decided_by="Thủ tướng Chính phủ",
          effective="2025-08-01")),
    ("Bí thư Tỉnh ủy trao quyết định bổ nhiệm cho ông Lâm Văn Ân giữ chức Giám đốc Sở Nội vụ.",
     dict(person="Lâm Văn Ân", title="Giám đốc", body="Sở Nội vụ")),
    ("Ông Hồ Văn Bằng được bổ nhiệm giữ chức Vụ trưởng Vụ Pháp chế, Bộ Y tế.",
     dict(person="Hồ Văn Bằng", title="Vụ trưởng")),
])
def test_appointed(extractor, text, want):
    one(extractor, text, change="appointed", **want)


def test_reappointed_with_the_decision(extractor):
    one(extractor, "Thủ tướng Phạm Minh Chính ký Quyết định số 1234/QĐ-TTg bổ nhiệm lại ông Trần Quốc Oai giữ chức "
                   "Thứ trưởng Bộ Tài chính.", change="reappointed", title="Thứ trưởng", body="Bộ Tài chính",
        decided_by="Thủ tướng Chính phủ", document="Quyết định số 1234/QĐ-TTg")


@pytest.mark.parametrize("text", [
    "Ông Phan Văn Phong được bổ nhiệm giữ chức quyền Giám đốc Sở Y tế tỉnh Bắc Giang.",
    "UBND tỉnh Bắc Giang giao quyền Giám đốc Sở Y tế tỉnh Bắc Giang cho ông Phan Văn Phong.",
])
def test_acting(extractor, text):
    got = one(extractor, text, change="acting", person="Phan Văn Phong", body="Sở Y tế tỉnh Bắc Giang")
    assert got["title"].lower().endswith("giám đốc")


@pytest.mark.parametrize("text, want", [
    ("HĐND tỉnh Quảng Bình bầu ông Trần Văn Bình giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.",
     dict(person="Trần Văn Bình", title="Chủ tịch", body="Ủy ban nhân dân tỉnh Quảng Bình", start="2021", end="2026")),
    ("Ban Chấp hành Đảng bộ tỉnh đã bầu đồng chí Lương Văn Quý giữ chức Bí thư Tỉnh ủy Cao Bằng nhiệm kỳ 2020-2025.",
     dict(person="Lương Văn Quý", title="Bí thư", body="Tỉnh ủy Cao Bằng", start="2020", end="2025")),
    ("Ông Đặng Văn Cừ, Phó Chủ tịch UBND tỉnh Gia Lai, được bầu giữ chức Chủ tịch UBND tỉnh Gia Lai.",
     dict(person="Đặng Văn Cừ", title="Chủ tịch", body="Ủy ban nhân dân tỉnh Gia Lai")),
])
def test_elected(extractor, text, want):
    one(extractor, text, change="elected", **want)


@pytest.mark.parametrize("text", [
    "Quốc hội phê chuẩn kết quả bầu ông Mai Văn Long giữ chức Phó Chủ tịch UBND tỉnh Hải Dương.",
    "Thủ tướng Chính phủ phê chuẩn kết quả bầu ông Mai Văn Long giữ chức Phó Chủ tịch UBND tỉnh Hải Dương.",
])
def test_approved(extractor, text):
    one(extractor, text, change="approved", person="Mai Văn Long", title="Phó Chủ tịch",
        body="Ủy ban nhân dân tỉnh Hải Dương")


@pytest.mark.parametrize("text, want", [
    ("Ban Thường vụ Tỉnh ủy Bình Định quyết định điều động, luân chuyển ông Võ Văn Em, Phó Bí thư Huyện ủy Tuy "
     "Phước, giữ chức Bí thư Huyện ủy Phù Cát.",
     dict(person="Võ Văn Em", title="Bí thư", body="Huyện ủy Phù Cát", decided_by="Ban Thường vụ Tỉnh ủy Bình Định")),
    ("Chiều 5/8, Bộ Chính trị đã điều động đồng chí Nguyễn Văn Nam, Bí thư Tỉnh ủy Hà Giang, giữ chức Phó Trưởng "
     "Ban Tổ chức Trung ương.",
     dict(person="Nguyễn Văn Nam", body="Ban Tổ chức Trung ương", decided_by="Bộ Chính trị", effective="2025-08-05")),
])
def test_transferred_takes_the_new_post(extractor, text, want):
    one(extractor, text, change="transferred", **want)


@pytest.mark.parametrize("text, want", [
    ("Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Công Thương đối với ông Phạm Văn Dũng.",
     dict(person="Phạm Văn Dũng", title="Bộ trưởng", body="Bộ Công Thương", decided_by="Quốc hội")),
    ("Quốc hội đã biểu quyết thông qua nghị quyết miễn nhiệm ông Vũ Văn Uy, Bộ trưởng Bộ Giao thông vận tải.",
     dict(person="Vũ Văn Uy", title="Bộ trưởng", body="Bộ Giao thông vận tải", decided_by="Quốc hội")),
    ("Ông Đỗ Văn Phúc thôi giữ chức Chủ tịch UBND tỉnh Hà Nam.",
     dict(person="Đỗ Văn Phúc", title="Chủ tịch", body="Ủy ban nhân dân tỉnh Hà Nam")),
    ("Thủ tướng quyết định cho ông Dương Văn Xuân thôi giữ chức Thứ trưởng Bộ Công Thương.",
     dict(person="Dương Văn Xuân", title="Thứ trưởng", body="Bộ Công Thương")),
])
def test_dismissed(extractor, text, want):
    one(extractor, text, change="dismissed", **want)


@pytest.mark.parametrize("text, want", [
    ("Thủ tướng Chính phủ quyết định cách chức Phó Chủ tịch UBND tỉnh Lào Cai đối với ông Bùi Văn Giang.",
     dict(person="Bùi Văn Giang", title="Phó Chủ tịch", body="Ủy ban nhân dân tỉnh Lào Cai",
          decided_by="Thủ tướng Chính phủ")),
    ("Hội đồng nhân dân tỉnh Đồng Nai bãi nhiệm đại biểu HĐND tỉnh đối với ông Đinh Văn Hải.",
     dict(person="Đinh Văn Hải", decided_by="Hội đồng nhân dân tỉnh Đồng Nai")),
])
def test_removed(extractor, text, want):
    one(extractor, text, change="removed", discipline=None, **want)


@pytest.mark.parametrize("text, want", [
    ("Ông Lý Văn Khoa đã xin từ chức Chủ tịch UBND thành phố Hà Nội.",
     dict(person="Lý Văn Khoa", title="Chủ tịch", body="Ủy ban nhân dân thành phố Hà Nội")),
    ("Ông Chu Văn Vinh, Chủ tịch UBND huyện Ba Vì, đã có đơn xin từ chức.",
     dict(person="Chu Văn Vinh", title="Chủ tịch", body="Ủy ban nhân dân huyện Ba Vì")),
])
def test_resigned(extractor, text, want):
    one(extractor, text, change="resigned", **want)


@pytest.mark.parametrize("text, want", [
    ("Ông Hoàng Minh Đức, Phó Chủ tịch UBND tỉnh Nghệ An, nghỉ hưu theo chế độ từ ngày 1/8/2025.",
     dict(person="Hoàng Minh Đức", title="Phó Chủ tịch", body="Ủy ban nhân dân tỉnh Nghệ An", effective="2025-08-01",
          decided_by=None)),
    ("Kể từ ngày 1/9/2025, ông Hoàng Minh Đức nghỉ hưu theo chế độ.",
     dict(person="Hoàng Minh Đức", effective="2025-09-01")),
])
def test_retired(extractor, text, want):
    one(extractor, text, change="retired", **want)


@pytest.mark.parametrize("text, want", [
    ("Ban Bí thư quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Lê Văn Cường, nguyên Bí thư "
     "Tỉnh ủy Yên Bái.",
     dict(person="Lê Văn Cường", discipline="cảnh cáo", body="Tỉnh ủy Yên Bái", decided_by="Ban Bí thư")),
    ("Ủy ban Kiểm tra Trung ương quyết định thi hành kỷ luật khiển trách ông Tạ Văn Sơn, Phó Giám đốc Sở Tài chính "
     "tỉnh Lạng Sơn.",
     dict(person="Tạ Văn Sơn", discipline="khiển trách", title="Phó Giám đốc", body="Sở Tài chính tỉnh Lạng Sơn")),
    ("Bộ Chính trị quyết định thi hành kỷ luật bằng hình thức khai trừ ra khỏi Đảng đối với ông Kiều Văn Tâm, "
     "nguyên Chủ tịch UBND tỉnh Bình Thuận.",
     dict(person="Kiều Văn Tâm", discipline="khai trừ", body="Ủy ban nhân dân tỉnh Bình Thuận")),
    ("Ban Thường vụ Tỉnh ủy thi hành kỷ luật bằng hình thức cách chức tất cả chức vụ trong Đảng đối với ông "
     "Lò Văn Út, Bí thư Huyện ủy Mường Tè.",
     dict(person="Lò Văn Út", discipline="cách chức")),
])
def test_disciplined_with_its_form(extractor, text, want):
    got = one(extractor, text, change="disciplined", **want)
    assert got["title"].endswith("Bí thư") or got["title"].endswith("Chủ tịch") or got["title"].endswith("Giám đốc")


@pytest.mark.parametrize("text", [
    "Ông Ngô Văn Minh được giới thiệu để bầu giữ chức Chủ tịch HĐND tỉnh Thanh Hóa.",
    "Thường trực HĐND tỉnh giới thiệu ông Ngô Văn Minh để bầu giữ chức Chủ tịch HĐND tỉnh Thanh Hóa.",
])
def test_nominated_is_no_office_yet(extractor, text):
    one(extractor, text, change="nominated", person="Ngô Văn Minh", title="Chủ tịch",
        body="Hội đồng nhân dân tỉnh Thanh Hóa")


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Bảo chủ trì cuộc họp về bầu cử đại biểu Quốc hội và giữ nghiêm kỷ luật.",
    "Nhiều cán bộ đến tuổi nghỉ hưu nhưng ông Trịnh Văn Cảnh vẫn tiếp tục công tác.",
    "Ông Trịnh Văn Cảnh đề nghị các địa phương điều động lực lượng ứng phó bão.",
    "Bộ Nội vụ đang xây dựng quy định về bổ nhiệm cán bộ, công chức.",
])
def test_no_change_without_a_person_concerned(extractor, text):
    assert changes(extractor, text) == []


def test_several_persons_after_one_cue_and_the_one_replaced(extractor):
    found = changes(extractor, "Thủ tướng Chính phủ bổ nhiệm ông Nguyễn Văn An và ông Trần Văn Bình giữ chức Thứ "
                               "trưởng Bộ Xây dựng thay ông Lê Văn Cường nghỉ hưu.")
    got = {(c["person"], c["change"]) for c in found}
    assert got == {("Nguyễn Văn An", "appointed"), ("Trần Văn Bình", "appointed"), ("Lê Văn Cường", "retired")}


def test_rules_file_rejects_an_unknown_kind():
    with pytest.raises(ValueError, match="bad row"):
        ChangeRules([{"kind": "verb", "phrase": "bổ nhiệm"}])


@pytest.mark.parametrize("text", [
    "Hàng nghìn người biểu tình yêu cầu thủ tướng nước này – bà Paetongtarn Shinawatra từ chức.",
    "Các giáo sư kêu gọi Tổng thống Yoon Suk Yeol từ chức.",
    "Bộ Nội vụ bác bỏ tin đồn ông Trần Văn Tú bị cách chức.",
])
def test_a_demand_or_a_rumour_is_no_change(extractor, text):
    assert changes(extractor, text) == []


def test_decider_after_the_passive_word_not_the_appositive(extractor):
    got = one(extractor, "Ông Trần Văn Thắng, Chủ tịch UBND tỉnh Quảng Bình, vừa được Bộ Chính trị điều động giữ "
                         "chức Phó Bí thư Đảng ủy Khối doanh nghiệp Trung ương.", change="transferred")
    assert got["decided_by"] == "Bộ Chính trị" and got["title"] == "Phó Bí thư"


@pytest.mark.parametrize("text", [
    "Phải xem xét để quyết áp dụng hình thức kỷ luật nào cho phù hợp với mức độ sai phạm, bà Nguyễn Thị Kim Thúy trao đổi.",
    "Bộ tem được giới thiệu với học sinh có tên “Dấu ấn” của tác giả Nguyễn Đại Hùng Lộc.",
    "Khảo sát cho thấy số người bầu cho ông Volodymyr Zelensky ít hơn so với trước.",
    "Các tên bão Việt Nam đóng góp là Sơn Tinh, Trà Mi, Hạ Long (các tên Hoa Mai, Vàm Cỏ cũng từng được Việt Nam đề cử).",
])
def test_a_person_past_other_words_is_not_concerned(extractor, text):
    assert changes(extractor, text) == []


def test_each_passive_clause_concerns_its_own_subject(extractor):
    found = changes(extractor, "Đồng chí Hoàng Trung Dũng, Tổng Biên tập Tạp chí Cộng sản, được bầu làm Bí thư Đảng ủy; "
                               "đồng chí Phạm Minh Tuấn, Phó Tổng Biên tập Tạp chí Cộng sản, được bầu làm Phó Bí thư Đảng ủy.")
    assert {(c["person"], c["change"], c["title"]) for c in found} == {
        ("Hoàng Trung Dũng", "elected", "Bí thư"), ("Phạm Minh Tuấn", "elected", "Phó Bí thư")}


def test_a_post_printed_before_a_list_is_every_listed_persons(extractor):
    found = changes(extractor, "Bộ trưởng Bộ Công an điều động, bổ nhiệm giữ chức Phó Cục trưởng Cục Cảnh sát giao "
                               "thông đối với 3 cán bộ gồm: Đại tá Phạm Văn Lương (Phó Giám đốc Công an tỉnh Bắc Ninh), "
                               "Đại tá Đỗ Thị Thu Hiền (Phó Giám đốc Công an tỉnh Hà Nam).")
    assert {(c["person"], c["change"], c["title"], c["decided_by"]) for c in found} == {
        ("Phạm Văn Lương", "transferred", "Phó Cục trưởng", "Bộ trưởng Bộ Công an"),
        ("Đỗ Thị Thu Hiền", "transferred", "Phó Cục trưởng", "Bộ trưởng Bộ Công an")}


@pytest.mark.parametrize("text, want", [
    ("Ông Nguyễn Hữu Khúc - Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Hoài Ân nhiệm kỳ 2021-2026 - được điều động "
     "giữ chức Phó Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Định kể từ ngày 2/12/2024.",
     dict(person="Nguyễn Hữu Khúc", change="transferred", title="Phó Giám đốc", start=None, end=None,
          effective="2024-12-02")),
    ("Thiếu tướng Nguyễn Thế Hoàng - Phó Giám đốc Bệnh viện Trung ương Quân đội 108 - vừa được bầu làm Chủ tịch "
     "Hội Tim mạch học Việt Nam.",
     dict(person="Nguyễn Thế Hoàng", change="elected", title="Chủ tịch")),
])
def test_an_appositive_with_an_unmarked_body_still_leads_to_its_person(extractor, text, want):
    one(extractor, text, **want)


@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn Tâm được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh Nam Định. Chiều 28/6, UBND tỉnh Nam Định tổ chức "
     "lễ công bố quyết định.", "2025-06-28"),
    ("Ngày 3/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định. Ông Lê Văn Tâm được điều động giữ chức "
     "Bí thư Huyện ủy Hải Hậu.", "2025-07-03"),
    ("Tối 25-6, UBND tỉnh xác nhận thông tin. Theo đó, ông Lê Văn Tâm được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế "
     "tỉnh Nam Định.", "2025-06-25"),
    # a dated career step is no dateline of the article's event
    ("Ngày 1/3/2022, ông Trần Văn Hà được bổ nhiệm làm Phó Giám đốc Sở Y tế. Ông Lê Văn Tâm được bổ nhiệm giữ "
     "chức Giám đốc Sở Tài chính tỉnh Nam Định.", None),
    # a sentence with its own date keeps it
    ("Chiều 28/6, UBND tỉnh tổ chức lễ công bố. Ông Lê Văn Tâm được bổ nhiệm giữ chức Giám đốc Sở Tài chính tỉnh "
     "Nam Định kể từ ngày 1/7/2025.", "2025-07-01"),
])
def test_undated_change_takes_the_day_the_article_reports(extractor, text, want):
    found = [c for c in changes(extractor, text) if c["person"] == "Lê Văn Tâm"]
    assert len(found) == 1, found
    assert found[0]["effective"] == want


@pytest.mark.parametrize("text, want", [
    ("UBND tỉnh Nam Định quyết định kỷ luật bằng hình thức cảnh cáo đối với ông Trần Văn Hùng – Giám đốc Sở Xây dựng "
     "tỉnh Nam Định.", dict(change="disciplined", discipline="cảnh cáo", title="Giám đốc",
                            body="Sở Xây dựng tỉnh Nam Định")),
    ("Ban Thường vụ Tỉnh ủy thi hành kỷ luật bằng hình thức khiển trách đối với bà Lê Thị Mai - Bí thư Huyện ủy Hải Hậu.",
     dict(change="disciplined", discipline="khiển trách", title="Bí thư", body="Huyện ủy Hải Hậu")),
    ("Chủ tịch UBND tỉnh quyết định kỷ luật với hình thức khiển trách với ông Trần Văn Hùng - Giám đốc Sở Xây dựng "
     "tỉnh Nam Định.", dict(change="disciplined", discipline="khiển trách", title="Giám đốc")),
])
def test_a_post_after_a_dash_is_the_persons(extractor, text, want):
    one(extractor, text, **want)


@pytest.mark.parametrize("text, want", [
    ("Quốc hội đã phê chuẩn miễn nhiệm chức vụ Bộ trưởng Bộ Tài chính đối với Phó Thủ tướng Hồ Văn Phúc và chức vụ "
     "Bộ trưởng Bộ Giao thông vận tải với ông Nguyễn Văn Thịnh.",
     {("Hồ Văn Phúc", "dismissed", "Bộ trưởng", "Bộ Tài chính"),
      ("Nguyễn Văn Thịnh", "dismissed", "Bộ trưởng", "Bộ Giao thông vận tải")}),
    ("Quốc hội miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với bà Đào Thị Lan và chức vụ Bộ trưởng Bộ Nội vụ đối với "
     "ông Phạm Văn Trà.",
     {("Đào Thị Lan", "dismissed", "Bộ trưởng", "Bộ Y tế"), ("Phạm Văn Trà", "dismissed", "Bộ trưởng", "Bộ Nội vụ")}),
    # one post before a list is every listed person's
    ("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh Nam Định đối với ông Trần Văn Hùng và ông Lê Văn Tâm.",
     {("Trần Văn Hùng", "dismissed", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định"),
      ("Lê Văn Tâm", "dismissed", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")}),
    ("Quốc hội đã phê chuẩn việc miễn nhiệm Phó Thủ tướng Trần Văn Quang.",
     {("Trần Văn Quang", "dismissed", "Phó Thủ tướng", "Chính phủ")}),
])
def test_approved_dismissals_and_a_post_per_listed_person(extractor, text, want):
    assert {(c["person"], c["change"], c["title"], c["body"]) for c in changes(extractor, text)} == want


@pytest.mark.parametrize("text, want", [
    ("Quốc hội biểu quyết thông qua nghị quyết phê chuẩn đề nghị của Thủ tướng Phạm Minh Chính về việc bổ nhiệm "
     "Bộ trưởng Bộ Tài chính nhiệm kỳ 2021-2026 đối với ông Nguyễn Văn Thịnh.",
     ("Nguyễn Văn Thịnh", "approved", "Bộ trưởng", "Bộ Tài chính", "Quốc hội")),
    ("HĐND tỉnh phê chuẩn tờ trình của Chủ tịch UBND tỉnh về việc bổ nhiệm ông Trần Văn Hùng làm Giám đốc Sở Y tế "
     "tỉnh Nam Định.", ("Trần Văn Hùng", "approved", "Giám đốc", "Sở Y tế tỉnh Nam Định",
                        "Hội đồng nhân dân tỉnh Nam Định")),
    ("Quốc hội phê chuẩn đề nghị của Thủ tướng về việc miễn nhiệm Bộ trưởng Bộ Y tế đối với bà Đào Thị Lan.",
     ("Đào Thị Lan", "dismissed", "Bộ trưởng", "Bộ Y tế", "Quốc hội")),
])
def test_the_approval_of_a_proposal_is_one_change(extractor, text, want):
    found = changes(extractor, text)
    assert [(c["person"], c["change"], c["title"], c["body"], c["decided_by"]) for c in found] == [want]


@pytest.mark.parametrize("text", [
    "Chiều 28/6, Quốc hội bầu ông Trần Văn Hà. Trước đó, Quốc hội đã miễn nhiệm chức vụ Bộ trưởng Bộ Y tế đối với ông "
    "Lê Văn Tâm.",
    "Chiều 28/6, Bộ Công an tổ chức lễ công bố quyết định. Trước khi hợp nhất, ông Lê Văn Tâm được điều động giữ "
    "chức Giám đốc Công an tỉnh Nam Định.",
    "Ngày 3/7, UBND tỉnh tổ chức hội nghị. Trước đây, ông Lê Văn Tâm được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh Nam Định.",
])
def test_an_earlier_change_takes_no_dateline(extractor, text):
    found = [c for c in changes(extractor, text) if c["person"] == "Lê Văn Tâm"]
    assert len(found) == 1 and found[0]["effective"] is None, found


@pytest.mark.parametrize("text, want", [
    ("Năm 2018, ông Lê Văn Tâm được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh Bắc Ninh.", "2018"),
    ("Đầu năm 2014, ông Lê Văn Tâm được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương.", "2014"),
    ("Ông Lê Văn Tâm (sinh năm 1970) được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương.", None),
    ("Năm 2018, ông Lê Văn Tâm được bổ nhiệm giữ chức Phó Giám đốc Công an tỉnh Bắc Ninh từ ngày 1/8/2018.",
     "2018-08-01"),
])
def test_a_year_dates_a_change_printed_without_day_or_month(extractor, text, want):
    found = [c for c in changes(extractor, text) if c["person"] == "Lê Văn Tâm"]
    assert len(found) == 1 and found[0]["effective"] == want, found


@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn Tâm sẽ thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi giữ chức Phó Bí thư Tỉnh ủy "
     "Quảng Bình.", ("Lê Văn Tâm", "dismissed", "Phó Bí thư", "Tỉnh ủy Quảng Bình")),
    ("Ông Nguyễn Văn Bình thôi tham gia Ban Thường vụ Tỉnh ủy Nam Định, thôi giữ chức Bí thư Huyện ủy Hải Hậu.",
     ("Nguyễn Văn Bình", "dismissed", "Bí thư", "Huyện ủy Hải Hậu")),
    ("Ông Nguyễn Văn Bình xin thôi tham gia Ban Chấp hành Đảng bộ tỉnh và thôi giữ chức Phó Chủ tịch UBND tỉnh Nam "
     "Định.", ("Nguyễn Văn Bình", "dismissed", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nam Định")),
])
def test_a_second_subject_cue_shares_the_subject(extractor, text, want):
    found = {(c["person"], c["change"], c["title"], c["body"]) for c in changes(extractor, text)}
    assert want in found, found
