"""Documents: 'pháp luật <field>' ('pháp luật xây dựng', 'Pháp luật đất đai') is the body of law of a field,
not the Law of that name; a type word followed by 'còn' ('hiệu quả của Nghị quyết còn phụ thuộc ...') opens a
clause, no name. A law named with 'Luật' stays. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs as docs


@pytest.mark.parametrize("text", [
    "Dự án đã khởi công khi chưa đủ điều kiện theo quy định của pháp luật xây dựng và pháp luật khác.",
    "Nhiều trường hợp vi phạm pháp luật đất đai chưa được xử lý dứt điểm.",
    "Pháp luật đầu tư công hiện còn nhiều điểm chồng chéo.",
    "Bộ sẽ tiếp tục hoàn thiện pháp luật nhà ở và pháp luật kinh doanh bất động sản.",
])
def test_the_body_of_law_of_a_field_is_no_law(extractor, text) -> None:
    assert [d for d in docs(extractor, text) if d[0] == "Luật"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Theo Luật Xây dựng, pháp luật về đất đai cần sửa đổi.", ("Luật", "Luật Xây dựng")),
    ("Dự án vi phạm Luật Đất đai và pháp luật đất đai nói chung.", ("Luật", "Luật Đất đai")),
])
def test_a_law_named_with_its_type_word_stays(extractor, text, expected) -> None:
    assert expected in docs(extractor, text)


@pytest.mark.parametrize("text", [
    "Song, mức độ hiệu quả của Nghị quyết còn phụ thuộc nhiều vào sự quyết liệt của các cấp.",
    "Theo các chuyên gia, việc triển khai Đề án còn chậm so với yêu cầu.",
    "Kết quả thực hiện Kế hoạch còn hạn chế ở nhiều địa phương.",
])
def test_a_type_word_followed_by_con_names_nothing(extractor, text) -> None:
    assert docs(extractor, text) == []
