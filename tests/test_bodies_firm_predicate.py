"""A company's name ends where its sentence's predicate opens: after the firm's own name (a proper noun of the
tagger's), a lower-case adjective or adverb before a verb ("[chủ yếu] xuất khẩu", "[cơ bản] đáp ứng", "[chuyên] kinh
doanh", "[khoảng] từ") or "và" with a common noun ("[và chính quyền] địa phương") is not the name's; lines of
business printed in title case and a region after them stay in it ("Tổng Công ty Điện Lực miền Nam")
(extract/bodies/firm_ends.py; constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Công ty Cà phê Tân Nguyên chủ yếu xuất khẩu sang châu Âu, ông Lê Văn Tâm cho biết.", "Công ty Cà phê Tân Nguyên"),
    ("Theo bà Trần Thị Mai, Công ty Thủy sản Hòa Phong chủ yếu xuất khẩu tôm sang Nhật Bản.",
     "Công ty Thủy sản Hòa Phong"),
    ("Công ty Dệt may Phú Lâm chủ yếu bán hàng cho đối tác Hàn Quốc.", "Công ty Dệt may Phú Lâm"),
    ("Công ty Minh Phát chủ yếu kinh doanh gạo, ông Võ Văn Ba nói.", "Công ty Minh Phát"),
    ("Ông Lê Văn Tâm ký biên bản xác nhận Công ty Đông Hải Petro cơ bản đáp ứng các điều kiện kinh doanh.",
     "Công ty Đông Hải Petro"),
    ("Năm 2001 ông Lê Văn Tâm lập Công ty Hòa Bình Xanh chuyên kinh doanh gỗ.", "Công ty Hòa Bình Xanh"),
    ("Giá bán của Công ty Tấn Phát khoảng từ 60.000 đồng/kg, bà Trần Thị Mai khai.", "Công ty Tấn Phát"),
    ("Cơ sở được phát triển bởi Công ty Công nghệ Số Tân Phong và chính quyền địa phương.",
     "Công ty Công nghệ Số Tân Phong"),
    ("Đại diện Công ty Hưng Thịnh và chính quyền xã Tân Lập đã ký biên bản với ông Võ Văn Ba.", "Công ty Hưng Thịnh"),
])
def test_the_predicate_after_the_own_name_ends_the_name(text, body):
    names = tagged_body_names(text)
    assert body in names and not any(n.startswith(body + " ") for n in names)


@pytest.mark.parametrize("text, body", [
    # title-cased lines of business and a region after them stay in the name
    ("Ông Trần Minh Khoa, Giám đốc Tổng Công ty Điện Lực miền Nam, cho biết sản lượng điện tăng.",
     "Tổng Công ty Điện Lực miền Nam"),
    ("Bà Lê Thu Hà cho biết Công ty Lọc Hóa dầu Bình Sơn đạt giải thưởng doanh nghiệp bền vững.",
     "Công ty Lọc Hóa dầu Bình Sơn"),
    ("Tổng công ty Điện lực miền Trung khuyến cáo người dân tiết kiệm điện khi nắng nóng, ông Võ Văn Thanh cho biết.",
     "Tổng công ty Điện lực miền Trung"),
    ("Công ty Phú Thịnh Bình Dương cho biết ông Nguyễn Văn An đã nghỉ việc.", "Công ty Phú Thịnh Bình Dương"),
    ("Tổng công ty Tân Cảng Miền Bắc khẳng định ông Lê Văn Hòa không còn làm việc tại đây.",
     "Tổng công ty Tân Cảng Miền Bắc"),
    # a capitalized field after "và" is the name's
    ("Công ty Cổ phần Khoan và Dịch vụ Khoan Biển Đông vừa công bố kết quả, ông Trần Văn Tú cho biết.",
     "Công ty Cổ phần Khoan và Dịch vụ Khoan Biển Đông"),
    # other topics: a film studio, a water company, a steel maker with a partner, a person named in each
    ("Công ty Điện ảnh Sao Mai phát hành bộ phim mới của đạo diễn Lê Hoàng.", "Công ty Điện ảnh Sao Mai"),
    ("Theo ông Đỗ Văn Bình, Công ty Cổ phần Nước sạch Thái Bình đầu tư thêm 50 tỉ đồng.",
     "Công ty Cổ phần Nước sạch Thái Bình"),
    ("Tổng công ty Thép Hòa Bình Việt Nam và đối tác Nhật Bản đã ký thỏa thuận, ông Lý Văn Sáu cho biết.",
     "Tổng công ty Thép Hòa Bình Việt Nam"),
    ("Hãng phim Sao Sáng và Công ty Truyền thông Nam Việt sẽ phát hành phim của đạo diễn Lê Hoàng.",
     "Công ty Truyền thông Nam Việt"),
])
def test_near_misses_keep_their_names(text, body):
    assert body in tagged_body_names(text)


def test_a_school_is_no_firm():
    # the rule ends only a company's name: a school's head keeps its own reading
    text = "Ông Ngô Văn Tâm, Hiệu trưởng Trường Đại học Khoa học xã hội và Nhân văn Phú Xuân, phát biểu."
    assert "Trường Đại học Khoa học xã hội và Nhân văn Phú Xuân" in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    # the comparative "hơn" (a topic_stop) ends the name wherever it stands: before a quantity, a noun, an adjective
    ("Thành phố đã chi trả cho Công ty Minh Long hơn 12 tỉ đồng tiền bồi thường.", "Công ty Minh Long"),
    ("Năm nay Công ty Sông Hậu lãi hơn năm ngoái, bà Trần Thị Mai cho biết.", "Công ty Sông Hậu"),
])
def test_a_comparative_ends_the_name(text, body):
    names = tagged_body_names(text)
    assert body in names and not any(n.startswith(body + " ") for n in names)
