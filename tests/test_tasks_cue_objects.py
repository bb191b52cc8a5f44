"""Task family of a cue's object and speaker, on constructed sentences with several variants:

* after a cue, an agent head of several syllables the tagger glued to its qualifier is still the assignee's
  head ("yêu cầu lực lượng vũ trang ...", "lực lượng chức năng");
* a foreign name whose first syllable is a universal word ("Ai Cập") is a name, not "ai" (who);
* an upper or lower house ("Thượng viện", "Hạ viện") is an agent;
* a country or organisation the tagger names right before a cue speaks it ("Trung Quốc đề nghị Mỹ ...");
* "chỉ thị cho" directs like "ra lệnh cho".

Near misses: a universal subject, a report with no cue, a country that only says something."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tổng thống Lê Minh Khang yêu cầu lực lượng vũ trang nâng cao chất lượng huấn luyện.",
     "lực lượng vũ trang", "nâng cao chất lượng huấn luyện"),
    ("Bộ trưởng Nguyễn Văn A đã yêu cầu lực lượng vũ trang tăng cường sẵn sàng chiến đấu.",
     "lực lượng vũ trang", "tăng cường sẵn sàng chiến đấu"),
    ("Chủ tịch UBND tỉnh yêu cầu lực lượng chức năng rà soát tất cả phương án chữa cháy trên địa bàn.",
     "lực lượng chức năng", "rà soát tất cả phương án chữa cháy trên địa bàn"),
])
def test_glued_head_after_a_cue(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch nước đề nghị Ai Cập hỗ trợ Việt Nam thành lập trung tâm chứng nhận sản phẩm.",
     "Ai Cập", "hỗ trợ Việt Nam thành lập trung tâm chứng nhận sản phẩm"),
    ("Thủ tướng đề nghị Ai Cập tạo điều kiện cho hàng nông sản Việt Nam vào thị trường khu vực.",
     "Ai Cập", "tạo điều kiện cho hàng nông sản Việt Nam vào thị trường khu vực"),
])
def test_foreign_name_opening_with_a_universal_word(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Ông Biden kêu gọi Thượng viện áp đặt lệnh trừng phạt đối với tòa án này.",
     "Thượng viện", "áp đặt lệnh trừng phạt đối với tòa án này"),
    ("Tổng thống đề nghị Hạ viện thông qua gói viện trợ mới trong tháng này.",
     "Hạ viện", "thông qua gói viện trợ mới"),  # "trong tháng này" is the deadline (the article's month)
])
def test_a_house_of_parliament_is_an_agent(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Hàn Quốc đề nghị Nhật Bản sớm nối lại đàm phán về hiệp định thương mại.",
     "Hàn Quốc", "Nhật Bản", "sớm nối lại đàm phán về hiệp định thương mại"),
    ("Nhật Bản yêu cầu Trung Quốc dỡ bỏ lệnh cấm nhập khẩu hải sản.",
     "Nhật Bản", "Trung Quốc", "dỡ bỏ lệnh cấm nhập khẩu hải sản"),
])
def test_a_country_speaks_a_cue(run, text, assigner, assignee, action):
    assert (assigner, assignee, action) in {(t.assigner, t.assignee, t.action) for t in run(text)}


@pytest.mark.parametrize("text, assignee, action", [
    ("Bà cho biết đã chỉ thị cho các cơ quan an ninh theo dõi tình hình.",
     "các cơ quan an ninh", "theo dõi tình hình"),
    ("Thủ tướng chỉ thị cho các bộ, ngành khẩn trương khắc phục hậu quả mưa lũ.",
     "các bộ, ngành", "khẩn trương khắc phục hậu quả mưa lũ"),
])
def test_chi_thi_cho_directs(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ai cũng phải tuân thủ quy định về phòng cháy.",
    "Tất cả các bên đều đề nghị giữ nguyên quy định hiện hành.",
    "Lực lượng vũ trang đã tham gia cứu hộ tại các xã vùng lũ.",
    "Trung Quốc cho biết sẽ tăng cường hợp tác với các nước trong khu vực.",
    "Mỹ và Trung Quốc đã nhất trí nối lại đối thoại quân sự.",
    "Đoàn công tác đến Ai Cập để tìm hiểu thị trường.",
])
def test_no_task(run, text):
    assert run(text) == []
