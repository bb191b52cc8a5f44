"""Bodies: a name's lower-case tail that the tagger reads as verbs goes on when its parent body closes it, after
"trực thuộc"/"thuộc" or in parentheses ("Viện Nghiên cứu quản lý rừng trực thuộc Tổng cục X"); without such a
closer the words are a clause and the name stays short (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A làm việc tại Viện Nghiên cứu quản lý rừng núi trực thuộc Tổng cục Lâm nghiệp từ năm 2010.",
     "Viện Nghiên cứu quản lý rừng núi"),
    ("Hồ sơ được chuyển cho Trung tâm Kiểm nghiệm bảo quản hạt giống thuộc Cục Trồng trọt để thẩm định.",
     "Trung tâm Kiểm nghiệm bảo quản hạt giống"),
    ("Năm ngoái, Cục Điều phối giám sát nguồn nước (Bộ Nông nghiệp) đã lắp thêm 40 trạm đo.",
     "Cục Điều phối giám sát nguồn nước"),
    ("Lãnh đạo Cục Kỹ thuật điều tra khí tượng (Bộ Tài nguyên) cho biết mạng lưới trạm đã được nâng cấp.",
     "Cục Kỹ thuật điều tra khí tượng"),
    # a verb joined to the name by "và" is a field of it; a board ranks below a people's committee
    ("Hồ sơ gửi Trung tâm Kiểm định và đánh giá chất lượng nông sản (Cục Trồng trọt) trước ngày 15.",
     "Trung tâm Kiểm định và đánh giá chất lượng nông sản"),
    ("Bà C từng làm việc tại Ban Phát triển quản lý chợ đầu mối thuộc UBND tỉnh Hòa Bình.",
     "Ban Phát triển quản lý chợ đầu mối"),
])
def test_a_parent_closes_the_lower_case_tail(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, name", [
    ("Hội Phụ nữ tổ chức hội thảo.", "Hội Phụ nữ"),
    ("Hội Phụ nữ tổ chức hội thảo thuộc Bộ Y tế.", "Hội Phụ nữ"),  # a clause word: no name goes on
    ("Viện Nghiên cứu quản lý rừng núi tại Tổng cục Lâm nghiệp vừa họp.", "Viện Nghiên cứu"),  # no closer
    ("Viện Nghiên cứu đánh giá rừng thuộc diện nghèo kiệt.", "Viện Nghiên cứu"),  # "thuộc" before no body
    ("Cục Kỹ thuật điều tra vụ việc (theo báo cáo của Bộ Công an).", "Cục Kỹ thuật"),  # no body in parentheses
    # a reporting verb ends the tail before any closer
    ("Viện Kinh tế đánh giá doanh nghiệp thuộc Bộ Công Thương.", "Viện Kinh tế"),
    # after "thuộc", the parent is a clause's subject when a verb follows it
    ("Viện Vắc xin tiêm chủng trẻ em thuộc Bộ Y tế quản lý.", "Viện Vắc xin"),
    # a sentence in brackets, and a parent whose head ranks no higher than the unit's
    ("Công ty Hòa Phát báo lãi (Tập đoàn Hòa Phát công bố số liệu).", "Công ty Hòa Phát"),
    ("Trung tâm Đào tạo bồi dưỡng giáo viên (Trường Đại học Sư phạm) vừa khai giảng.", "Trung tâm Đào tạo"),
])
def test_without_a_closer_the_name_stays_short(text, name):
    names = extracted_body_names(text)
    assert not any(n.startswith(name + " ") for n in names), names
