"""Task pattern family of a directive issued as a document: "<body> (vừa) có / ban hành / gửi văn bản
(khẩn) yêu cầu ..." is spoken by the body, not by the document word; a document opening the sentence
on its own ("Văn bản yêu cầu ...") still speaks."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, body", [
    ("UBND tỉnh Khánh Hòa vừa có văn bản khẩn yêu cầu các sở, ban, ngành khẩn trương thực hiện các nhiệm vụ "
     "trọng tâm.", "Khánh Hòa"),
    ("Bộ Y tế đã ban hành công văn đề nghị Sở Y tế các tỉnh tăng cường kiểm tra an toàn thực phẩm.", "Bộ Y tế"),
    ("Ủy ban nhân dân thành phố Tuy Hòa có công văn yêu cầu Công an thành phố tăng cường tuần tra, kiểm soát.",
     "Tuy Hòa"),
])
def test_the_issuing_body_speaks(run, text, body):
    tasks = run(text)
    assert tasks and all(body in (t.assigner or "") for t in tasks)


def test_a_document_on_its_own_still_speaks(run):
    tasks = run("Văn bản yêu cầu các sở, ban, ngành khẩn trương rà soát các thủ tục hành chính.")
    assert tasks and all(t.assigner == "Văn bản" for t in tasks)
