"""Task pattern family of a collective beside named bodies, on constructed sentences with several
variants: "<cue> Bộ X, Đài Y và các cơ quan báo chí <action>" is one task for each named body and one
for the collective "các / những <head> ..." (a body kind of ``list_collective``: cơ quan, đoàn thể, doanh
nghiệp, ủy ban, tổ chức), the way the ledger's gold writes them. A list of bare collective nouns ("Chính
phủ, các bộ, ngành"), or one holding a collective of persons or of "ban" ("các ban của Đảng và các đồng
chí ..."), stays one assignee."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignees, action", [
    ("Thủ tướng yêu cầu Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam và các cơ quan báo chí đẩy mạnh "
     "công tác thông tin tuyên truyền về chương trình.",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "các cơ quan báo chí"],
     "đẩy mạnh công tác thông tin tuyên truyền về chương trình"),
    ("Phó Thủ tướng đề nghị Mặt trận Tổ quốc Việt Nam và các đoàn thể nhân dân tuyên truyền vận động nhân "
     "dân tham gia bảo vệ môi trường.",
     ["Mặt trận Tổ quốc Việt Nam", "các đoàn thể nhân dân"], "tuyên truyền vận động nhân dân tham gia bảo vệ môi trường"),
    ("Chủ nhiệm Ủy ban Kinh tế đề nghị Hội đồng Dân tộc và các Ủy ban của Quốc hội, các cơ quan liên quan "
     "tiếp tục phối hợp với cơ quan soạn thảo hoàn thiện dự thảo.",
     ["Hội đồng Dân tộc", "các Ủy ban của Quốc hội", "các cơ quan liên quan"],
     "tiếp tục phối hợp với cơ quan soạn thảo hoàn thiện dự thảo"),
    ("Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam và các doanh nghiệp ngành điện bảo đảm cung ứng đủ "
     "điện cho mùa khô.",
     ["Tập đoàn Điện lực Việt Nam", "các doanh nghiệp ngành điện"], "bảo đảm cung ứng đủ điện cho mùa khô"),
])
def test_collective_beside_named(run, text, assignees, action):
    got = pairs(run(text))
    for a in assignees:
        assert (a, action) in got


@pytest.mark.parametrize("text, assignee", [
    ("Thủ tướng yêu cầu Chính phủ, các bộ, ngành khẩn trương rà soát các dự án tồn đọng.",
     "Chính phủ, các bộ, ngành"),
    ("Thủ tướng yêu cầu Bộ Tài chính và các bộ, ngành khẩn trương rà soát các dự án tồn đọng.",
     "Bộ Tài chính và các bộ, ngành"),
    ("Tổng Bí thư yêu cầu Đảng ủy Chính phủ, các ban của Đảng và các đồng chí thành viên Ban Chỉ đạo khẩn "
     "trương rà soát các dự án tồn đọng.",
     "Đảng ủy Chính phủ, các ban của Đảng và các đồng chí thành viên Ban Chỉ đạo"),
])
def test_list_kept_whole(run, text, assignee):
    assert {a for a, _ in pairs(run(text))} == {assignee}

