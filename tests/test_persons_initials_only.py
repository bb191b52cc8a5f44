"""Persons: people crime, court and health news name by initials only ("bà N.T.H. (35 tuổi)", "bị cáo T.V.D.",
"nghi phạm D.Th."), kept after an intro word (person_context.tsv initials_intro) or before an age or a year of
birth in brackets; never abbreviations of places and bodies, photo credits, bylines, or initials of a longer
name."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Theo cơ quan điều tra, bà T.K.L. (41 tuổi, trú huyện Đông Sơn) đã nhận tiền của nhiều người.", "T.K.L."),
    ("Tòa tuyên phạt bị cáo V.Q.M. 5 năm tù về tội lừa đảo chiếm đoạt tài sản.", "V.Q.M."),
    ("Ông Đ.V.K. cho biết gia đình đã báo công an xã.", "Đ.V.K."),
    ("Bệnh nhân P.N.A.T. được chuyển lên tuyến trên trong tình trạng nguy kịch.", "P.N.A.T."),
    ("Sở Y tế phạt nhân viên K.T.B. 20 triệu đồng vì hành nghề không phép.", "K.T.B."),
    ("Trên đường về, anh H.Q. bị một xe máy chạy ngược chiều tông trúng.", "H.Q."),
    ("Phản ánh đến tòa soạn, bạn đọc T.M.N. cho biết con hẻm ngập nước suốt ba ngày.", "T.M.N."),
    ("Bà X.H.Y. nói bà đã gửi đơn lên phường hai lần.", "X.H.Y."),
])
def test_initials_after_an_intro_word(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Nghi phạm H.Th. (19 tuổi) bị bắt khi đang lẩn trốn tại một nhà nghỉ.", "H.Th."),
    ("Tài xế L.V.Ng. (SN 1989) khai đã uống rượu trước khi lái xe.", "L.V.Ng."),
    ("C.M.Đ. (27 tuổi, ngụ quận 7) bị tạm giữ hình sự.", "C.M.Đ."),
    ("Cùng bị bắt còn có T.H.P. (sinh năm 2001), quê tỉnh Long An.", "T.H.P."),
])
def test_initials_before_an_age_or_a_birth_year(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Giá vàng tại TP.HCM sáng nay tăng mạnh, nhiều cửa hàng ở Q.1 đông khách.",
    "Đội tuyển bóng đá U.23 thắng 2-0 trong trận ra quân tại sân Thống Nhất.",
    "Khách du lịch đến Washington D.C. (Mỹ) tăng 12% trong mùa lễ hội năm nay.",
    "Mưa lớn gây ngập nhiều tuyến đường ở P.5, nước dâng cao khoảng 30 cm.\nẢnh: N.T.H.",
    "Theo Đ.3 của quy định, doanh nghiệp phải nộp báo cáo trước ngày 15.",
    "Đoàn thể thao Vương quốc Anh T.T. sẽ tới Hà Nội vào tuần sau.",
    "Mẫu xe S.U.V. (5 chỗ) bán chạy nhất tháng 10 tại thị trường trong nước.",
    "Nhóm nhạc B.T.S. (Hàn Quốc) sẽ biểu diễn tại Hà Nội vào tháng tới.",
    "Công ty A.B.C. (thành lập năm 1990) báo lãi quý III tăng 20%.",
    "Nhiệt độ tại các tỉnh miền núi phía Bắc xuống dưới 10 độ C.\nN.H.",
    "Triển lãm giới thiệu tác phẩm của họa sĩ người Anh J.M.W. Turner tại bảo tàng.",
])
def test_no_initials_person_without_a_cue(pipeline, text):
    assert not [n for n in person_names(pipeline, text) if n.replace(".", "").isupper() and "." in n]


def test_initials_of_a_longer_name_are_not_a_person_of_their_own(pipeline):
    names = person_names(pipeline, "Ông V.I. Lê-nin là lãnh tụ của cách mạng tháng Mười Nga.")
    assert "V.I." not in names


@pytest.mark.parametrize("text", [
    "Các em học sinh T.H.C.S. trong huyện đã tham gia hội thao mùa thu.",
    "Công dân E.U. được miễn thị thực khi nhập cảnh trong 45 ngày.",
    "Sinh viên Đ.H.Q.G. giành giải nhất cuộc thi lập trình năm nay.",
    "Người dân đến UBND xã T.H. để làm thủ tục đăng ký khai sinh.",
    "Ông V.I. Lê-nin là lãnh tụ của cách mạng tháng Mười Nga.",
    "Bà con phường T.Đ. (huyện Kim Sơn) đã dọn dẹp đường phố sau lũ.",
])
def test_no_initials_person_for_an_acronym_or_a_place_after_an_intro_word(pipeline, text):
    assert not [n for n in person_names(pipeline, text) if n.replace(".", "").isupper() and "." in n]
