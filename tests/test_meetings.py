"""Meeting recognizer: name, body, chair, date, place and attendees from small real-looking leads."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle, Meeting


@pytest.fixture(scope="module")
def run(extractor):
    def _run(text: str, published: dt.date | None = dt.date(2025, 3, 4)) -> list[Meeting]:
        art = extractor.extract_clean(CleanArticle(source="test", text=text, published=published))
        for m in art.meetings:
            assert 0 <= m.start < m.end <= len(text)
        return art.meetings

    return _run


LEAD = (
    "Chiều 4/3, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
    "đổi mới sáng tạo và chuyển đổi số đã tổ chức Phiên họp thứ 2.\n"
    "Tổng Bí thư Tô Lâm, Trưởng ban Chỉ đạo chủ trì Phiên họp. Tham dự có các đồng chí: Phạm Minh Chính, "
    "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; Trần Cẩm Tú, Thường trực Ban Bí thư.\n"
)


def test_lead_gives_name_body_chair_date_place_attendees(run):
    ms = run(LEAD)
    assert len(ms) == 1
    m = ms[0]
    assert m.name == "Phiên họp thứ 2"
    assert m.body and m.body.startswith("Ban Chỉ đạo Trung ương về phát triển khoa học")
    assert m.chair == "Tô Lâm"
    assert m.date == "2025-03-04"
    assert m.place == "Trụ sở Trung ương Đảng"
    assert m.attendees == ["Phạm Minh Chính", "Trần Cẩm Tú"]
    assert LEAD[m.start:m.end] == "Phiên họp thứ 2"


def test_lan_thu_name_with_body_after_cua(run):
    text = ("Ngày 24/4, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban quốc gia về chuyển đổi số "
            "chủ trì Phiên họp lần thứ 8 của Ủy ban quốc gia về chuyển đổi số.")
    m = run(text, dt.date(2024, 4, 24))[0]
    assert m.name == "Phiên họp lần thứ 8"
    assert m.body == "Ủy ban quốc gia về chuyển đổi số"
    assert m.chair == "Phạm Minh Chính"
    assert m.date == "2024-04-24"


def test_ordinal_word_mentions_merge_and_a_referenced_past_meeting_is_separate(run):
    text = ("Phiên họp thứ nhất Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo "
            "và chuyển đổi số\n"
            "Chiều 20/1, Ban Chỉ đạo đã họp Phiên thứ nhất. Tổng Bí thư Tô Lâm chủ trì Phiên họp.\n"
            "Kết quả này được đánh giá tại phiên họp thứ 7 của Ủy ban.")
    ms = run(text, dt.date(2025, 1, 20))
    assert [m.name for m in ms] == ["Phiên họp thứ nhất", "Phiên họp thứ 7"]
    assert ms[0].chair == "Tô Lâm" and ms[0].date == "2025-01-20"
    assert ms[1].chair is None


def test_conference_number_and_quarter_session(run):
    text = ("Sáng 15/10, tại Trụ sở Trung ương Đảng, Thường trực Ban Chỉ đạo đã tổ chức Phiên họp Quý III.\n"
            "Tổng Bí thư nhấn mạnh tinh thần Hội nghị lần thứ 13, Ban Chấp hành Trung ương Đảng khóa XIII.")
    ms = run(text, dt.date(2025, 10, 15))
    by_name = {m.name: m for m in ms}
    assert set(by_name) == {"Phiên họp Quý III", "Hội nghị lần thứ 13"}
    assert by_name["Phiên họp Quý III"].date == "2025-10-15"
    assert by_name["Phiên họp Quý III"].place == "Trụ sở Trung ương Đảng"
    assert by_name["Hội nghị lần thứ 13"].date is None


def test_no_meeting_in_a_plain_sentence(run):
    assert run("Bộ Tài chính bố trí ngân sách cho khoa học và công nghệ.") == []


def test_spans_mirror_records(extractor):
    doc = extractor.nlp.make_doc(LEAD)
    doc._.published = dt.date(2025, 3, 4)
    for _name, comp in extractor.nlp.pipeline:
        doc = comp(doc)
    assert len(doc._.meetings) == len(doc.spans["meetings"]) == 1
    span = doc.spans["meetings"][0]
    assert span.label_ == "MEETING" and span.kb_id_ == "Phiên họp thứ 2"


def test_unnumbered_conference_held_in_its_sentence(run):
    text = ("Sáng 25/11, Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII đã khai mạc tại Hà Nội. "
            "Tổng Bí thư Tô Lâm chủ trì, phát biểu khai mạc.")
    m = run(text, dt.date(2024, 11, 25))[0]
    assert m.name == "Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII"
    assert m.chair == "Tô Lâm"
    assert m.date == "2024-11-25"
    assert m.place == "Hà Nội"


def test_chair_after_chu_tri_cua(run):
    text = ("Chiều 27/11, Quốc hội tiếp tục Kỳ họp thứ 8. Quốc hội làm việc dưới sự chủ trì của "
            "Chủ tịch Quốc hội Trần Thanh Mẫn.")
    m = run(text, dt.date(2024, 11, 27))[0]
    assert m.name == "Kỳ họp thứ 8"
    assert m.chair == "Trần Thanh Mẫn"
