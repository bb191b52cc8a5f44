"""Task pattern family of the conjoined asker, on constructed sentences with several variants: a cue
joined by "và" / "đồng thời" to the predicate of the subject that opens the sentence ("Bộ A đã làm việc
với Công ty B và yêu cầu ...") is asked by that subject, not by the body the predicate names before the
link. The near-misses keep their asker: a listed subject with no predicate of its own, a clause break
(";") before the cue, an introductory clause naming the other body, a sentence whose cue follows its
subject directly."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def triples(tasks):
    return {(t.assigner, t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text, asker, assignee, action", [
    # "và" joins the subject's second predicate: the subject asks
    ("Bộ Công Thương đã làm việc với Công ty Điện lực Hà Nội và yêu cầu công ty khắc phục sự cố trong tuần.",
     "Bộ Công Thương", "công ty", "khắc phục sự cố trong tuần"),
    ("Bộ Tài chính đã họp với Ngân hàng Nhà nước Việt Nam và đề nghị ngân hàng rà soát các khoản vay.",
     "Bộ Tài chính", "ngân hàng", "rà soát các khoản vay"),
    ("Ủy ban nhân dân tỉnh Nghệ An nhận tờ trình từ Sở Y tế và yêu cầu Sở Y tế kiểm tra toàn bộ các cơ sở.",
     "Ủy ban nhân dân tỉnh Nghệ An", "Sở Y tế", "kiểm tra toàn bộ các cơ sở"),
    # ", đồng thời" joins it the same way
    ("Bộ Giáo dục và Đào tạo đã gửi văn bản tới Sở Giáo dục và Đào tạo tỉnh Lạng Sơn, đồng thời "
     "đề nghị Sở rà soát kế hoạch tuyển sinh.",
     "Bộ Giáo dục và Đào tạo", "Sở", "rà soát kế hoạch tuyển sinh"),
    # a person meeting another and asking them: the one who meets asks
    ("Ông Nguyễn Văn An gặp ông Trần Văn Bình và đề nghị ông Bình giúp đỡ công ty trong việc xin giấy phép.",
     "Nguyễn Văn An", "Bình", "giúp đỡ công ty trong việc xin giấy phép"),
])
def test_conjoined_cue_asked_by_the_opening_subject(run, text, asker, assignee, action):
    assert (asker, assignee, action) in triples(run(text))


@pytest.mark.parametrize("text, asker, assignee, action", [
    # a clause break before the cue: the body opening the new clause asks
    ("Bộ Công Thương đã làm việc với Công ty Điện lực Hà Nội; Công ty Điện lực Hà Nội đề nghị các hộ dân "
     "tiết kiệm điện.",
     "Công ty Điện lực Hà Nội", "các hộ dân", "tiết kiệm điện"),
    # an introductory clause names the other body; the subject printed right before the cue asks
    ("Sau khi làm việc với Bộ Công Thương, Công ty Điện lực Hà Nội đề nghị các hộ dân tiết kiệm điện.",
     "Công ty Điện lực Hà Nội", "các hộ dân", "tiết kiệm điện"),
    # the cue right after its subject, no link: unchanged
    ("Bộ Tài chính đề nghị Ngân hàng Nhà nước Việt Nam rà soát các khoản vay.",
     "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam", "rà soát các khoản vay"),
])
def test_near_misses_keep_their_asker(run, text, asker, assignee, action):
    assert (asker, assignee, action) in triples(run(text))


def test_listed_subject_is_no_predicate(run):
    # "A và B yêu cầu ...": "và" lists the subjects, no predicate before the cue; the task is found as before
    tasks = run("Bộ Nội vụ và Bộ Tư pháp yêu cầu mọi địa phương rà soát hồ sơ công chức.")
    assert ("mọi địa phương", "rà soát hồ sơ công chức") in {(t.assignee, t.action) for t in tasks}
    assert all(t.assigner != "mọi địa phương" for t in tasks)
