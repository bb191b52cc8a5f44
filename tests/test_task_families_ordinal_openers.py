"""Task pattern family of ordinal openers before a cue's speaker, on constructed sentences with several
variants: "Thứ hai, Bộ Xây dựng đề nghị các địa phương ..." is read past the ordinal as any sentence (the
speaker named right before the cue, an adverb or two between them allowed); an ordinal before anything
else still only details what came before ("Thứ hai, về vấn đề ..., Bộ X đang rà soát", "Thứ hai, việc
đề nghị ... là cần thiết")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Thứ nhất, Bộ Xây dựng đề nghị các địa phương sớm ban hành quy định về nhà ở.",
     "các địa phương", "sớm ban hành quy định về nhà ở"),
    ("Thứ hai, Bộ Xây dựng cũng đề nghị các địa phương sớm ban hành quy định về nhà ở.",
     "các địa phương", "sớm ban hành quy định về nhà ở"),
    ("Thứ ba, Thủ tướng yêu cầu các bộ, ngành khẩn trương rà soát văn bản.",
     "các bộ, ngành", "khẩn trương rà soát văn bản"),
    ("Hai là, UBND tỉnh giao Sở Tài chính chủ trì xây dựng phương án.",
     "Sở Tài chính", "chủ trì xây dựng phương án"),
])
def test_ordinal_before_a_speaker_and_cue(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Thứ hai, về vấn đề xuất xứ hàng hóa, Bộ Công Thương đang rà soát.",
    "Thứ hai, việc đề nghị các địa phương ban hành quy định là cần thiết.",
    "Thứ ba, các quy định về đất đai còn chồng chéo.",
])
def test_ordinal_before_anything_else(run, text):
    assert not run(text)
