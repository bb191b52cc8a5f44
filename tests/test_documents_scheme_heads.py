"""Documents: a capitalized 'Đề án' whose name opens with the action it schemes ('phát triển', 'xây dựng', 'sắp xếp',
... : scheme_head) names a scheme without a context word before it, not at a sentence's start; a verb or a predicate
after the type word names none ('Đề án gửi xin ý kiến', 'Đề án được ...'), nor does a lower-case 'đề án' or another
type word. 'ứng phó với' stays inside a name. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def names(extractor, text: str, typ: str = "Đề án") -> list[str | None]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2024, 11, 20)))
    return [d.number for d in article.documents if d.type == typ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Giao thông tỉnh Bắc An đã gửi lãnh đạo tỉnh Đề án phát triển mạng lưới xe buýt điện để xem xét.",
         "Đề án phát triển mạng lưới xe buýt điện"),
        ("Nổi bật trong số đó là Đề án xây dựng tuyến đường ven biển phía nam đã được bộ trình lên.",
         "Đề án xây dựng tuyến đường ven biển phía nam"),
        ("Theo ông Hùng, Đề án sắp xếp lại mạng lưới trường mầm non cần thêm thời gian để hoàn thiện.",
         "Đề án sắp xếp lại mạng lưới trường mầm non"),
        ("Thành phố Hòa Bình vừa trình Sở Nội vụ Đề án phát triển làng nghề ứng phó với ngập lụt.",
         "Đề án phát triển làng nghề ứng phó với ngập lụt"),
    ],
)
def test_a_scheme_named_by_its_action_is_a_document(extractor, text, expected) -> None:
    assert names(extractor, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a verb or a predicate right after the type word
        "Bộ Nội vụ đã gửi Đề án xin ý kiến các tỉnh trong tháng này.",
        "Theo đánh giá của Ủy ban Pháp luật, hồ sơ Đề án được chuẩn bị công phu và đúng quy định.",
        # no action word opening the name
        "Mỗi đơn vị phải dựa vào Đề án biên chế viên chức để rà soát nhân sự.",
        # the lower-case noun is no title
        "Một số đại biểu nhận xét đề án phát triển du lịch đêm của tỉnh còn sơ sài.",
    ],
)
def test_no_scheme_without_its_action_or_its_capital(extractor, text) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the action with no object: a predicate, an adverb or a stop word right after it
        "Theo báo cáo của sở, Đề án phát triển nhanh hơn so với kế hoạch ban đầu.",
        "Theo bà Hạnh, Đề án xây dựng được nhiều chuyên gia đánh giá cao.",
        "Ông Tùng nhấn mạnh Đề án phát triển phải gắn với nhu cầu thực của từng địa phương.",
        "Lãnh đạo sở cho biết Đề án xây dựng xong trước cuối quý III.",
        "Vài đại biểu nhận định Đề án sắp xếp chậm so với tiến độ.",
        # an event's head before the type word: the event's title
        "Sinh viên khoa du lịch tham gia Cuộc thi Đề án tổ chức lễ hội mùa xuân.",
        "Thành đoàn mở Hội thi Đề án phát triển ý tưởng khởi nghiệp cho học sinh.",
    ],
)
def test_no_scheme_from_a_bare_action_or_an_events_title(extractor, text) -> None:
    assert names(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'lên' and a body after the name: where it is submitted, no part of it
        ("Bộ Nông nghiệp đã trình Đề án sắp xếp các chi cục, trạm thuộc bộ lên Chính phủ.",
         "Đề án sắp xếp các chi cục, trạm thuộc bộ"),
        ("Các tỉnh gửi Đề án hợp nhất ba trường cao đẳng sư phạm lên Bộ Giáo dục và Đào tạo hôm thứ hai.",
         "Đề án hợp nhất ba trường cao đẳng sư phạm"),
    ],
)
def test_a_scheme_with_its_object_is_named_up_to_its_addressee(extractor, text, expected) -> None:
    assert names(extractor, text) == [expected]


def test_another_type_word_needs_its_context() -> None:
    """The heads are the scheme's: a programme named by a development action may be a body's name (a UN agency)."""
    from nqextract.extract.document_rules import load_rules

    assert set(load_rules().scheme_heads) == {"Đề án"}
