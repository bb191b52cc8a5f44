"""Bodies: a body's name ending a law's title ("Luật Tổ chức Chính phủ", "Luật Sĩ quan Quân đội nhân dân Việt Nam")
is part of the document's title, no mention of the body; printed with a clause word between, it is one
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Quốc hội biểu quyết thông qua Luật sửa đổi, bổ sung một số điều của Luật Sĩ quan Quân đội nhân dân Việt Nam.",
     "Quân đội nhân dân Việt Nam"),
    ("Quốc hội thảo luận dự án Luật Tổ chức Chính phủ (sửa đổi).", "Chính phủ"),
    ("Bộ Công an trình dự thảo Luật Công an nhân dân sửa đổi.", "Công an nhân dân"),
    ("Luật Tổ chức Tòa án nhân dân được Quốc hội thông qua.", "Tòa án nhân dân"),
])
def test_a_body_ending_a_law_title_is_no_mention(text, body):
    assert body not in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Tại Luật Phòng không nhân dân được Quốc hội thông qua năm 2024, nhiều quy định mới.", "Quốc hội"),
    ("Cũng theo Bộ trưởng, dự thảo Luật giao Chính phủ và Bộ Tài chính quy định chi tiết.", "Chính phủ"),
    ("Luật Mặt trận Tổ quốc Việt Nam quy định quyền của Mặt trận Tổ quốc Việt Nam.", "Mặt trận Tổ quốc Việt Nam"),
    ("Bộ luật Hình sự quy định tội nhận hối lộ, Bộ Công an cho biết.", "Bộ Công an"),
    ("Dự thảo Luật Nhà giáo quy định Bộ Giáo dục và Đào tạo chủ trì xây dựng chuẩn.", "Bộ Giáo dục và Đào tạo"),
])
def test_a_body_after_a_law_and_a_clause_word_is_a_mention(text, body):
    assert body in extracted_body_names(text)
