"""Task pattern family of a head over several places whose level words close with a colon ("UBND các
tỉnh, thành phố: Hà Nội, Hưng Yên, Bắc Ninh khẩn trương ..."): one task per named place, each named by
its own level, the way the colon-less form already is. A body whose name holds a comma, a place list
that is no assignee and a list of bare ministries after "các Bộ:" stay as they are."""

from __future__ import annotations

import pytest

from conftest import pairs
from nqextract.extract.tasks import load_rules
from nqextract.extract.tasks.coassignees import distribute


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("printed, expected", [
    ("UBND các tỉnh, thành phố: Hải Phòng, Thái Bình, Nam Định",
     ["UBND thành phố Hải Phòng", "UBND tỉnh Thái Bình", "UBND tỉnh Nam Định"]),
    ("Ủy ban nhân dân các tỉnh: Nghệ An, Hà Tĩnh và Quảng Bình",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Quảng Bình"]),
    ("Chủ tịch UBND các tỉnh, thành phố : Cần Thơ, Hậu Giang",
     ["Chủ tịch UBND thành phố Cần Thơ", "Chủ tịch UBND tỉnh Hậu Giang"]),
    ("UBND 2 tỉnh: Lạng Sơn và Cao Bằng", ["UBND tỉnh Lạng Sơn", "UBND tỉnh Cao Bằng"]),
])
def test_a_colon_after_the_level_words_distributes_over_the_places(printed, expected):
    assert distribute(printed, load_rules().places) == expected


@pytest.mark.parametrize("printed", [
    "Ban Chính sách, chiến lược Trung ương",  # one body's name with a comma
    "Bộ Lao động - Thương binh và Xã hội",  # one body's name with "và"
    "các Bộ: Công an, Y tế, Tài chính",  # bare ministries: no places
    "UBND các tỉnh, thành phố: trực thuộc Trung ương",  # no place after the colon
    "UBND các tỉnh, thành phố: Hà Nội, các địa phương khác",  # an item that is no known place
])
def test_no_places_after_the_colon_keeps_one_assignee(printed):
    assert distribute(printed, load_rules().places) == [printed]


def test_a_directive_to_provinces_after_a_colon_is_a_task_for_each(run):
    action = "khẩn trương kiểm tra cơ sở giết mổ gia cầm"
    got = pairs(run("Phó Thủ tướng Lê Văn Thành chỉ đạo UBND các tỉnh, thành phố: Hải Phòng, Thái Bình, "
                    f"Nam Định {action}."))
    assert got == {("UBND thành phố Hải Phòng", action), ("UBND tỉnh Thái Bình", action),
                   ("UBND tỉnh Nam Định", action)}


def test_a_place_list_after_a_colon_that_is_no_assignee_makes_no_task(run):
    tasks = run("Chính phủ đã xuất cấp 5.000 tấn gạo cho 3 tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình trong dịp Tết.")
    assert not [t for t in tasks if "Hà Tĩnh" in (t.assignee or "")]


def test_a_body_named_with_a_comma_stays_one_assignee(run):
    action = "khẩn trương hoàn thiện đề án về phát triển kinh tế biển"
    got = pairs(run(f"Bộ Chính trị yêu cầu Ban Chính sách, chiến lược Trung ương {action}."))
    assert got == {("Ban Chính sách, chiến lược Trung ương", action)}
