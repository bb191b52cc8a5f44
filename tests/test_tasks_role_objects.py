"""Task family of people and parties named by their role as a cue's object, on constructed sentences with
several variants: "yêu cầu các hộ chăn nuôi ...", "yêu cầu học sinh, sinh viên ...", "yêu cầu chủ đất ...",
"đề nghị bà con ...", "chỉ đạo kế toán ...", "yêu cầu các nhà thuốc ...", "kêu gọi / thúc giục các nước ...". These heads (``cue_agent``)
are assignees only right after a cue. Near misses: the same words as the subject of an opinion or a report,
a subject with no cue, a head pointing back with a demonstrative ("yêu cầu nước này ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND tỉnh yêu cầu học sinh, sinh viên ký cam kết không sử dụng pháo nổ.",
     "học sinh, sinh viên", "ký cam kết không sử dụng pháo nổ"),
    ("UBND xã yêu cầu chủ đất phải san lấp các hố sâu trả lại hiện trạng ban đầu.",
     "chủ đất", "san lấp các hố sâu trả lại hiện trạng ban đầu"),
    ("Ông Phương đề nghị bà con tiếp tục gửi ý kiến để đoàn đại biểu theo dõi.",
     "bà con", "tiếp tục gửi ý kiến để đoàn đại biểu theo dõi"),
    ("Giám đốc công ty chỉ đạo kế toán lập báo cáo tài chính hằng tháng.",
     "kế toán", "lập báo cáo tài chính hằng tháng"),
    ("Liên minh châu Âu kêu gọi các nước thành viên tuân thủ phán quyết của tòa.",
     "các nước thành viên", "tuân thủ phán quyết của tòa"),
    ("Tổng thống Ukraine thúc giục các nước phương Tây cung cấp thêm hệ thống phòng không.",
     "các nước phương Tây", "cung cấp thêm hệ thống phòng không"),
    ("Sở Y tế yêu cầu các nhà thuốc phải niêm yết giá bán lẻ từng loại thuốc.",
     "các nhà thuốc", "niêm yết giá bán lẻ từng loại thuốc"),
])
def test_a_role_named_after_a_cue(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Tổng thống khẳng định hai nước cần đẩy mạnh hợp tác trong các lĩnh vực truyền thống.",
    "Học sinh, sinh viên đã tham gia dọn vệ sinh sau bão.",
    "Bà con phấn khởi khi con đường mới được khánh thành.",
    "Các nước phương Tây đã cung cấp thêm vũ khí cho Ukraine.",
    "Bộ Ngoại giao yêu cầu nước này chấm dứt ngay các hoạt động vi phạm chủ quyền.",
    "Bộ Ngoại giao đề nghị nước đó rút tàu khỏi vùng biển của Việt Nam.",
    "UBND xã yêu cầu các hộ này tháo dỡ công trình trái phép.",
])
def test_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee", [
    ("Bộ Ngoại giao yêu cầu các nước liên quan tôn trọng chủ quyền của Việt Nam.", "các nước liên quan"),
    ("UBND xã yêu cầu các hộ dân tháo dỡ công trình trái phép.", "các hộ dân"),
])
def test_a_role_without_a_demonstrative_is_addressed(run, text, assignee):
    assert assignee in {t.assignee for t in run(text)}
