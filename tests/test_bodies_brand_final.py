"""A company's or a university's name ends with its own name: after two capitalized syllables in a row ("Minh
Phát Hưng", "Hòa Khánh"), a lower-case word opening a new word of the tagger's is the clause, not the name
("Công ty Minh Phát Hưng [vinh dự nhận]"); a syllable inside the tagger's word goes on ("Thủ đô"), and a name
that reaches its own name only later keeps its lower-case fields ("Lọc hóa dầu", "Khoa học xã hội")
(brand_final_head rows of body_patterns.tsv; constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Công ty Minh Phát Hưng vinh dự nhận Bằng khen của Chủ tịch UBND tỉnh.", "Công ty Minh Phát Hưng"),
    ("Tổng công ty Phân bón Hòa Khánh vinh dự đón nhận Huân chương Lao động hạng Ba.",
     "Tổng công ty Phân bón Hòa Khánh"),
    ("Đoàn kiểm tra xác nhận Công ty Đông Hải Petro cơ bản đáp ứng các điều kiện kinh doanh.",
     "Công ty Đông Hải Petro"),
    ("Dự án của Công ty Long Hải Thủ đô tiến độ rất chậm so với cam kết.", "Công ty Long Hải Thủ đô"),
    ("Cơ sở được phát triển bởi Công ty Công nghệ Số Tân Phong và chính quyền địa phương.",
     "Công ty Công nghệ Số Tân Phong"),
])
def test_a_lower_case_word_after_the_own_name_ends_the_name(text, body):
    names = tagged_body_names(text)
    assert body in names and not any(n.startswith(body + " ") for n in names)


@pytest.mark.parametrize("text, body", [
    # the own name comes last: the lower-case fields before it go on
    ("Ông Lê Văn Hải, Giám đốc Công ty Cổ phần Lọc hóa dầu Phú Mỹ, cho biết nhà máy vận hành ổn định.",
     "Công ty Cổ phần Lọc hóa dầu Phú Mỹ"),
    ("Bà Trần Thị Lan làm việc tại Tổng công ty Cổ phần Khoan và Dịch vụ Khoan Biển Đông nhiều năm.",
     "Tổng công ty Cổ phần Khoan và Dịch vụ Khoan Biển Đông"),
    # a syllable inside the tagger's word after the own name goes on
    ("Ông Lý Văn Sơn, Tổng giám đốc Tổng công ty Cổ phần Dịch vụ Khoan Biển Dầu khí (PVD Sea), phát biểu.",
     "Tổng công ty Cổ phần Dịch vụ Khoan Biển Dầu khí"),
    ("Ông Lý Văn Sơn, Giám đốc Công ty Cổ phần Hóa chất Miền Nam Dầu khí (NDK), cho biết.",
     "Công ty Cổ phần Hóa chất Miền Nam Dầu khí"),
    ("Ông Phạm Văn Nam, Chủ tịch Công ty Long Hải Thủ đô, phát biểu tại hội nghị.", "Công ty Long Hải Thủ đô"),
    # no two capitalized syllables in a row before the lower-case words
    ("Ông Đỗ Minh Tuấn, Hiệu trưởng Trường Đại học Khoa học xã hội và Nhân văn Phú Xuân, phát biểu.",
     "Trường Đại học Khoa học xã hội và Nhân văn Phú Xuân"),
    ("Ông Ngô Văn Tâm, Tổng giám đốc Tập đoàn Dầu khí Quốc gia Việt Nam, cho biết sản lượng tăng.",
     "Tập đoàn Dầu khí Quốc gia Việt Nam"),
    # a legal form is no own name
    ("Bà Vũ Thị Hoa, Giám đốc Công ty TNHH MTV Xổ số kiến thiết Phú Yên, trao giải.",
     "Công ty trách nhiệm hữu hạn một thành viên Xổ số kiến thiết Phú Yên"),
    ("Công ty Cổ phần Đầu tư phát triển hạ tầng Tân Định vừa công bố kết quả kinh doanh.",
     "Công ty Cổ phần Đầu tư phát triển hạ tầng Tân Định"),
])
def test_a_name_that_reaches_its_own_name_later_keeps_its_fields(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    # other heads are no brand_final heads: their lower-case words after capitalized ones go on
    ("Ông Trần Quốc Bảo, Viện trưởng Viện Hàn lâm Khoa học xã hội Việt Nam, phát biểu khai mạc.",
     "Viện Hàn lâm Khoa học xã hội Việt Nam"),
    ("Đại tá Lê Văn Minh, Cục trưởng Cục Cảnh sát giao thông, chỉ đạo lực lượng.", "Cục Cảnh sát giao thông"),
])
def test_other_heads_keep_their_lower_case_words(text, body):
    assert body in tagged_body_names(text)
