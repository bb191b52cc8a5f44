"""Central departments whose official name holds a comma (a list of fields) stay whole (constructed sentences).

The reader stops a department's name at a comma; the gazetteer (data/bodies.tsv) names these whole, and its variant
is the form printed without the comma. Near-misses: the same fields in ordinary sentences, other departments
followed by a comma and their ministry.
"""

import pytest

from conftest import body_names

CLINICS = "Cục Quản lý khám, chữa bệnh"
BROADCAST = "Cục Phát thanh, Truyền hình và Thông tin điện tử"
PRISONS = "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng"


@pytest.mark.parametrize("text, body", [
    ("Theo ông Lương Văn Tấn, cục trưởng Cục Quản lý khám, chữa bệnh, Bộ Y tế, tình trạng quá tải đã giảm.", CLINICS),
    ("Cục Quản lý khám chữa bệnh (Bộ Y tế) vừa có văn bản gửi các bệnh viện.", CLINICS),
    ("Bà Đinh Thị Mây, phó cục trưởng Cục Quản lý khám, chữa bệnh, cho biết như vậy.", CLINICS),
    ("Cục Phát thanh, Truyền hình và Thông tin điện tử đã xử phạt một công ty trò chơi.", BROADCAST),
    ("Theo Cục Phát thanh Truyền hình và Thông tin điện tử, nhiều trang mạng vi phạm bản quyền.", BROADCAST),
    ("Ông Hà Quang Vinh (Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng, Bộ Công an) "
     "phát biểu tại hội nghị.", PRISONS),
])
def test_a_department_named_with_a_comma_is_one_body(text, body):
    names = body_names(text)
    assert body in names
    assert "Cục Quản lý" not in names and "Cục Cảnh sát" not in names


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Khải được đưa đi khám, chữa bệnh tại Bệnh viện Hữu Nghị.",
    "Cục Quản lý dược, Bộ Y tế cho biết đã thu hồi lô thuốc kém chất lượng.",
    "Đài Phát thanh, Truyền hình tỉnh Bình Định phát sóng chương trình mới, ông Võ Minh Hải cho biết.",
    "Cục trưởng Cục Cảnh sát hình sự, Bộ Công an, ông Phạm Đức Long chỉ đạo phá án.",
    "Cục Cảnh sát hình sự phối hợp Bộ Tư pháp rà soát hồ sơ, bà Nguyễn Thị Lan cho biết.",
    "Cục An ninh mạng và Bộ Thông tin và Truyền thông ký quy chế phối hợp.",
    "Bà Lê Thị Hoa thăm các trại giam, cơ sở giáo dục bắt buộc và trường giáo dưỡng của Bộ Công an.",
])
def test_ordinary_sentences_name_no_comma_department(text):
    names = body_names(text)
    assert not {CLINICS, BROADCAST, PRISONS} & set(names)
