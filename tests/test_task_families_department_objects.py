"""A cue's object printed in lower case as a department or students abroad: "yêu cầu / đề nghị /
chỉ đạo" + "(các) phòng kinh tế", "các phòng chức năng", "các phòng giáo dục và đào tạo", "các du học
sinh" (cue_agent heads: an assignee only as a cue's object, the whole head kept in the assignee).
Bare too, the whole head read though the tagger reads its field as a verb ("phòng quản lý đô thị").
"có" (possess) after the students is a requirement, no task; "tự" opens the action.
Constructed sentences; "phòng" that is a verb ("phòng chống", "phòng cháy") or a room, and these heads as
a subject or after no cue, assign nothing."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Chiều 12-3, bà Lê Thị Hoa yêu cầu phòng kinh tế lập danh sách các chợ xuống cấp.",
     "phòng kinh tế", "lập danh sách các chợ xuống cấp"),
    ("Tổng lãnh sự Trần Văn Khoa yêu cầu các phòng chức năng của Tổng lãnh sự quán rút ngắn thời gian "
     "cấp hộ chiếu.",
     "các phòng chức năng của Tổng lãnh sự quán", "rút ngắn thời gian cấp hộ chiếu"),
    ("Sở Giáo dục và Đào tạo tỉnh Hà Lâm đề nghị các phòng giáo dục và đào tạo kiểm tra bếp ăn bán trú.",
     "các phòng giáo dục và đào tạo", "kiểm tra bếp ăn bán trú"),
    ("Ông Hà Minh Quân chỉ đạo các phòng chuyên môn rà soát hồ sơ đất đai.",
     "các phòng chuyên môn", "rà soát hồ sơ đất đai"),
    ("Đại sứ Nguyễn Văn Bình đề nghị các du học sinh đăng ký công dân với Đại sứ quán.",
     "các du học sinh", "đăng ký công dân với Đại sứ quán"),
    ("Ông Nguyễn Văn Bình đề nghị mỗi du học sinh Việt Nam tại Hungary tham gia hội sinh viên.",
     "mỗi du học sinh Việt Nam tại Hungary", "tham gia hội sinh viên"),
    # bare, with a field the tagger reads as a verb: the whole head stays in the assignee
    ("UBND huyện Tân Lạc yêu cầu phòng quản lý đô thị xử lý dứt điểm các công trình lấn chiếm.",
     "phòng quản lý đô thị", "xử lý dứt điểm các công trình lấn chiếm"),
    ("Ông Lê Văn Tâm yêu cầu phòng tổ chức cán bộ rà soát hồ sơ nhân sự.",
     "phòng tổ chức cán bộ", "rà soát hồ sơ nhân sự"),
    ("Chủ tịch huyện đề nghị phòng văn hóa và thông tin xử lý các biển quảng cáo sai phép.",
     "phòng văn hóa và thông tin", "xử lý các biển quảng cáo sai phép"),
    ("Bà Đỗ Thu Hằng yêu cầu phòng đào tạo công bố lịch thi học kỳ.",
     "phòng đào tạo", "công bố lịch thi học kỳ"),
    ("UBND xã Hòa Phong đề nghị phòng nông nghiệp và phát triển nông thôn hướng dẫn nông dân gieo sạ.",
     "phòng nông nghiệp và phát triển nông thôn", "hướng dẫn nông dân gieo sạ"),
    ("Sở Giáo dục đề nghị phòng giáo dục và đào tạo kiểm tra việc dạy thêm.",
     "phòng giáo dục và đào tạo", "kiểm tra việc dạy thêm"),
    # "tự" (on one's own) opens the action
    ("Đại sứ Phạm Quốc Trung đề nghị mỗi du học sinh tự bảo vệ mình trước các chiêu lừa đảo.",
     "mỗi du học sinh", "tự bảo vệ mình trước các chiêu lừa đảo"),
])
def test_a_department_or_students_as_a_cue_object(run, text, assignee, action) -> None:
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text", [
    "Ủy ban nhân dân tỉnh yêu cầu phòng chống dịch bệnh hiệu quả.",  # "phòng chống": a verb
    "Chủ tịch tỉnh đề nghị phòng cháy chữa cháy tại các chợ.",
    "Ông Nam yêu cầu phòng họp được dọn dẹp trước 8 giờ.",  # a room
    "Bộ Y tế đề nghị phòng, chống dịch sởi ở trẻ em.",
    "Trưởng phòng kinh tế huyện cho biết các dự án đang chậm tiến độ.",  # no cue
    "Phòng kinh tế đã tham mưu cho UBND huyện nhiều giải pháp.",  # a subject
    "Các du học sinh Việt Nam tại Lào đã tham gia lễ kỷ niệm.",
    "Công ty mở thêm chi nhánh tại Đà Nẵng để phục vụ khách hàng.",
    # an entry requirement ("có": possess), no task
    "Nhiều trường đại học ở Hàn Quốc yêu cầu du học sinh có chứng chỉ tiếng Hàn cấp 3.",
    "Trường Đại học Vân Hà yêu cầu các du học sinh có bảo hiểm y tế.",
    # a bare cue_agent head with no verb inside is read as before: a sentencing proposal, no task
    "Đại diện viện kiểm sát đề nghị bị cáo Lâm 2 năm - 2 năm 6 tháng cải tạo không giam giữ.",
    # a movement right after the students qualifies them (those back home): no task read
    "Ông Lê Minh Khôi đề nghị các du học sinh về nước báo cáo với nhà trường.",
])
def test_the_heads_outside_a_cue_or_phong_as_a_verb_assign_nothing(run, text) -> None:
    assert run(text) == []
