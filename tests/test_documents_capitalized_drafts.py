"""Documents: a draft printed with a capitalized type word, its owner and a subject opener ('dự thảo Nghị quyết
của Quốc hội quy định về ...') is named as the passed document would be, body and all; a lower-case draft keeps
its name without the body ('dự thảo nghị quyết của Quốc hội về ...'). Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import CleanArticle


def docs(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 5, 1)))
    return sorted((d.type, d.number) for d in article.documents)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ủy ban tổ chức phiên họp thẩm tra dự thảo Nghị quyết của Quốc hội quy định về một số cơ chế tháo gỡ "
     "vướng mắc trong bồi thường, hỗ trợ tái định cư.",
     [("Nghị quyết", "Nghị quyết của Quốc hội quy định về một số cơ chế tháo gỡ vướng mắc trong bồi thường, hỗ trợ "
       "tái định cư")]),
    ("Phó Chủ tịch cho biết, dự thảo Nghị quyết của Quốc hội thí điểm về một số cơ chế phát triển đô thị ven biển "
     "đã được cho ý kiến.",
     [("Nghị quyết", "Nghị quyết của Quốc hội thí điểm về một số cơ chế phát triển đô thị ven biển")]),
    ("Quốc hội thảo luận dự thảo Nghị quyết của Quốc hội về giảm thuế bảo vệ môi trường.",
     [("Nghị quyết", "Nghị quyết của Quốc hội về giảm thuế bảo vệ môi trường")]),
    ("Thủ tướng yêu cầu hoàn thiện dự thảo Nghị định của Chính phủ quy định chi tiết về quản lý thị trường bạc.",
     [("Nghị định", "Nghị định của Chính phủ quy định chi tiết về quản lý thị trường bạc")]),
])
def test_capitalized_draft_is_named_with_its_owner(extractor, text, expected):
    assert docs(extractor, text) == expected


def test_lower_case_draft_keeps_its_name_without_the_owner(extractor):
    assert docs(extractor, "Các đại biểu góp ý dự thảo nghị quyết của Quốc hội về thuế tiêu thụ đặc biệt.") == [
        ("Nghị quyết", "Nghị quyết về thuế tiêu thụ đặc biệt")]


@pytest.mark.parametrize("text", [
    "Dự thảo Nghị quyết của Quốc hội, theo ông Nam, cần được chỉnh lý thêm.",
    "Luật sư đề nghị xem lại dự thảo Quyết định của Tòa án nhân dân quận 5 trong vụ án tranh chấp đất.",
    "Bão số 3 khiến dự thảo Kế hoạch của tỉnh bị hoãn đến tháng sau.",
    "Cầu thủ Văn Toàn đọc kỹ dự thảo Hợp đồng của câu lạc bộ về mức lương mới.",
    "Về dự thảo Nghị quyết của Quốc hội, Chính phủ đề xuất có hiệu lực từ ngày 1/7.",
    "Công an quận mời ông Hải lên làm việc về dự thảo Biên bản của đoàn kiểm tra.",
])
def test_drafts_without_a_subject_name_nothing(extractor, text):
    assert docs(extractor, text) == []
