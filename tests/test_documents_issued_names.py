"""Plans named by a capitalized name that holds a count of levels, or that open a sentence with the passive of
their issuing after them, on constructed sentences: "... mô hình tổ chức chính quyền địa phương 2 cấp" (the
levels belong to the name), "Đề án ... do Thủ tướng Chính phủ phê duyệt đã nêu rõ ..." (a name that opens
a sentence is a document when a body issued it), while a demonstrative or a plain predicate names none."""

from __future__ import annotations

import pytest

from conftest import document_pairs as pairs

SCHEME = ("Đề án sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương "
          "2 cấp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh triển khai " + SCHEME + " theo chỉ đạo của Trung ương.", ("Đề án", SCHEME)),
        ("Bộ Nội vụ hoàn thiện Đề án tổ chức chính quyền địa phương 3 cấp để trình Chính phủ.",
         ("Đề án", "Đề án tổ chức chính quyền địa phương 3 cấp")),
        ("Thành phố thực hiện Kế hoạch vận hành mô hình chính quyền hai cấp từ tháng 7.",
         ("Kế hoạch", "Kế hoạch vận hành mô hình chính quyền hai cấp")),
    ],
)
def test_a_count_of_levels_stays_in_the_name(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh Cao Bằng có diện tích 6.700 km². " + SCHEME + " do Thủ tướng Chính phủ phê duyệt đã nêu rõ lý do.",
         ("Đề án", SCHEME)),
        ("Kế hoạch cải tạo chung cư cũ được UBND TP Hà Nội phê duyệt hôm qua.",
         ("Kế hoạch", "Kế hoạch cải tạo chung cư cũ")),
        ("Chương trình phát triển nhà ở xã hội do Bộ Xây dựng ban hành đặt mục tiêu 1 triệu căn.",
         ("Chương trình", "Chương trình phát triển nhà ở xã hội")),
    ],
)
def test_a_name_opening_a_sentence_issued_by_a_body(extractor, text, expected) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch cải tạo chung cư cũ sẽ sớm hoàn thành.",
        "Đề án này do Bộ Nội vụ chủ trì xây dựng.",
        "Chương trình nghệ thuật do Đài truyền hình thực hiện thu hút khán giả.",
    ],
)
def test_a_sentence_opening_name_without_its_issuing_names_none(extractor, text) -> None:
    assert pairs(extractor, text) == []
