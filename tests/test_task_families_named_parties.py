"""Named parties addressed together ("kêu gọi Israel và Hezbollah ngừng bắn", "đề nghị Quảng Ninh và Hải
Phòng ...", "chỉ đạo Trần Văn A, Lê Thị B ..."): one task per party, each a place of person_places.txt or a
person's or body's name as printed. A phrase that is one place ("Bosnia và Herzegovina") or holds other words
stays whole; sentences of ordinary news naming such parties without a cue give no task. A clause of when the
speaker spoke ("khi ông đang thăm ...") ends the action only where its pronoun can be the speaker's: a named
speaker (or one printed with "ông"/"bà") and an assignee that is no person; the assignee's own time, or anyone
else's a title-only speaker names, stays in the action (``speaker_cut``)."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, expected", [
    ("Ngoại trưởng Pháp kêu gọi Nga và Ukraine kiềm chế tối đa để tránh leo thang.",
     {("Nga", "kiềm chế tối đa để tránh leo thang"), ("Ukraine", "kiềm chế tối đa để tránh leo thang")}),
    ("Bộ Công Thương đề nghị Quảng Ninh và Hải Phòng đốc thúc các nhà đầu tư đẩy nhanh tiến độ kho cảng.",
     {("Quảng Ninh", "đốc thúc các nhà đầu tư đẩy nhanh tiến độ kho cảng"),
      ("Hải Phòng", "đốc thúc các nhà đầu tư đẩy nhanh tiến độ kho cảng")}),
    ("Theo cáo trạng, Phan Văn Khôi đã chỉ đạo Lương Văn Tịnh, Đỗ Minh Quân tháo biển số cũ và sơn lại xe.",
     {("Lương Văn Tịnh", "tháo biển số cũ và sơn lại xe"), ("Đỗ Minh Quân", "tháo biển số cũ và sơn lại xe")}),
    ("Tổng thư ký Liên Hợp Quốc kêu gọi Ấn Độ, Pakistan và Bangladesh tăng cường hợp tác chống lũ.",
     {("Ấn Độ", "tăng cường hợp tác chống lũ"), ("Pakistan", "tăng cường hợp tác chống lũ"),
      ("Bangladesh", "tăng cường hợp tác chống lũ")}),
])
def test_each_named_party_gets_the_task(run, text, expected):
    assert pairs(run(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ngoại trưởng Đức Karl Weidner kêu gọi Israel và Hamas ngừng bắn ngay lập tức khi ông đang có chuyến "
     "thăm Ai Cập vào ngày 3-5.",
     {("Israel", "ngừng bắn ngay lập tức"), ("Hamas", "ngừng bắn ngay lập tức")}),
    ("Ông Pierre Lavande kêu gọi Nga và Ukraine kiềm chế tối đa khi ông đang thăm Ba Lan.",
     {("Nga", "kiềm chế tối đa"), ("Ukraine", "kiềm chế tối đa")}),
    ("Bà Maria Kessler kêu gọi Ấn Độ, Pakistan và Bangladesh tăng cường hợp tác chống lũ khi bà vừa đến Dhaka.",
     {("Ấn Độ", "tăng cường hợp tác chống lũ"), ("Pakistan", "tăng cường hợp tác chống lũ"),
      ("Bangladesh", "tăng cường hợp tác chống lũ")}),
    ("Ông Trần Văn Bình yêu cầu Sở Xây dựng kiểm tra toàn bộ công trình khi ông đang làm việc tại xã Tân Lộc.",
     {("Sở Xây dựng", "kiểm tra toàn bộ công trình")}),
    # the name printed right before the cue is the speaker, whoever the passage's speaker was read to be
    ("Đại diện cấp cao về chính sách đối ngoại của Liên minh châu Âu (EU) Karl Weidner kêu gọi Israel và Hamas "
     "ngừng bắn ngay lập tức khi ông đang có chuyến thăm Ai Cập.",
     {("Israel", "ngừng bắn ngay lập tức"), ("Hamas", "ngừng bắn ngay lập tức")}),
])
def test_a_speakers_circumstance_ends_the_action(run, text, expected):
    assert pairs(run(text)) == expected


@pytest.mark.parametrize("text, assignee", [
    # one country whose name holds "và"
    ("Ông Lâm Quốc Duy đề nghị Bosnia và Herzegovina xem xét nối lại đàm phán thương mại.",
     "Bosnia và Herzegovina"),
    # a word that names no place nor anyone beside the country
    ("Ông Lâm Quốc Duy kêu gọi Nga và phương Tây nối lại đối thoại về an ninh châu Âu.",
     "Nga và phương Tây"),
])
def test_a_phrase_that_is_no_list_of_parties_stays_whole(run, text, assignee):
    tasks = run(text)
    assert len(tasks) == 1 and tasks[0].assignee.startswith(assignee), [t.model_dump() for t in tasks]


@pytest.mark.parametrize("text", [
    "Israel và Hezbollah tiếp tục giao tranh dữ dội ở miền nam Lebanon trong đêm qua.",
    "Ông Trần Văn Khải và bà Lê Thị Hoa đã tổ chức đám cưới tại Đà Lạt vào tháng trước.",
    "Hà Nội và TP.HCM dẫn đầu cả nước về số ca sốt xuất huyết trong tuần.",
    "Nhật Bản và Hàn Quốc ký thỏa thuận thương mại mới tại Seoul hôm 5-6.",
    "Công an quận Hòa Bình bắt giữ Nguyễn Văn Tâm, Lê Văn Hùng vì trộm cắp xe máy.",
    "Đội tuyển Thái Lan và Malaysia hòa 1-1 trong trận bán kết lượt đi tối qua.",
])
def test_ordinary_news_naming_parties_gives_no_task(run, text):
    assert run(text) == []


def test_a_clause_of_the_assignees_own_time_stays(run):
    t = one(run("Tòa án nhân dân huyện Hòa Lâm yêu cầu ông Lê Văn Sáu nộp bản sao giấy tờ nhà khi ông đang làm "
                "thủ tục thi hành án."))
    assert t.action == "nộp bản sao giấy tờ nhà khi ông đang làm thủ tục thi hành án"


@pytest.mark.parametrize("text, action", [
    # the assignee printed with an honorific: the pronoun is his or hers
    ("Công an phường Tân Mỹ yêu cầu bà Đinh Thị Hoa giao nộp toàn bộ tang vật khi bà vừa nhập cảnh về nước.",
     "giao nộp toàn bộ tang vật khi bà vừa nhập cảnh về nước"),
    ("Chủ tịch UBND tỉnh yêu cầu ông Phùng Văn Tước báo cáo đầy đủ tình hình khi ông đang công tác tại huyện "
     "miền núi.", "báo cáo đầy đủ tình hình khi ông đang công tác tại huyện miền núi"),
    # a named speaker, but a named assignee too: the pronoun may be either's
    ("Ông Trần Văn Bình yêu cầu Lê Văn Tư nộp lại toàn bộ tài liệu khi ông đang làm việc tại xã.",
     "nộp lại toàn bộ tài liệu khi ông đang làm việc tại xã"),
    # a title-only speaker: "bà" is the minister the body stands for, not the speaker
    ("Thủ tướng yêu cầu Bộ Tài chính báo cáo kết quả khi bà vừa nhận nhiệm vụ tại Bộ.",
     "báo cáo kết quả khi bà vừa nhận nhiệm vụ tại Bộ"),
    ("Giám đốc Sở Y tế yêu cầu Bệnh viện Đa khoa Lam Sơn rà soát quy trình khi ông vừa nhậm chức.",
     "rà soát quy trình khi ông vừa nhậm chức"),
    # a body speaks: the pronoun names no speaker
    ("Bộ Ngoại giao Nhật Bản kêu gọi Trung Quốc kiềm chế tối đa các hoạt động quân sự khi ông đang có chuyến "
     "thăm Manila.", "kiềm chế tối đa các hoạt động quân sự khi ông đang có chuyến thăm Manila"),
])
def test_a_pronouns_clause_not_the_speakers_stays(run, text, action):
    assert one(run(text)).action == action


@pytest.mark.parametrize("text, action", [
    # a group noun that is also an honorific ("lãnh đạo") opens the assignee: no person, the speaker's time
    ("Bộ trưởng Hà Quang Vinh yêu cầu lãnh đạo các địa phương đẩy nhanh giải ngân vốn đầu tư công khi ông vừa "
     "kết thúc chuyến công tác.", "đẩy nhanh giải ngân vốn đầu tư công"),
    ("Ông Đào Minh Khải yêu cầu lãnh đạo các sở rà soát hồ sơ tồn đọng khi ông đang làm việc tại tỉnh Hòa Lâm.",
     "rà soát hồ sơ tồn đọng"),
    # a pronoun speaker: the passage's speaker, named before
    ("Ông Phan Văn Lực làm việc với xã Tân Lập. Ông yêu cầu Sở Xây dựng kiểm tra toàn bộ công trình khi ông "
     "đang làm việc tại xã.", "kiểm tra toàn bộ công trình"),
])
def test_a_group_assignee_or_a_pronoun_speaker_still_cuts(run, text, action):
    assert one(run(text)).action == action


def test_a_pronoun_speaker_and_another_pronoun_keep_the_clause(run):
    t = one(run("Ông Phan Văn Lực làm việc với xã Tân Lập. Ông yêu cầu các đơn vị hỗ trợ gia đình bà Lan khi bà vừa "
                "mất con trong vụ tai nạn."))
    assert t.action.endswith("khi bà vừa mất con trong vụ tai nạn")
