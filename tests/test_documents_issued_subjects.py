"""Documents: a capitalized decision, decree or circular right after its issuing or signing verb, named by the
subject it opens ('Bộ X đã ban hành Quyết định quy định nhiệm vụ, quyền hạn ... của Vụ Y') as far as a
resolution's name runs; a noun ending with a trailing word ('đất ở') stays in a name. Near-misses: a plural, a
detailing phrase, an approval of another document, a type word without its issuing verb (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 25-6, Bộ Công Thương đã ban hành Quyết định quy định nhiệm vụ, quyền hạn và tổ chức bộ máy của Vụ Thị "
         "trường trong nước.",
         ("Quyết định", "Quyết định quy định nhiệm vụ, quyền hạn và tổ chức bộ máy của Vụ Thị trường trong nước")),
        ("Chính phủ vừa ban hành Nghị định quy định cơ cấu tổ chức và nhiệm vụ của Bộ Dân tộc và Tôn giáo.",
         ("Nghị định", "Nghị định quy định cơ cấu tổ chức và nhiệm vụ của Bộ Dân tộc và Tôn giáo")),
        ("Thủ tướng Chính phủ đã ký Quyết định thành lập Ban Chỉ đạo quốc gia về chuyển đổi số.",
         ("Quyết định", "Quyết định thành lập Ban Chỉ đạo quốc gia về chuyển đổi số")),
        ("UBND tỉnh đã ban hành Quyết định công bố danh mục thủ tục hành chính mới trong lĩnh vực đất đai.",
         ("Quyết định", "Quyết định công bố danh mục thủ tục hành chính mới trong lĩnh vực đất đai")),
        ("Chính phủ vừa ban hành Nghị định về hỗ trợ chuyển mục đích sử dụng đất nông nghiệp sang đất ở.",
         ("Nghị định", "Nghị định về hỗ trợ chuyển mục đích sử dụng đất nông nghiệp sang đất ở")),
        ("Bộ Giáo dục và Đào tạo vừa ban hành Thông tư quy định về dạy thêm, học thêm.",
         ("Thông tư", "Thông tư quy định về dạy thêm, học thêm")),
    ],
)
def test_issued_document_named_by_its_subject(extractor, text, expected):
    assert expected in document_pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted_type"),
    [
        # a plural: a class of documents
        ("Bộ Chính trị đã ban hành các Nghị quyết về giáo dục, y tế, công tác dân số.", "Nghị quyết"),
        # the detailing phrase alone: the decree to come names nothing yet
        ("Bộ Tài chính cần sớm ban hành Nghị định quy định chi tiết để hướng dẫn thi hành, báo cáo Chính phủ.",
         "Nghị định"),
        # no issuing verb before the type word
        ("Theo ông Hùng, Quyết định thành lập Ban Chỉ đạo được nhiều người ủng hộ.", "Quyết định"),
        # the decision handed over at a ceremony, no subject
        ("Bộ trưởng trao Quyết định và tặng hoa chúc mừng các giám đốc.", "Quyết định"),
    ],
)
def test_no_issued_subject(extractor, text, unwanted_type):
    assert not any(t == unwanted_type for t, _ in document_pairs(extractor, text))


def test_an_approved_document_keeps_its_own_name(extractor):
    # 'phê duyệt' is no subject opener: what is approved is a document of its own
    found = document_pairs(extractor, "Thủ tướng Chính phủ đã ký Quyết định phê duyệt Quy hoạch tỉnh Nghệ An thời kỳ "
                                      "2021-2030.")
    assert ("Quy hoạch", "Quy hoạch tỉnh Nghệ An thời kỳ 2021-2030") in found
