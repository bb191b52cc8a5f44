"""Task pattern family: a follow-up sentence right after a task's, with no subject of its own, opening with a
verb of duty that opens no subject directive ("... . Ngừng ngay việc ...", "... . Nắm bắt tâm tư ...", "... .
Hủy công văn ...": ``follow_up`` rows), goes on with that task's assignee as one opening with a directive verb
does. The same word used as a noun (a genitive, a demonstrative, a copula or a passive after it: "Đánh giá của
ngành ...", "Công bố này được ..."), a sentence not right after a task, or one with its own subject give none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LEAD = "UBND tỉnh Hòa Lâm yêu cầu Sở Y tế tăng cường kiểm tra các phòng khám tư nhân trên địa bàn. "


@pytest.mark.parametrize("follow, action", [
    ("Ngừng ngay việc cấp phép cho những cơ sở thiếu bác sĩ.", "Ngừng ngay việc cấp phép cho những cơ sở thiếu bác sĩ"),
    ("Nắm bắt kịp thời phản ánh của người bệnh về giá dịch vụ.",
     "Nắm bắt kịp thời phản ánh của người bệnh về giá dịch vụ"),
    ("Đánh giá lại toàn bộ quy trình cấp chứng chỉ hành nghề.", "Đánh giá lại toàn bộ quy trình cấp chứng chỉ hành nghề"),
    ("Phân tích, làm rõ lý do để xảy ra sai phạm kéo dài.", "Phân tích, làm rõ lý do để xảy ra sai phạm kéo dài"),
    ("Công khai danh sách các phòng khám bị đình chỉ trên trang tin của sở.",
     "Công khai danh sách các phòng khám bị đình chỉ trên trang tin của sở"),
    ("Làm rõ lỗi của từng cá nhân ở các cơ sở vi phạm.", "Làm rõ lỗi của từng cá nhân ở các cơ sở vi phạm"),
    ("Tháo gỡ vướng mắc về thủ tục cho các phòng khám mới mở.",
     "Tháo gỡ vướng mắc về thủ tục cho các phòng khám mới mở"),
])
def test_follow_up_duty(run, follow, action):
    got = pairs(run(LEAD + follow))
    assert ("Sở Y tế", action) in got


def test_annulment_follows(run):
    text = ("Chủ tịch UBND tỉnh Hòa Lâm yêu cầu Sở Xây dựng rà soát các giấy phép cấp cho nhà phố ven sông. Hủy "
            "ngay những giấy phép cấp sai quy hoạch.")
    assert ("Sở Xây dựng", "Hủy ngay những giấy phép cấp sai quy hoạch") in pairs(run(text))


# --------------------------------------------------------------------------- near misses


@pytest.mark.parametrize("follow", [
    "Đánh giá của ngành y tế cho thấy nhiều phòng khám chưa có giấy phép.",
    "Phân tích của chuyên gia chỉ ra nhiều sai phạm về giá.",
    "Đánh giá chung, công tác khám chữa bệnh có nhiều tiến bộ.",
    "Công bố này được đưa ra sau nhiều đợt kiểm tra.",
    "Định hướng này là đúng đắn trong bối cảnh hiện nay.",
])
def test_noun_use_gives_none(run, follow):
    got = pairs(run(LEAD + follow))
    assert got == {("Sở Y tế", "tăng cường kiểm tra các phòng khám tư nhân trên địa bàn")}


def test_no_task_right_before(run):
    text = ("Hội nghị bàn về tình hình khám chữa bệnh tư nhân. Ngừng ngay việc cấp phép cho những cơ sở thiếu "
            "bác sĩ.")
    assert run(text) == []


def test_not_right_after_the_task(run):
    text = (LEAD + "Hiện toàn tỉnh có hơn 300 phòng khám tư nhân đang hoạt động. Ngừng ngay việc cấp phép cho "
            "những cơ sở thiếu bác sĩ.")
    got = pairs(run(text))
    assert all(not act.startswith("Ngừng") for _, act in got)
