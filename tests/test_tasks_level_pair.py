"""A list of bodies holding a local government of every province ("Ủy ban nhân dân các tỉnh, thành phố trực
thuộc Trung ương"): the plural and the level words come from task_verbs.tsv's `plural` and `province_level`
rows, and the comma between two level words after a plural does not split the list there."""

from __future__ import annotations

import pytest

from nqextract.extract.tasks import load_rules

LEAD = "Phó Thủ tướng đề nghị Bộ Tư pháp, Bộ Xây dựng và "
ACTION = " khẩn trương rà soát hồ sơ cấp phép đất đai."


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def test_the_plural_and_level_words_are_the_rows_of_the_data_file():
    places = load_rules().places
    assert {"các", "những"} <= set(places.plurals)
    assert {"tỉnh", "thành phố"} <= {level for level, _forms in places.levels}


@pytest.mark.parametrize("printed", ["các tỉnh, thành phố", "các tỉnh,  thành phố", "các  tỉnh, thành  phố",
                                     "những tỉnh, thành phố", "các thành phố, tỉnh"])
def test_two_level_words_after_a_plural_are_one_name(printed):
    assert load_rules().places.level_pair.search(f"UBND {printed} trực thuộc Trung ương")


@pytest.mark.parametrize("printed", ["các tỉnh, huyện", "tỉnh, thành phố", "các tỉnh thành phố", "các tỉnh, TP",
                                     "Các tỉnh, Thành phố", "các tỉnh; thành phố"])
def test_a_near_miss_is_none(printed):
    assert not load_rules().places.level_pair.search(f"UBND {printed} trực thuộc Trung ương")


@pytest.mark.parametrize("governments", [
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "Ủy ban nhân dân các tỉnh,  thành phố trực thuộc Trung ương",
    "UBND các tỉnh, thành phố trực thuộc Trung ương",
    "Ủy ban nhân dân những tỉnh, thành phố trực thuộc Trung ương",
])
def test_the_list_splits_at_its_bodies_not_between_the_level_words(run, governments):
    assert [t.assignee for t in run(LEAD + governments + ACTION)] == ["Bộ Tư pháp", "Bộ Xây dựng", governments]


def test_two_items_the_second_of_them_the_governments(run):
    text = "Phó Thủ tướng giao Bộ Nội vụ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" + ACTION
    assert [t.assignee for t in run(text)] == ["Bộ Nội vụ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


@pytest.mark.parametrize("governments", [
    "UBND các tỉnh, huyện",  # "huyện" is no province's level: the list stays whole
    "UBND tỉnh, thành phố",  # no plural before the level words
])
def test_a_near_miss_keeps_the_list_one_assignee(run, governments):
    assert [t.assignee for t in run(LEAD + governments + ACTION)] == [LEAD[len("Phó Thủ tướng đề nghị "):] + governments]


def test_a_plural_before_one_level_word_still_distributes_over_the_places():
    from nqextract.extract.tasks.coassignees import distribute

    places = load_rules().places
    for det in ("các", "những"):
        assert distribute(f"UBND {det} tỉnh Nghệ An, Hà Tĩnh", places) == ["UBND tỉnh Nghệ An", "UBND tỉnh Hà Tĩnh"]
