"""Task pattern family of directives addressed to offices of several levels at once ("Bộ trưởng, Thủ
trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực
thuộc Trung ương ..."): one task for the ministers' part and one for each later office opened by
"Chủ tịch"; the commas inside an office stay."""

from __future__ import annotations

import pytest

from conftest import pairs
from nqextract.extract.tasks import load_rules
from nqextract.extract.tasks.coassignees import distribute


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


MINISTERS = "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ"
PROVINCES = "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"


@pytest.mark.parametrize("joiner", [" và ", ", "])
def test_ministers_and_provinces(run, joiner):
    action = "rà soát, bãi bỏ ngay các quy chuẩn, tiêu chuẩn không phù hợp"
    got = pairs(run(f"Thường trực Chính phủ yêu cầu {MINISTERS}{joiner}{PROVINCES} {action}."))
    assert got == {(MINISTERS, action), (PROVINCES, action)}


def test_three_offices(run):
    text = (f"Thủ tướng yêu cầu {MINISTERS}, Chủ tịch Ủy ban nhân dân các tỉnh, Chủ tịch Hội đồng thành viên "
            "các tập đoàn khẩn trương rà soát danh mục các dự án.")
    assignees = {t.assignee for t in run(text)}
    assert assignees == {MINISTERS, "Chủ tịch Ủy ban nhân dân các tỉnh", "Chủ tịch Hội đồng thành viên các tập đoàn"}


@pytest.mark.parametrize("phrase", [
    "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi",  # one office
    "Bộ trưởng Bộ Xây dựng",  # one office
    "Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ",  # commas inside one office
    "các bộ, ngành và Chủ tịch Ủy ban nhân dân các tỉnh",  # no title opens the list
    "Bộ trưởng, Phó Chủ tịch Ủy ban nhân dân tỉnh",  # a deputy is no office of its own list here
])
def test_phrases_that_stay_whole(phrase):
    assert distribute(phrase, load_rules().places) == [phrase]


def test_split_phrase():
    assert distribute(f"{MINISTERS} và {PROVINCES}", load_rules().places) == [MINISTERS, PROVINCES]


LONG_LIST = (f"{MINISTERS}, {PROVINCES}, Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, "
             "đơn vị liên quan")


@pytest.mark.parametrize("opening", ["Thủ tướng Chính phủ yêu cầu:\n1. ", "Thủ tướng Chính phủ yêu cầu:\n- "])
def test_a_numbered_item_opening_with_a_long_list_of_offices(run, opening):
    action = "khẩn trương chỉ đạo các cơ quan, đơn vị, Ban quản lý dự án, nhà thầu rà soát kỹ lưỡng các thủ tục đầu tư"
    got = pairs(run(f"{opening}{LONG_LIST} {action}."))
    assert (MINISTERS, action) in got and (PROVINCES, action) in got
