"""A two-syllable Vietnamese given name printed alone after a kin word of address (person_context.tsv given_pair:
"anh", "chị", "cô", "thầy", "em", "cháu", "bé", "cụ") is a person when its first syllable is no known family name
and no name of the article ends in it ("cô Thục Quyên - giáo viên ...", "anh Hẳn Sẩu (33 tuổi)"). A longer name
printed elsewhere takes it ("Đỗ Thị Vân Anh" ... "chị Vân Anh"); a place, a body, a figure of tales or an honorific
after the kin word is none. Constructed sentences, invented names."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Trong khi đó, cô Diệu Khanh - giáo viên một trường ở Cần Thơ - mang tới bài giảng về xác suất.", "Diệu Khanh"),
    ("Nhận học bổng cho con, anh Vừ Sình (35 tuổi, dân tộc Mông) cho biết rất vui.", "Vừ Sình"),
    ("Em Khánh Vy, học sinh lớp 4 Trường tiểu học Hòa Bình, vui vẻ khoe cuốn sách mới.", "Khánh Vy"),
    ("Những ngày mưa, các cô giáo như cô Nhàn, cô Thúy Hạnh vẫn lội bùn tới lớp.", "Thúy Hạnh"),
    ("Gặp chúng tôi tại chợ, chị Ngọc Duyên kể giá rau đã tăng gấp đôi sau bão.", "Ngọc Duyên"),
    ("Sau trận lũ, thầy Quốc Bảo cùng học trò dọn dẹp lớp học suốt hai ngày.", "Quốc Bảo"),
])
def test_a_two_syllable_given_name_after_a_kin_word(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Bà Tạ Thị Vân Khánh đến phường làm thủ tục. Chị Vân Khánh cho biết chỉ mất 15 phút.",
     "Tạ Thị Vân Khánh", "Vân Khánh"),
    ("Hồ sơ ghi Lò Văn Hữu Tài là người nhận tiền. Tại tòa, anh Hữu Tài khai nhận toàn bộ.", None, "Hữu Tài"),
])
def test_a_longer_name_takes_the_given_pair(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert short not in names
    if full:
        assert full in names


@pytest.mark.parametrize(("text", "wrong"), [
    # places and a team after a kin word, a person named beside them
    ("Ông Trịnh Văn Lực cho biết chị em Hà Nội ủng hộ hàng tấn gạo cho bà con vùng lũ.", "Hà Nội"),
    ("Tiền vệ Lâm Quốc Toản nói các em Đồng Nai thi đấu rất quyết tâm trước Sông Lam Nghệ An.", "Đồng Nai"),
    ("Bà Châu Thị Mến kể các cháu Bác Hồ ở trường đã quyên góp sách cho vùng cao.", "Bác Hồ"),
    # a figure of tales and a film title read by a critic
    ("Nhà phê bình Kiều Văn Sơn nhận xét vai cô Tấm Cám trong phim mới còn non tay.", "Tấm Cám"),
    # a body after a kin word in business and weather news
    ("Giám đốc Phan Hữu Lộc cho biết anh em Công ty Hoàng Phát đã làm việc xuyên đêm.", "Hoàng Phát"),
    ("Theo ông Lưu Quang Vĩnh, cô Ba Sài Gòn là thương hiệu bánh mì của gia đình.", "Ba Sài"),
    # a province after "em" in sport news
    ("Thủ môn Lò Văn Hải, một người em Quảng Trị, đã cản phá xuất sắc quả phạt đền.", "Quảng Trị"),
])
def test_no_given_pair(pipeline, text, wrong):
    names = person_names(pipeline, text)
    assert wrong not in names



@pytest.mark.parametrize(("text", "full", "short"), [
    # a longer name takes the pair only when it ends in both whole words
    ("Ông Trần Đức Xuyên Hoa làm tổ trưởng. Trong tổ, chị Uyên Hoa phụ trách sổ sách.",
     "Trần Đức Xuyên Hoa", "Uyên Hoa"),
    ("Ông Đinh Công Khải Minh đọc diễn văn. Sau đó, anh Hải Minh tặng hoa cho khách.",
     "Đinh Công Khải Minh", "Hải Minh"),
])
def test_a_longer_name_ending_inside_a_word_takes_no_pair(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert full in names and short in names
