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
    # places after a kin word, no group word before it (each reaches the two-syllable check)
    ("Tối qua, chị Hà Nội của đội tuyển bóng chuyền đã ghi 20 điểm.", "Hà Nội"),
    ("Đội U15 thắng trận nhờ pha lập công của em Đồng Nai mặc áo số 9.", "Đồng Nai"),
    ("Năm nay em Long An giành giải nhất cuộc thi vẽ tranh thiếu nhi.", "Long An"),
    ("Thủ môn Lò Văn Hải, một người em Quảng Trị, đã cản phá xuất sắc quả phạt đền.", "Quảng Trị"),
    # an honorific and a figure of tales printed as the pair
    ("Là cháu Bác Hồ, học sinh trường làng luôn cố gắng học giỏi.", "Bác Hồ"),
    ("Nhà phê bình Kiều Văn Sơn nhận xét vai cô Tấm Cám trong phim mới còn non tay.", "Tấm Cám"),
])
def test_no_given_pair(pipeline, text, wrong):
    names = person_names(pipeline, text)
    assert wrong not in names


@pytest.mark.parametrize(("text", "wrong"), [
    # a title, an occupation or a body's head printed in title case after a kin word (titles.tsv,
    # person_honorifics.tsv, person_body_heads.txt): no given name
    ("Trong đêm chung kết, cô Hoa Hậu mỉm cười vẫy tay chào khán giả.", "Hoa Hậu"),
    ("Lúc đó anh Công An đến hỏi giấy tờ của tài xế xe tải.", "Công An"),
    ("Trên phố, chị Công Nhân vệ sinh quét rác từ bốn giờ sáng.", "Công Nhân"),
    ("Sáng nay anh Tài Xế kiểm tra lại toàn bộ xe trước khi chạy.", "Tài Xế"),
    ("Buổi chiều, anh Luật Sư trẻ tới gặp thân chủ ở trại giam.", "Luật Sư"),
    ("Sáng nay anh Kỹ Sư trẻ kiểm tra lại toàn bộ đường điện.", "Kỹ Sư"),
    ("Buổi tối, em Học Sinh lớp 5 ngồi học bài bên đèn dầu.", "Học Sinh"),
    ("Cả xóm ra xem cô Diễn Viên đóng phim ở đầu làng.", "Diễn Viên"),
    ("Nghe tin, anh Ngân Hàng gọi điện nhắc nợ từ sáng sớm.", "Ngân Hàng"),
])
def test_no_given_pair_of_a_title_or_an_occupation(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # figures of tales, legends and novels (person_context.tsv given_alone_not pairs)
    ("Trong vở diễn, anh Chí Phèo say rượu chửi cả làng.", {"Chí Phèo"}),
    ("Truyền thuyết kể rằng cô Mỵ Châu đã tin lời chồng nên mất nước.", {"Mỵ Châu"}),
    ("Ai cũng nhớ chuyện anh Sơn Tinh và anh Thủy Tinh tranh nhau cưới vợ.", {"Sơn Tinh", "Thủy Tinh"}),
    ("Ngày hội làng diễn lại cảnh cậu bé Thánh Gióng đánh giặc Ân.", {"Thánh Gióng"}),
    ("Bọn trẻ đóng vai anh Sọ Dừa trong buổi diễn của trường.", {"Sọ Dừa"}),
])
def test_no_given_pair_of_a_figure_of_tales(pipeline, text, wrong):
    assert not wrong & person_names(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a birth-order nickname: every ordinal word opening the pair ("Ba", "Bốn" ... "Mười", "Út")
    ("Quán chè cô Bốn Mập đông khách từ sáng tới tối.", "Bốn Mập"),
    ("Người dân gọi ông là anh Ba Khía vì tính hay cãi.", "Ba Khía"),
    ("Ai đi qua cũng ghé quán anh Năm Lửa mua bánh mì.", "Năm Lửa"),
    ("Ở chợ quê, chị Bảy Lành bán nước mía cạnh gốc đa.", "Bảy Lành"),
    ("Hàng xôi của cô Tư Béo mở cửa lúc năm giờ sáng.", "Tư Béo"),
    ("Khách quen gọi anh Mười Tâm sửa xe đầu hẻm.", "Mười Tâm"),
])
def test_no_given_pair_of_a_birth_order_nickname(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    # "Ba", "Bốn" are given names of their own alone or last; a figure's name that is a common given name too
    ("Theo cơ quan điều tra, ông Ba đã dùng dao đâm anh Hùng rồi bỏ trốn.", "Ba"),
    ("Công an xã cho biết bà Bốn bán hàng tạp hóa ở đầu chợ Tân Lập.", "Bốn"),
    ("Anh Văn Ba, 35 tuổi, bị tạm giữ để điều tra về hành vi trộm cắp.", "Văn Ba"),
    ("Chị Thúy Vân, tiểu thương chợ Tân Lập, cho biết giá rau tăng mạnh.", "Thúy Vân"),
    ("Cô Hằng Nga, giáo viên mầm non, đã kịp đưa các cháu ra khỏi đám cháy.", "Hằng Nga"),
])
def test_a_given_name_a_refusal_list_also_holds_stays_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a place the place list holds: a district, a world region (person_places.txt)
    ("Chúng tôi leo núi cùng thầy Tam Đảo từ sáng sớm.", "Tam Đảo"),
    ("Anh Đông Âu là khu vực đang đón nhiều du học sinh Việt Nam.", "Đông Âu"),
    ("Mùa hè này, em Bắc Mỹ du học về thăm nhà.", "Bắc Mỹ"),
    ("Nhiều năm liền, cô Trung Đông là thị trường xuất khẩu chính.", "Trung Đông"),
    ("Hàng dệt may của chị Viễn Đông được xuất sang nhiều nước.", "Viễn Đông"),
    ("Mùa này, em Đông Phi xuất khẩu nhiều cà phê hơn.", "Đông Phi"),
])
def test_no_given_pair_of_a_region(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)


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
