"""Task family of a passive assignment naming who assigns: "X được <agent> giao <verb> ...", on constructed
sentences with several variants. The agent (capitalized words or a person/body/title span) sits between the
passive marker and the cue; the subject is the assignee, the agent the assigner (named as the active form
names it: a title by the person the article prints with it, a body by its full name; an agent phrase the
article names no one by stays as printed), and a verb must open the action. Near misses: an allocation of land or a post (a noun after the cue), a quantity assigned ("được
giao là ..."), a procedure's name ("giao chủ đầu tư")."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Giai đoạn 2021-2030, tỉnh Đồng Nai được Thủ tướng Chính phủ giao hoàn thành hơn 66.000 căn nhà ở xã hội.",
     "tỉnh Đồng Nai", "hoàn thành hơn 66.000 căn nhà ở xã hội"),
    ("Sở Xây dựng được UBND tỉnh giao chủ trì xây dựng kế hoạch phát triển nhà ở.",
     "Sở Xây dựng", "chủ trì xây dựng kế hoạch phát triển nhà ở"),
    ("Bộ Công an được Chính phủ giao xây dựng đề án về cơ sở dữ liệu dân cư.",
     "Bộ Công an", "xây dựng đề án về cơ sở dữ liệu dân cư"),
])
def test_passive_with_its_agent(run, text, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text, assigner", [
    ("Sở Xây dựng được UBND tỉnh Đồng Nai giao chủ trì xây dựng kế hoạch phát triển nhà ở.",
     "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Thủ tướng Trần Văn Minh chủ trì hội nghị. Bộ Công an được Thủ tướng giao xây dựng đề án về dữ liệu dân cư.",
     "Trần Văn Minh"),
    ("Sở Nội vụ được Chủ tịch UBND tỉnh Lê Thanh Tùng giao rà soát đề án sắp xếp bộ máy.", "Lê Thanh Tùng"),
    ("Sở Xây dựng được UBND tỉnh giao chủ trì xây dựng kế hoạch phát triển nhà ở.", "UBND tỉnh"),
])
def test_the_agent_assigns_as_the_active_form_names_it(run, text, assigner):
    t = one(run(text))
    assert t.assigner == assigner


@pytest.mark.parametrize("text", [
    "Công ty Delta được UBND tỉnh Lâm Đồng giao đất vào năm 2007 để đầu tư xây dựng dự án.",
    "Thiếu tướng Nguyễn Đức Hải tiếp tục được Bộ Công an tín nhiệm giao trọng trách mới.",
    "Kế hoạch đầu tư công năm 2025 của tỉnh được Thủ tướng Chính phủ giao là 11.900 tỷ đồng.",
    "Hai dự án được UBND thành phố quyết định giao chủ đầu tư với tổng quy mô khoảng 5 ha.",
])
def test_no_task(run, text):
    assert run(text) == []
