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


@pytest.mark.parametrize("text, asker", [
    # a reporting verb right after the opening subject: the reported clause's subject asks
    ("Sở Công Thương cho biết Công ty Điện lực Đà Nẵng đã rà soát trạm biến áp và yêu cầu các hộ kinh doanh "
     "giảm tải vào giờ cao điểm.", "Công ty Điện lực Đà Nẵng"),
    ("Sở Công Thương cho hay Công ty Điện lực Đà Nẵng đã rà soát trạm biến áp và yêu cầu các hộ kinh doanh "
     "giảm tải vào giờ cao điểm.", "Công ty Điện lực Đà Nẵng"),
    ("Sở Công Thương nói rằng Công ty Điện lực Đà Nẵng đã rà soát trạm biến áp và yêu cầu các hộ kinh doanh "
     "giảm tải vào giờ cao điểm.", "Công ty Điện lực Đà Nẵng"),
    ("Sở Công Thương thông tin Công ty Điện lực Đà Nẵng đã rà soát trạm biến áp và yêu cầu các hộ kinh doanh "
     "giảm tải vào giờ cao điểm.", "Công ty Điện lực Đà Nẵng"),
    ("Sở Công Thương hôm qua thông báo Công ty Điện lực Đà Nẵng đã rà soát trạm biến áp và yêu cầu các hộ "
     "kinh doanh giảm tải vào giờ cao điểm.", "Công ty Điện lực Đà Nẵng"),
    # the reported clause opens with a named title: the person it names asks
    ("Văn phòng Chính phủ thông báo Thủ tướng Phạm Minh Chính đã họp với Bộ Tài chính và yêu cầu bộ "
     "gửi lại đề án sắp xếp nhà công vụ.", "Phạm Minh Chính"),
])
def test_reported_clause_keeps_its_own_subject(run, text, asker):
    askers = {t.assigner for t in run(text)}
    assert asker in askers
    assert not askers & {"Sở Công Thương", "Văn phòng Chính phủ"}


def test_reporting_noun_inside_the_predicate_is_no_report(run):
    # "thông tin" as the object of the subject's own verb: the subject still asks
    tasks = run("Sở Xây dựng đã gửi thông tin tới Công ty Cấp nước Huế và yêu cầu công ty sửa đường ống.")
    assert ("Sở Xây dựng", "sửa đường ống") in {(t.assigner, t.action) for t in tasks}


def test_passive_subject_is_no_asker(run):
    # "được"/"bị" between the opening subject and the cue: the subject is acted on, never the asker
    for text in ("Ông Lê Văn Hải được Ủy ban nhân dân tỉnh Hà Tĩnh biểu dương và đề nghị Bộ Nội vụ "
                 "xét tặng danh hiệu cho ông.",
                 "Công ty Thành Đạt bị Sở Tài nguyên và Môi trường tỉnh Bình Dương kiểm tra và yêu cầu "
                 "Ủy ban nhân dân huyện Dầu Tiếng giám sát việc xả thải."):
        askers = {t.assigner for t in run(text)}
        assert askers and not askers & {"Lê Văn Hải", "Công ty Thành Đạt"}


@pytest.mark.parametrize("text, wrong", [
    # listed subjects before "đồng thời": no switch to the first of them
    ("Bộ trưởng Hồ Đức Phúc và Thống đốc Đoàn Minh Tú đồng thời yêu cầu các ngân hàng thương mại "
     "hạ lãi suất.", "Hồ Đức Phúc"),
    ("Bộ Tài chính và Ngân hàng Nhà nước Việt Nam đồng thời yêu cầu các ngân hàng thương mại hạ lãi suất.",
     "Bộ Tài chính"),
])
def test_listed_subjects_before_a_link_keep_the_nearest_asker(run, text, wrong):
    tasks = run(text)
    assert tasks and all(t.assigner != wrong for t in tasks)


def test_unresolved_lower_case_subject_is_no_asker(run):
    # a lower-case opening mention names no resolved body: no switch to "bộ"
    tasks = run("bộ xây dựng đã làm việc với công ty cấp nước và yêu cầu công ty sửa đường ống trong tuần.")
    assert all(t.assigner not in ("bộ", "bộ xây dựng") for t in tasks)


@pytest.mark.parametrize("opener", ["Ngày 5/6, ", "Sáng 28-5, ", "Chiều 10/6, ", "Tại buổi làm việc, "])
def test_time_opener_counts_as_the_start(run, opener):
    text = opener + "Bộ Y tế đã làm việc với Bệnh viện Chợ Rẫy và yêu cầu bệnh viện rà soát quy trình cấp cứu."
    assert ("Bộ Y tế", "rà soát quy trình cấp cứu") in {(t.assigner, t.action) for t in run(text)}



def test_parent_in_brackets_is_no_listed_subject(run):
    # the opening body's parent in brackets, then its own predicate: the opening body asks, not its parent
    text = ("Sáng 3-4, Đồn Biên phòng Cửa khẩu Lao Bảo (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị) đã thu giữ "
            "số gỗ trái phép và yêu cầu Công ty Lâm sản Hòa Bình nộp lại giấy tờ.")
    assert ("Đồn Biên phòng Cửa khẩu Lao Bảo", "nộp lại giấy tờ") in {(t.assigner, t.action) for t in run(text)}
