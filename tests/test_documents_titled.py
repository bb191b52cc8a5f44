"""Documents: a title printed in title case right after its type word ('Nghị quyết Quy định chính sách ưu đãi
...', 'Dự thảo Nghị quyết Quy định chi tiết khoản 1, khoản 2 Điều 42 Luật Thủ đô ...') names a document by its
subject, running to the clause end; 'doanh nghiệp nhỏ và vừa' stays inside it and 'trên cơ sở' opens a new
clause. Lower-case 'Nghị quyết quy định ...' is what a resolution regulates, no title. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs as docs


@pytest.mark.parametrize(("text", "expected"), [
    ("Với Dự thảo Nghị quyết Quy định mức hỗ trợ học phí cho học sinh trên địa bàn tỉnh, các đại biểu nhất trí.",
     ("Nghị quyết", "Nghị quyết Quy định mức hỗ trợ học phí cho học sinh trên địa bàn tỉnh")),
    ("HĐND thành phố đã xem xét Nghị quyết Quy định một số nội dung chi hỗ trợ doanh nghiệp nhỏ và vừa trên "
     "địa bàn thành phố giai đoạn 2026-2030; sau đó biểu quyết.",
     ("Nghị quyết", "Nghị quyết Quy định một số nội dung chi hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn thành "
      "phố giai đoạn 2026-2030")),
    ("Kỳ họp thông qua Nghị quyết Quy định chi tiết khoản 1, khoản 2 Điều 15 Luật Thủ đô về thu hút nhân tài.",
     ("Nghị quyết", "Nghị quyết Quy định chi tiết khoản 1, khoản 2 Điều 15 Luật Thủ đô về thu hút nhân tài")),
    ("Đại biểu tán thành Nghị quyết Quy định chính sách miễn tiền thuê đất tại khu công nghiệp, trên cơ sở "
     "đề xuất của UBND thành phố.",
     ("Nghị quyết", "Nghị quyết Quy định chính sách miễn tiền thuê đất tại khu công nghiệp")),
])
def test_a_title_case_title_names_the_document(extractor, text, expected) -> None:
    assert expected in docs(extractor, text)


@pytest.mark.parametrize("text", [
    "Nghị quyết quy định mức thu học phí từ năm học mới.",
    "Theo đó, Nghị quyết quy định rõ mức hỗ trợ cho từng đối tượng.",
])
def test_a_lower_case_verb_after_the_type_word_is_no_title(extractor, text) -> None:
    assert docs(extractor, text) == []
