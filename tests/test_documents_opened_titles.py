"""Documents: a quoted title that opens with its own capitalized type word ('trình Trung ương “Đề án ...”') is
named by the whole quote; quoted speech opening with a type word names none. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Bộ Chính trị trình Trung ương "Đề án sáp nhập một số đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện" '
         "tại hội nghị.",
         [("Đề án", "Đề án sáp nhập một số đơn vị hành chính cấp tỉnh, không tổ chức cấp huyện")]),
        ("Ban cán sự đảng hoàn thiện “Đề án sắp xếp lại các hội quần chúng được Nhà nước giao nhiệm vụ”; “Kế hoạch "
         "tinh gọn bộ máy các cơ quan của tỉnh” để trình Ban Thường vụ.",
         [("Đề án", "Đề án sắp xếp lại các hội quần chúng được Nhà nước giao nhiệm vụ"),
          ("Kế hoạch", "Kế hoạch tinh gọn bộ máy các cơ quan của tỉnh")]),
        ('Sở triển khai "Chương trình chuyển đổi số trong các trường học" trên toàn tỉnh.',
         [("Chương trình", "Chương trình chuyển đổi số trong các trường học")]),
    ],
)
def test_a_quoted_title_opening_with_its_type_word_is_named_whole(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # quoted speech: after a colon, at a sentence's start, or a type word followed by a verb
        'Ông Tiến cho hay: "Chương trình đã giúp học sinh có thêm động lực vươn lên trong học tập".',
        'Nhà trường xét tuyển sớm. "Phương án tuyển sinh năm nay được xây dựng nhằm chọn thí sinh giỏi", ông nói.',
        'Thầy giáo chia sẻ rằng "Chương trình là một niềm động viên lớn với các em".',
        # a quote that holds a sentence end is no title
        'Cán bộ nói "Kế hoạch phải xong sớm. Ai chậm sẽ bị kiểm điểm" trong cuộc họp.',
    ],
)
def test_quoted_speech_opening_with_a_type_word_names_none(extractor, text) -> None:
    assert document_pairs(extractor, text) == []
