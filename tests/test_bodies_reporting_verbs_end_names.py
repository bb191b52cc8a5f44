"""A reporting or readiness verb the tagger may read as a noun ("khuyến cáo", "ghi nhận", "sẵn sàng") ends a body's
lower-case tail: the next clause starts there (topic_stop rows; constructed sentences, invented names and places)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Sáu tháng đầu năm, Chi cục Thuế khu vực IV ghi nhận số thu tăng 20%.", "Chi cục Thuế khu vực IV"),
    ("Cục Quản lý lao động ngoài nước khuyến cáo người lao động, ông Lê Văn Mạnh cho biết.",
     "Cục Quản lý lao động ngoài nước"),
    ("Liên đoàn Quần vợt Tân An sẵn sàng đăng cai giải, ông Hà Văn Bảy cho biết.", "Liên đoàn Quần vợt Tân An"),
    ("Trung tâm Cứu hộ động vật hoang dã Hòa Lạc ghi nhận 12 cá thể rùa quý hiếm.",
     "Trung tâm Cứu hộ động vật hoang dã Hòa Lạc"),
    ("Ban Quản lý vườn quốc gia Bạch Sơn khuyến cáo du khách không đốt lửa.", "Ban Quản lý vườn quốc gia Bạch Sơn"),
])
def test_the_verb_ends_the_name(text, body):
    assert body_names(text) == [body]
    assert extracted_body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    # near misses: the words inside other names, or no body before the verb, change nothing
    ("Trung tâm Khuyến nông quốc gia phối hợp với Sở Nông nghiệp tỉnh Tân An.", "Trung tâm Khuyến nông quốc gia"),
    ("Ủy ban Chứng khoán Nhà nước ghi nhận 3 vi phạm của Công ty cổ phần Chứng khoán Hòa Bình.",
     "Công ty cổ phần Chứng khoán Hòa Bình"),
    ("Bệnh viện Bạch Mai khuyến cáo người bệnh tái khám; ông Đào Văn Cường phát biểu.", "Bệnh viện Bạch Mai"),
    ("Lực lượng sẵn sàng chiến đấu của Bộ Chỉ huy Quân sự tỉnh Tân An diễn tập.", "Bộ Chỉ huy Quân sự tỉnh Tân An"),
    ("Hiệu trưởng Trần Văn Hòa cho biết Trường đại học Quốc tế Hồng Bàng sẵn sàng hợp tác với đối tác Nhật Bản.",
     "Trường Đại học Quốc tế Hồng Bàng"),
])
def test_near_misses(text, body):
    assert body in body_names(text)
