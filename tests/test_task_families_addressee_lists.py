"""Task pattern family of documents sent to a list of addressees, on constructed sentences with
several variants: "<body> có văn bản gửi A, B và C yêu cầu <action>" makes the listed addressees the
assignees of the request, a comma inside the list kept; a comma opening a clause ("..., đồng thời",
"..., trong khi ...") ends the addressees, and no task is read from it."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND TP.HCM vừa có văn bản gửi các sở ngành, quận huyện và TP Thủ Đức yêu cầu tăng cường công tác "
     "phòng chống bệnh sởi.",
     "các sở ngành, quận huyện và TP Thủ Đức", "tăng cường công tác phòng chống bệnh sởi"),
    ("UBND tỉnh Đồng Nai có công văn gửi các sở, ngành, UBND các huyện đề nghị khẩn trương rà soát các dự "
     "án bất động sản.",
     "các sở, ngành, UBND các huyện", "khẩn trương rà soát các dự án bất động sản"),
    ("UBND tỉnh Long An vừa có văn bản gửi Sở Y tế, Sở Giáo dục và Đào tạo yêu cầu tăng cường công tác "
     "phòng chống dịch sởi.",
     "Sở Giáo dục và Đào tạo", "tăng cường công tác phòng chống dịch sởi"),
    ("Bộ Nội vụ đã có văn bản gửi Bộ Công an, Bộ Quốc phòng đề nghị phối hợp rà soát hồ sơ cán bộ.",
     "Bộ Quốc phòng", "phối hợp rà soát hồ sơ cán bộ"),
])
def test_listed_addressees(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "UBND tỉnh Long An đã gửi văn bản tới Bộ Y tế, trong khi Chủ tịch tỉnh yêu cầu tăng cường công tác "
    "phòng chống dịch.",
    "UBND tỉnh Long An đã gửi văn bản tới Bộ Y tế, đồng thời yêu cầu tăng cường công tác phòng chống dịch.",
])
def test_clause_after_addressee(run, text):
    assert run(text) == []
