"""Task pattern families of a cue after a connector of consequence, on constructed texts: a sentence
opening with only "Do vậy", "Vì vậy", "Do đó", "Vì thế" and then its cue, with or without a comma
between them ("Do vậy đề nghị Ủy ban nhân dân các tỉnh ..."), opens with that cue: its speaker is the
context's, as for a sentence opening with the cue. A subject between the connector and the cue speaks
for itself."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


BEFORE = "Cục Xuất nhập khẩu cho biết nhiều địa phương còn thiếu nhân lực để thực hiện phân cấp. "
ACTION = "cân nhắc nguồn nhân lực để phân công, phân cấp phù hợp"


@pytest.mark.parametrize("connector", ["Do vậy", "Vì vậy", "Do đó", "Vì thế", "Do vậy,", "Vì vậy,"])
@pytest.mark.parametrize("cue", ["đề nghị", "yêu cầu"])
def test_connector_then_cue_speaks_for_the_context(run, connector, cue):
    got = run(BEFORE + f"{connector} {cue} Ủy ban nhân dân các tỉnh, thành phố {ACTION}.")
    assert {(t.assigner, t.assignee, t.action) for t in got} == {
        ("Cục Xuất nhập khẩu", "Ủy ban nhân dân các tỉnh, thành phố", ACTION)}


def test_after_a_directive_the_speaker_goes_on(run):
    got = run("Thủ tướng yêu cầu Bộ Xây dựng hoàn thành dự án trong năm 2025. "
              "Vì thế yêu cầu Bộ Tài chính bố trí đủ vốn cho dự án.")
    assert ("Thủ tướng", "Bộ Tài chính", "bố trí đủ vốn cho dự án") in {
        (t.assigner, t.assignee, t.action) for t in got}


@pytest.mark.parametrize("text", [
    # no speaker in context: no task
    "Nhiều dự án chậm tiến độ. Do vậy đề nghị các địa phương đẩy nhanh giải phóng mặt bằng.",
    # a subject of its own between the connector and the cue that is no speaker
    "Thời tiết xấu kéo dài nhiều ngày. Vì vậy nhiều người dân yêu cầu chính quyền hỗ trợ.",
])
def test_no_speaker_no_task(run, text):
    assert not pairs(run(text))
