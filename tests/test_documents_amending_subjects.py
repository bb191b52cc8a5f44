"""Documents: amending titles in two more printed forms, each one document named by its whole title: the document
amended named by its type word, a short number maybe, and the subject "về" opens ("Nghị quyết sửa đổi, bổ sung một
số điều của Nghị quyết về ...", "dự thảo nghị định sửa đổi, bổ sung một số điều của nghị định 15 về ..."), and an
amending law printed without "một số điều của" ("Luật sửa đổi, bổ sung Luật Quảng cáo"). Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the amended document named by its subject: the title runs to the clause's end
        ("Chiều 12/5, thảo luận về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về miễn, giảm thuế "
         "sử dụng đất nông nghiệp, các đại biểu Quốc hội tán thành.",
         [("Nghị quyết", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết về miễn, giảm thuế sử dụng đất nông "
                         "nghiệp")]),
        ("Bộ Công Thương đang lấy ý kiến dự thảo nghị định sửa đổi, bổ sung một số điều của nghị định 15 về kinh doanh "
         "xăng dầu trên toàn quốc. Dự thảo có nhiều điểm mới.",
         [("Nghị định", "Nghị định sửa đổi, bổ sung một số điều của nghị định 15 về kinh doanh xăng dầu trên toàn "
                        "quốc")]),
        ("Bộ Tài chính vừa ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư về quản lý thuế đối với hộ kinh "
         "doanh, có hiệu lực từ tháng 7.",
         [("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của Thông tư về quản lý thuế đối với hộ kinh doanh")]),
        ("Bộ Xây dựng trình dự thảo Nghị định sửa đổi, bổ sung một số điều của Nghị định về quản lý chi phí đầu tư "
         "và hồ sơ kèm theo.",
         [("Nghị định", "Nghị định sửa đổi, bổ sung một số điều của Nghị định về quản lý chi phí đầu tư")]),
        # an amending law printed without "một số điều của"
        ("Bộ Văn hóa đề xuất bổ sung vào dự thảo Luật sửa đổi, bổ sung Luật Quảng cáo quy định về trách nhiệm của "
         "người nổi tiếng.", [("Luật", "Luật sửa đổi, bổ sung Luật Quảng cáo")]),
        ("Quốc hội thông qua Luật sửa đổi, bổ sung Bộ luật Hình sự với đa số phiếu tán thành.",
         [("Luật", "Luật sửa đổi, bổ sung Bộ luật Hình sự")]),
    ],
)
def test_an_amending_title_in_its_other_forms_is_one_document(extractor, text, expected) -> None:
    assert sorted(document_pairs(extractor, text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # amending words with no document type before them: the amended document alone, no amending one
        ("Ông Trần Văn Khải đề nghị sửa đổi, bổ sung Luật Đất đai cho phù hợp thực tiễn.",
         [("Luật", "Luật Đất đai")]),
        ("Bộ Tài chính đang lấy ý kiến về việc sửa đổi, bổ sung một số điều của Nghị quyết về miễn thuế đất nông "
         "nghiệp.", [("Nghị quyết", "Nghị quyết về miễn thuế đất nông nghiệp")]),
        # a lower-case type word outside a draft: a verb or an unnamed act
        ("Hội đồng quản trị Công ty Hoàng Long thông qua nghị quyết sửa đổi, bổ sung một số điều của nghị quyết về "
         "chia cổ tức.", []),
        # a person or a body after the amending words: no document
        ("Luật sư Nguyễn Văn Bình sửa đổi, bổ sung bản kiến nghị gửi Tòa án nhân dân tỉnh Long An.", []),
    ],
)
def test_amending_words_without_an_amending_type_word_name_no_amending_document(extractor, text, expected) -> None:
    pairs = document_pairs(extractor, text)
    assert not any(number and "sửa đổi, bổ sung" in number for _, number in pairs)
    assert sorted(pairs) == sorted(expected)
