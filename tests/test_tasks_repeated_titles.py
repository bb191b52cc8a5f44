"""Task family of one title printed before each office of an assignee list, on constructed sentences:
"yêu cầu bộ trưởng Bộ A, bộ trưởng Bộ B ...", "đề nghị Giám đốc Bệnh viện A và giám đốc Bệnh viện B ..." is one
task per office, its title capitalized (the gold writes one task per assignee of an action).

Each office after the title must be a body the bodies stage read whole, ending its item: a person's name
ending the list (one person holding both offices) or an office the assignee cuts short keeps the phrase whole.

Near misses: one office alone, a later item with no name after the title ("giám đốc các bệnh viện"), two
different titles, and a title list whose later items are no offices of the same title."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignees, action", [
    ("Văn bản của Chính phủ đề nghị bộ trưởng Bộ Tư pháp, bộ trưởng Bộ Nội vụ sớm trình phương án sửa đổi chính sách "
     "vay mua căn hộ cho người trẻ.",
     ["Bộ trưởng Bộ Tư pháp", "Bộ trưởng Bộ Nội vụ"], "sớm trình phương án sửa đổi chính sách vay mua căn hộ cho người trẻ"),
    ("Bộ Y tế đề nghị Giám đốc Bệnh viện Bạch Mai, giám đốc Bệnh viện Chợ Rẫy rà soát quy trình cấp cứu người "
     "bệnh nặng.",
     ["Giám đốc Bệnh viện Bạch Mai", "Giám đốc Bệnh viện Chợ Rẫy"], "rà soát quy trình cấp cứu người bệnh nặng"),
    ("Thủ tướng yêu cầu Bộ trưởng Bộ Ngoại giao, Bộ trưởng Bộ Công Thương và Bộ trưởng Bộ Nông nghiệp và Môi "
     "trường phối hợp tháo gỡ vướng mắc cho hàng nông sản xuất khẩu.",
     ["Bộ trưởng Bộ Ngoại giao", "Bộ trưởng Bộ Công Thương", "Bộ trưởng Bộ Nông nghiệp và Môi trường"],
     "phối hợp tháo gỡ vướng mắc cho hàng nông sản xuất khẩu"),
])
def test_each_office_its_task(run, text, assignees, action):
    assert pairs(run(text)) == {(a, action) for a in assignees}


@pytest.mark.parametrize("text, assignee", [
    ("Bộ Y tế đề nghị Giám đốc Sở Y tế Hà Nội và giám đốc các bệnh viện tuyến huyện rà soát quy trình cấp cứu.",
     "Giám đốc Sở Y tế Hà Nội và giám đốc các bệnh viện tuyến huyện"),
    ("Thủ tướng yêu cầu Bộ trưởng Bộ Tài chính khẩn trương trình phương án giảm thuế cho hộ kinh doanh nhỏ.",
     "Bộ trưởng Bộ Tài chính"),
])
def test_one_assignee_kept_whole(run, text, assignee):
    assert one(run(text)).assignee == assignee


@pytest.mark.parametrize("text", [
    # one person holding two offices of the same title: the name ends the list
    "Ban Thường vụ yêu cầu Bí thư Huyện ủy, Bí thư Đảng ủy Quân sự huyện Đinh Công Tráng chủ trì buổi tập dượt "
    "phương án phòng thủ.",
    "Thường trực Thành ủy đề nghị Phó Bí thư Thành ủy, Phó Bí thư Ban cán sự đảng UBND thành phố Vũ Thị Hạnh "
    "chỉ đạo rà soát danh mục đầu tư công.",
    # an office cut short by the assignee's boundary ("Phòng" of "Phòng giao dịch số 2", "... cử cán bộ")
    "Ngân hàng đề nghị giám đốc Chi nhánh số 4, giám đốc Phòng giao dịch số 7 rà soát lại các khoản vay quá hạn.",
    "Phó Thủ tướng yêu cầu bộ trưởng Bộ Công Thương, bộ trưởng Bộ Khoa học và Công nghệ cử chuyên gia tham gia tổ "
    "công tác liên ngành.",
])
def test_no_split_unless_each_office_is_whole(run, text):
    tasks = run(text)
    assert tasks, "the base reading stays"
    assert all("," in t.assignee for t in tasks), [t.assignee for t in tasks]
