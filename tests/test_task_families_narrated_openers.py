"""Task pattern family: a sentence right after a task that opens with a directive or a follow-up verb and no
subject goes on with that task's assignee, unless the opening verb phrase is an adverbial of a clause with a
subject of its own or the subject of a statement (extract/tasks/narration.py): a person or a named body after
its comma with a verb ("Kiểm tra hiện trường, ông A cho biết ..."), a verb of reporting ("... cho thấy"), a
time of the past then a subject ("..., năm qua toàn huyện ..."), an agent and a tense word, a noun phrase and
a word of a standing state ("..., xưởng gỗ hiện bỏ hoang"), a copula before the first comma, or a tally of
results ("Hoàn thành 9 trên 12 chỉ tiêu"). A list of objects after the opening verb is no subject ("Xử lý các
doanh nghiệp, cá nhân đã vi phạm ...", "Phối hợp với Sở A, Sở B ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LEAD = "Chủ tịch UBND tỉnh Hòa Lâm yêu cầu Sở Công Thương kiểm tra giá bán ở từng cây xăng trên địa bàn. "
FIRST = ("Sở Công Thương", "kiểm tra giá bán ở từng cây xăng trên địa bàn")


@pytest.mark.parametrize("follow, action", [
    ("Xử lý nghiêm các doanh nghiệp, cá nhân đã găm hàng để tăng giá.",
     "Xử lý nghiêm các doanh nghiệp, cá nhân đã găm hàng để tăng giá"),
    ("Phối hợp với Sở Tài chính, Sở Tư pháp lập danh sách những cây xăng bán sai giá.",
     "Phối hợp với Sở Tài chính, Sở Tư pháp lập danh sách những cây xăng bán sai giá"),
    ("Kiểm tra sổ sách, trường hợp cửa hàng đã bán sai giá thì lập biên bản ngay.",
     "Kiểm tra sổ sách, trường hợp cửa hàng đã bán sai giá thì lập biên bản ngay"),
    ("Tăng cường giám sát các kho chứa, nhất là kho ở vùng ven biển.",
     "Tăng cường giám sát các kho chứa, nhất là kho ở vùng ven biển"),
    ("Hủy các hợp đồng đại lý ký sai thẩm quyền, báo cáo UBND tỉnh trong tháng 7.",
     "Hủy các hợp đồng đại lý ký sai thẩm quyền, báo cáo UBND tỉnh"),
])
def test_follow_up_duty_with_a_comma(run, follow, action):
    got = pairs(run(LEAD + follow))
    assert ("Sở Công Thương", action) in got


# --------------------------------------------------------------------------- near misses


@pytest.mark.parametrize("follow", [
    # a person or a named body after the comma, with its verb
    "Kiểm tra lại kho hàng, ông Lê Văn Tâm cho biết cửa hàng đã nhập đủ xăng cho cả tháng.",
    "Phân tích số liệu quý I, bà Trần Thu Hà nhận xét sức mua trong tỉnh tăng chậm.",
    "Rà soát danh sách đại lý, Công an huyện Tân Lạc phát hiện hai cơ sở không có giấy phép.",
    "Công bố kết quả giám sát, Đoàn kiểm tra liên ngành nêu nhiều sai phạm ở khâu cấp phép.",
    # a verb of reporting
    "Hủy bớt chuyến hàng, hãng vận tải cho biết sẽ bồi thường cho các đại lý.",
    "Phân tích mẫu nhiên liệu thu được cho thấy hàm lượng lưu huỳnh vượt chuẩn.",
    "Công bố trong phiên họp sáng qua, bản tổng hợp khảo sát mới cho thấy giá bán lẻ tăng 3%.",
    # a time of the past, then a subject
    "Duy trì mức tăng ổn định, năm 2023 doanh thu của ngành đạt hơn 900 tỉ đồng.",
    "Tuân thủ nghiêm quy trình phòng cháy, năm qua toàn tỉnh không để xảy ra vụ cháy nào.",
    "Triển khai từ tháng 5, đến nay công trình kho chứa đã xong phần móng.",
    # a noun phrase and a word of a standing state; an agent and a tense word
    "Ngừng kinh doanh từ năm 2019, cây xăng ven quốc lộ hiện bỏ hoang.",
    "Duy trì hoạt động suốt đợt mưa lũ, bến phà Đồng Tiến vẫn chở khách qua sông mỗi ngày.",
    "Làm rõ vai trò của mỗi kẻ trong nhóm buôn lậu xăng, cơ quan điều tra của tỉnh đã tạm giữ thêm ba người.",
    # the opening phrase as a subject: a copula before the first comma, a tally of results
    "Hủy bỏ quy định thu phí kho bãi của năm 2018 là việc nên làm từ lâu, theo nhiều doanh nghiệp.",
    "Hoàn thành 9 trên 12 chỉ tiêu của kế hoạch năm.",
])
def test_narration_is_no_follow_up(run, follow):
    got = pairs(run(LEAD + follow))
    assert got == {FIRST}


def test_topic_heading_a_result_gives_none(run):
    lead = "Ban quản lý dự án tỉnh yêu cầu các nhà thầu tập trung nhân lực cho gói thầu số 3.\n"
    for line in ("Về kết quả 6 tháng: Hoàn thành 7 trên 9 hạng mục đã đăng ký.",
                 "Về tiến độ: Thi công từ tháng 2, đến nay gói thầu đã đạt 40% khối lượng."):
        got = pairs(run(lead + line))
        assert got == {("các nhà thầu", "tập trung nhân lực cho gói thầu số 3")}, line
