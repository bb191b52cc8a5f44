"""Task pattern family of a capitalized head word standing for the body the article named before it: a leader
speaking to an organization ("Hội cần tiếp tục ...", "đề nghị Sở rà soát ...", "Tập đoàn cần ...") assigns the
duty to that body, named in full as printed before. A head with no such body before it stays bare, and
"Hội" never points back to a "Hội đồng ..." (a council is no association)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Hội Cựu chiến binh xã Tân Lập tổng kết năm. Phát biểu tại hội nghị, Bí thư Đảng ủy xã Lê Văn Toàn nhấn "
     "mạnh, Hội cần giữ vững vai trò nòng cốt trong các phong trào ở khu dân cư.",
     "Hội Cựu chiến binh xã Tân Lập", "giữ vững vai trò nòng cốt trong các phong trào ở khu dân cư"),
    ("Hội Nông dân xã Đồng Tâm ra mắt tổ hợp tác nuôi ong. Chủ tịch UBND xã Trần Thị Lan đề nghị Hội hướng dẫn "
     "hội viên ghi chép sổ sách thu chi minh bạch.",
     "Hội Nông dân xã Đồng Tâm", "hướng dẫn hội viên ghi chép sổ sách thu chi minh bạch"),
    ("Tập đoàn Hòa Phát khánh thành dây chuyền cán thép. Phó Thủ tướng Trần Văn Nam lưu ý, Tập đoàn cần bảo đảm "
     "việc làm ổn định cho người lao động địa phương.",
     "Tập đoàn Hòa Phát", "bảo đảm việc làm ổn định cho người lao động địa phương"),
    ("Bộ Nội vụ vừa họp giao ban tháng. Thứ trưởng Lê Văn Hòa cho biết, Bộ cần hoàn thành hai đề án "
     "về tinh giản biên chế trước tháng 9.",
     "Bộ Nội vụ", "hoàn thành hai đề án về tinh giản biên chế"),
    ("Sở Xây dựng tỉnh Nam Định vừa gửi báo cáo tiến độ. Chủ tịch UBND tỉnh Lê Hùng giao Sở kiểm đếm "
     "các khu nhà ở xã hội chậm tiến độ.",
     "Sở Xây dựng tỉnh Nam Định", "kiểm đếm các khu nhà ở xã hội chậm tiến độ"),
])
def test_a_head_word_names_the_body_before_it(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND tỉnh Lê Hùng giao Sở kiểm đếm các khu nhà ở xã hội chậm tiến độ.",
     "Sở", "kiểm đếm các khu nhà ở xã hội chậm tiến độ"),
    ("Hội đồng nhân dân xã Tân Lập họp phiên đầu năm. Bí thư Đảng ủy xã Lê Văn Toàn đề nghị Hội giữ vững vai trò "
     "nòng cốt trong các phong trào ở khu dân cư.",
     "Hội", "giữ vững vai trò nòng cốt trong các phong trào ở khu dân cư"),
])
def test_no_body_before_it_the_head_stays(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
