"""Task pattern family of the passive cue used as a noun's modifier, on constructed sentences with several
variants: "biên chế theo định mức được giao của các cơ quan ...", "chỉ tiêu được giao, gồm: ..." assign
nothing; "X được giao <verb> ...", "X được giao: a; b" still do."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text", [
    "Theo tổng hợp, tổng biên chế cán bộ, công chức, viên chức theo định mức được giao của các cơ quan "
    "cấp tỉnh là 447.657 người.",
    "16 địa phương dự kiến đạt và vượt chỉ tiêu được giao, gồm: Hà Nội, Đà Nẵng, Huế.",
    "Số cán bộ, công chức được giao tại các xã biên giới là 1.250 người.",
    "Các đơn vị sự nghiệp đã sử dụng hết số biên chế được giao trong năm 2024.",
])
def test_passive_cue_modifying_a_noun_is_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Xây dựng được giao chủ trì xây dựng đề án phát triển nhà ở xã hội.",
     "Bộ Xây dựng", "chủ trì xây dựng đề án phát triển nhà ở xã hội"),
    ("Phó Chủ tịch UBND thành phố Trần Văn An được giao theo dõi chỉ đạo, kịp thời báo cáo Ban cán sự "
     "đảng xem xét.",
     "Phó Chủ tịch UBND thành phố Trần Văn An", "theo dõi chỉ đạo, kịp thời báo cáo Ban cán sự đảng xem xét"),
    ("Theo kế hoạch, Sở Nội vụ được giao: rà soát biên chế các cơ quan; báo cáo UBND tỉnh.",
     "Sở Nội vụ", "rà soát biên chế các cơ quan"),
])
def test_passive_cue_before_its_action_is_a_task(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
