"""Inside a directive passage, a sentence whose assignee phrase holds a person's printed name reports what that
person did, no duty; a body or a bare title there still takes the duty. Constructed sentences (invented names)."""

from __future__ import annotations

import pytest

from nqextract.pipeline import extract

DIRECTIVE = "Đồng thời, dự thảo luật giao Chính phủ trình Ủy ban Thường vụ Quốc hội điều chỉnh mức giảm trừ gia cảnh."


@pytest.mark.parametrize("report", [
    "Phó Chủ tịch nước Hà Minh Thư cùng các đại biểu tham gia Phiên họp.",
    "Bộ trưởng Bộ Tài chính Lâm Quốc Bảo cùng các đại biểu tham dự Phiên họp.",
])
def test_a_named_person_in_the_passage_gets_no_duty(report):
    tasks = extract(DIRECTIVE + "\n" + report + "\n").tasks
    assert [t.assignee for t in tasks] == ["Chính phủ"]


def test_a_body_in_the_passage_still_takes_its_duty():
    tasks = extract(DIRECTIVE + "\nBộ Tài chính chủ trì, phối hợp với các bộ rà soát mức giảm trừ.\n").tasks
    assert "Bộ Tài chính" in [t.assignee for t in tasks]
