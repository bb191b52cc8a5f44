"""Task pattern family of assignee heads the tagger glued to their qualifier, on constructed sentences
with several variants: after a determiner, an agent head of several syllables ("các cơ quan hành
chính", one tagged word) is still the assignee's head; a one-syllable head glued to another word
("hội nghị", "tổ hợp") stays no agent."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND tỉnh Long An yêu cầu các cơ quan hành chính rà soát các trường hợp sử dụng chứng chỉ không "
     "đúng quy định.",
     "các cơ quan hành chính", "rà soát các trường hợp sử dụng chứng chỉ không đúng quy định"),
    ("UBND TP.HCM yêu cầu các cơ quan hành chính, đơn vị sự nghiệp công lập trên địa bàn thành phố "
     "khẩn trương rà soát, xử lý nghiêm các trường hợp vi phạm.",
     "các cơ quan hành chính, đơn vị sự nghiệp công lập trên địa bàn thành phố",
     "khẩn trương rà soát, xử lý nghiêm các trường hợp vi phạm"),
    ("UBND tỉnh Bình Dương đề nghị các cơ quan hành chính phải công khai thủ tục trên cổng thông tin.",
     "các cơ quan hành chính", "công khai thủ tục trên cổng thông tin"),
    ("Chủ tịch UBND tỉnh yêu cầu các cơ quan hành chính tỉnh rà soát hồ sơ tồn đọng.",
     "các cơ quan hành chính tỉnh", "rà soát hồ sơ tồn đọng"),
])
def test_glued_head_after_determiner(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Hội nghị thảo luận về kế hoạch năm 2025.",
    "Tổ hợp môn khoa học tự nhiên được nhiều học sinh lựa chọn.",
    "Cơ quan hành chính nhà nước đã tiếp nhận 500 hồ sơ trong tháng.",
])
def test_glued_head_without_directive(run, text):
    assert run(text) == []
