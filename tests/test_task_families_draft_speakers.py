"""Task pattern family of a bare "Dự thảo" delegating, on constructed sentences with several variants:
"Dự thảo (sẽ) giao Chính phủ quy định chi tiết ..." is the draft's delegation to the Government, as
"Dự thảo luật giao ..." already was; a draft proposing or prescribing without a cue gives none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Dự thảo sẽ giao Chính phủ quy định chi tiết về điều kiện bảo hộ đối với loại sản phẩm này.",
     "Chính phủ", "quy định chi tiết về điều kiện bảo hộ đối với loại sản phẩm này"),
    ("Dự thảo giao Chính phủ quy định chi tiết về điều kiện bảo hộ.",
     "Chính phủ", "quy định chi tiết về điều kiện bảo hộ"),
    ("Dự thảo yêu cầu các bộ, ngành rà soát văn bản.", "các bộ, ngành", "rà soát văn bản"),
])
def test_draft_delegates(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Dự thảo đề xuất bổ sung quy định về thời hạn.",
    "Dự thảo quy định các tổ chức tín dụng phải báo cáo định kỳ.",
])
def test_draft_without_a_cue(run, text):
    assert not run(text)


@pytest.mark.parametrize("text, speaker, assignee, action", [
    ("Dự thảo có điều khoản chung về ghi nhận tài sản trí tuệ trong doanh nghiệp, rồi giao Chính phủ quy định "
     "chi tiết về hạch toán, thuyết minh.",
     "Dự thảo", "Chính phủ", "quy định chi tiết về hạch toán, thuyết minh"),
    ("Bộ Tài chính đã tổng hợp ý kiến, rồi đề nghị các địa phương rà soát lại số liệu.",
     "Bộ Tài chính", "các địa phương", "rà soát lại số liệu"),
])
def test_then_joins_the_subjects_next_cue(run, text, speaker, assignee, action):
    """"..., rồi giao / đề nghị ...": the sentence subject's next predicate (a ``clause_link``), its cue
    spoken by that subject."""
    tasks = run(text)
    assert (assignee, action) in pairs(tasks)
    assert {t.assigner for t in tasks} == {speaker}
