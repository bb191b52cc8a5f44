"""Task pattern family of a text prescribing a lead body, on constructed sentences with several variants:
"dự thảo Luật X quy định Bộ A và Bộ B chủ trì ...", "thông tư cho phép Cục C, UBND các tỉnh chủ trì,
phối hợp ..." give each named body the lead duty; a prescription with no 'chủ trì' after the named body,
one naming no body (a person presiding a meeting), or 'quy định' as a noun gives none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, expected", [
    ("Đáng chú ý dự thảo Luật Nhà giáo quy định Bộ Giáo dục và Đào tạo và Bộ Lao động - Thương binh và Xã hội "
     "chủ trì phối hợp với các bộ, cơ quan ngang bộ xây dựng chiến lược phát triển đội ngũ nhà giáo.",
     {"Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội"}),
    ("Dự thảo quy định Bộ Tài chính chủ trì xây dựng cơ sở dữ liệu về giá.", {"Bộ Tài chính"}),
    ("Ngoài quy định chung, thông tư cho phép Cục Đường bộ Việt Nam, Cục Đường cao tốc Việt Nam chủ trì, "
     "phối hợp với lực lượng cảnh sát giao thông xem xét, quyết định tốc độ khai thác cho phép.",
     {"Cục Đường bộ Việt Nam", "Cục Đường cao tốc Việt Nam"}),
    ("Nghị định quy định Bộ Công Thương chủ trì hướng dẫn việc thực hiện.", {"Bộ Công Thương"}),
])
def test_prescribed_lead_body(run, text, expected):
    got = {a for a, _ in pairs(run(text))}
    assert expected <= got
    assert all(act.startswith("chủ trì") for _, act in pairs(run(text)))


@pytest.mark.parametrize("text", [
    "Dự thảo quy định các tổ chức tín dụng phải báo cáo định kỳ.",
    "Dự thảo quy định Bộ Tài chính có trách nhiệm công bố giá.",
    "Thông tư cho phép Cục Đường bộ Việt Nam quyết định tốc độ khai thác.",
    "Luật quy định chủ trì phối hợp là trách nhiệm của cơ quan quản lý.",
    "Theo quy định Bộ Y tế chủ trì hội nghị vào tuần sau.",
    "Nghị định cho phép Chủ tịch UBND tỉnh chủ trì cuộc họp với các sở.",
    "Luật quy định Thủ tướng Chính phủ chủ trì phiên họp thường kỳ.",
])
def test_no_prescribed_lead(run, text):
    assert not run(text)
