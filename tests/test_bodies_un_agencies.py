"""Bodies: United Nations agencies by their Vietnamese names or acronyms ("Chương trình phát triển Liên hợp quốc
(UNDP)", "UNICEF") and the Government's and National Assembly's web portals (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Bà Mehta khẳng định, Chương trình phát triển Liên hợp quốc (UNDP) sẽ tiếp tục hợp tác với Việt Nam.",
     "Chương trình Phát triển Liên hợp quốc"),
    ("Song UNDP sẽ nỗ lực hết sức để giúp Việt Nam hoàn thành các mục tiêu.", "Chương trình Phát triển Liên hợp quốc"),
    ("Quỹ Nhi đồng Liên Hợp Quốc (UNICEF) tại Việt Nam hỗ trợ trẻ em vùng lũ.", "Quỹ Nhi đồng Liên hợp quốc"),
    ("Theo Tổ chức Lương thực và Nông nghiệp Liên hợp quốc (FAO), giá lương thực tăng.",
     "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc"),
    ("Tổ chức Lao động Quốc tế (ILO) dự báo tỷ lệ thất nghiệp giảm.", "Tổ chức Lao động Quốc tế"),
    ("Cơ quan Năng lượng Nguyên tử Quốc tế vừa cảnh báo về an toàn hạt nhân.", "Cơ quan Năng lượng Nguyên tử Quốc tế"),
    ("Cao ủy Liên hợp quốc về người tị nạn cho biết số người di cư tăng.", "Cao ủy Liên hợp quốc về người tị nạn"),
])
def test_a_un_agency_is_one_body(text, body):
    found = extracted_body_names(text)
    assert body in found
    assert "Liên hợp quốc" not in found  # the UN inside the agency's name is no mention of its own


@pytest.mark.parametrize("text, body", [
    ("Theo báo cáo trước đó của Cổng Thông tin điện tử Chính phủ (số 768/2025/TTĐT ngày 21/8/2025), nhiều ý kiến "
     "cho rằng việc ban hành là cần thiết.", "Cổng Thông tin điện tử Chính phủ"),
    ("Cổng TTĐT Chính phủ đã đăng tải toàn văn dự thảo nghị định.", "Cổng Thông tin điện tử Chính phủ"),
    ("Bài viết được đăng trên Cổng thông tin điện tử Quốc hội Việt Nam ngày 10-6.",
     "Cổng Thông tin điện tử Quốc hội Việt Nam"),
])
def test_a_state_web_portal_is_a_body(text, body):
    found = extracted_body_names(text)
    assert body in found
    assert "Chính phủ" not in found and "Quốc hội" not in found


def test_a_portal_in_lower_case_is_a_place_on_the_web():
    assert "Cổng Thông tin điện tử Chính phủ" not in extracted_body_names("Dự thảo được đăng trên cổng thông tin của bộ để lấy ý kiến.")


@pytest.mark.parametrize("text", [
    "VinUni được Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hiệp Quốc (UNESCO) công nhận.",
    "TWAS là một tổ chức phi chính phủ quốc tế thuộc UNESCO, quy tụ nhiều nhà khoa học.",
    "Thủ tướng tiếp Tổng Giám đốc Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc Audrey Azoulay.",
])
def test_unesco_printed_whole_or_short_is_one_body_not_the_united_nations(text):
    assert extracted_body_names(text) == ["Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc"]
