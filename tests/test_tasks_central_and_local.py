"""Task family of one action for central and local bodies addressed together, on constructed sentences with
several variants: "các bộ, cơ quan ngang bộ và UBND cấp tỉnh ...", "các Bộ, cơ quan ngang Bộ, chính quyền địa
phương các tỉnh, thành phố ..." are one task for the central part and one for the local part, the commas
inside each part kept (as the ledger gold writes them). Near misses: a collective list with no local
government named ("các bộ, ngành, địa phương"), a named ministry with its partners, a list opening with the
local part."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, parts, action", [
    ("Thủ tướng yêu cầu các bộ, cơ quan ngang bộ và UBND cấp tỉnh tổ chức triển khai ngay các cơ chế đặc thù.",
     ("các bộ, cơ quan ngang bộ", "UBND cấp tỉnh"), "tổ chức triển khai ngay các cơ chế đặc thù"),
    ("Chính phủ chỉ đạo các Bộ, cơ quan ngang Bộ, chính quyền địa phương các tỉnh, thành phố thực hiện đồng bộ "
     "các giải pháp.",
     ("các Bộ, cơ quan ngang Bộ", "chính quyền địa phương các tỉnh, thành phố"), "thực hiện đồng bộ các giải pháp"),
    ("Phó Thủ tướng đề nghị các bộ, cơ quan trực thuộc Chính phủ, Ủy ban nhân dân các tỉnh tiếp tục rà soát các "
     "dự án tồn đọng.",
     ("các bộ, cơ quan trực thuộc Chính phủ", "Ủy ban nhân dân các tỉnh"), "tiếp tục rà soát các dự án tồn đọng"),
])
def test_central_and_local_parts(run, text, parts, action):
    got = pairs(run(text))
    assert {(p, action) for p in parts} <= got


@pytest.mark.parametrize("text, assignee", [
    ("Phó Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung giải quyết dứt điểm các dự án tồn đọng.",
     "các bộ, ngành, địa phương"),
    ("Thủ tướng yêu cầu UBND các tỉnh và các bộ, ngành tập trung tháo gỡ vướng mắc cho doanh nghiệp.",
     "UBND các tỉnh và các bộ, ngành"),
    ("Thủ tướng yêu cầu các bộ, cơ quan Trung ương và địa phương tập trung hoàn thành mục tiêu.",
     "các bộ, cơ quan Trung ương và địa phương"),
])
def test_one_assignee_stays_whole(run, text, assignee):
    assert [t.assignee for t in run(text)] == [assignee]
