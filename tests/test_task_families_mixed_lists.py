"""Task family of mixed assignee lists, on constructed sentences: one action written once for named bodies
and collectives together ("các bộ phận chuyên môn, Thanh tra Sở Giao thông vận tải ...") is a task for each
listed assignee, the way the gold writes them; a list of one group ("các bộ, cơ quan ngang bộ", "Chính phủ,
các bộ, ngành"), a shared scope ("... trên địa bàn tỉnh") or a name inside a collective keeps it whole, and
an ordinary sentence with such a list (no cue) gives no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, expected", [
    ("Sở Giao thông vận tải yêu cầu các bộ phận chuyên môn, Thanh tra Sở Giao thông vận tải kiểm tra lại "
     "toàn bộ hồ sơ đăng kiểm.",
     {("các bộ phận chuyên môn", "kiểm tra lại toàn bộ hồ sơ đăng kiểm"),
      ("Thanh tra Sở Giao thông vận tải", "kiểm tra lại toàn bộ hồ sơ đăng kiểm")}),
    ("Phó Thủ tướng yêu cầu các tỉnh, các Chủ đầu tư, Ban Quản lý dự án, nhà thầu thi công tập trung "
     "đẩy nhanh tiến độ tuyến đường ven biển.",
     {("các tỉnh", "tập trung đẩy nhanh tiến độ tuyến đường ven biển"),
      ("các Chủ đầu tư", "tập trung đẩy nhanh tiến độ tuyến đường ven biển"),
      ("Ban Quản lý dự án", "tập trung đẩy nhanh tiến độ tuyến đường ven biển"),
      ("nhà thầu thi công", "tập trung đẩy nhanh tiến độ tuyến đường ven biển")}),
    ("Ông Lê Văn Khải đề nghị Hội Nông dân tỉnh và các đoàn thể chính trị tuyên truyền cho bà con về "
     "chính sách mới.",
     {("Hội Nông dân tỉnh", "tuyên truyền cho bà con về chính sách mới"),
      ("các đoàn thể chính trị", "tuyên truyền cho bà con về chính sách mới")}),
    ("Bộ Công Thương yêu cầu Tổng công ty Điện lực miền Bắc và các công ty điện lực bảo đảm cung cấp "
     "điện trong dịp Tết.",
     {("Tổng công ty Điện lực miền Bắc", "bảo đảm cung cấp điện trong dịp Tết"),
      ("các công ty điện lực", "bảo đảm cung cấp điện trong dịp Tết")}),
])
def test_a_mixed_list_is_a_task_per_assignee(run, text, expected):
    assert pairs(run(text)) == expected


@pytest.mark.parametrize("text, assignee", [
    # one group: a generic noun after a shared determiner, a bare generic, a shared scope, a name inside
    ("Thủ tướng yêu cầu Chính phủ, các bộ, ngành tháo gỡ vướng mắc về trang thiết bị y tế.",
     "Chính phủ, các bộ, ngành"),
    ("Thủ tướng yêu cầu Bộ Tài chính, các bộ, cơ quan ngang bộ tổ chức phổ biến nghị định mới.",
     "Bộ Tài chính, các bộ, cơ quan ngang bộ"),
    ("UBND tỉnh yêu cầu Công an tỉnh Phú Yên và các lực lượng chức năng trên địa bàn tỉnh tăng cường tuần "
     "tra ban đêm.",
     "Công an tỉnh Phú Yên và các lực lượng chức năng trên địa bàn tỉnh"),
    ("Thủ tướng yêu cầu các Bộ và Ủy ban Dân tộc hoàn thành báo cáo đánh giá chính sách.",
     "các Bộ và Ủy ban Dân tộc"),
    ("Bí thư Tỉnh ủy yêu cầu Ban Tuyên giáo Tỉnh ủy và các cấp ủy Đảng tiếp tục tuyên truyền luật mới.",
     "Ban Tuyên giáo Tỉnh ủy và các cấp ủy Đảng"),
])
def test_a_list_of_one_group_stays_one_assignee(run, text, assignee):
    assert {a for a, _ in pairs(run(text))} == {assignee}


@pytest.mark.parametrize("text", [
    # ordinary news with a named body and a collective side by side: no cue, no task
    "Công ty Cổ phần Thép Minh Long và các đối tác nước ngoài vừa ký hợp đồng cung cấp thiết bị.",
    "Liên đoàn Bóng đá Việt Nam và các câu lạc bộ đã thống nhất lịch thi đấu của mùa giải mới.",
    "Công an quận Hoàng Mai cùng các lực lượng chức năng đã bắt giữ hai đối tượng trộm cắp xe máy.",
    "Trung tâm Dự báo khí tượng thủy văn quốc gia và các đài khí tượng khu vực đang theo dõi cơn bão.",
    "Nhà hát Lớn Hà Nội và các đoàn nghệ thuật tổ chức chuỗi chương trình biểu diễn dịp cuối năm.",
    "Liên Hợp Quốc và các tổ chức nhân đạo cho biết hơn 2 triệu người dân cần được hỗ trợ lương thực.",
])
def test_ordinary_news_with_a_mixed_list_gives_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, name", [
    ("Thủ tướng yêu cầu Bộ Nông nghiệp và Môi trường, các địa phương ven biển chủ động ứng phó với bão.",
     "Bộ Nông nghiệp và Môi trường"),
    ("UBND tỉnh yêu cầu Sở Tài nguyên và Môi trường, các xã ven sông kiểm tra việc khai thác cát trái phép.",
     "Sở Tài nguyên và Môi trường"),
    ("Phó Thủ tướng đề nghị Bộ Giáo dục và Đào tạo và các trường đại học công bố sớm đề án tuyển sinh.",
     "Bộ Giáo dục và Đào tạo"),
])
def test_a_name_holding_and_is_one_item(run, text, name):
    assignees = {a for a, _ in pairs(run(text))}
    assert not any(a in ("Môi trường", "Đào tạo") for a in assignees)
    assert any(a.startswith(name) for a in assignees)


def test_a_generic_collective_last_keeps_the_list_whole(run):
    text = "Thủ tướng yêu cầu Văn phòng Chính phủ và các bộ rà soát toàn bộ thủ tục hành chính trong năm."
    assert "các bộ" not in {a for a, _ in pairs(run(text))}
