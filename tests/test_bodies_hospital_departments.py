"""A department printed in lower case right before its hospital, institute or school ("trưởng khoa nhiễm Bệnh viện
X", "Trung tâm chống độc Bệnh viện Y") is named with it, its field capitalized ("Khoa Nhiễm Bệnh viện X"), and the
hospital on its own too; never
"khoa học", "thủ khoa", "nhi khoa", a department with a comma before the body, nor one coordinated with it
(department_* rows of body_patterns.tsv; constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, unit, parent", [
    ("TS Lê Văn Khải, trưởng khoa sốt xuất huyết Bệnh viện Nhi đồng 4, cho biết số ca tăng.",
     "Khoa Sốt xuất huyết Bệnh viện Nhi đồng 4", "Bệnh viện Nhi đồng 4"),
    ("ThS Phan Đình Quý, phó khoa nhiễm Bệnh viện Hòa Sơn, thông tin số ca bệnh giảm.",
     "Khoa Nhiễm Bệnh viện Hòa Sơn", "Bệnh viện Hòa Sơn"),
    ("Bác sĩ Đỗ Minh Châu - khoa cấp cứu Bệnh viện Đa khoa tỉnh Hòa Bình - cho biết bệnh nhân đã ổn định.",
     "Khoa Cấp cứu Bệnh viện Đa khoa tỉnh Hòa Bình", "Bệnh viện Đa khoa tỉnh Hòa Bình"),
    ("Bệnh nhân được điều trị tại khoa chấn thương chỉnh hình & cột sống Bệnh viện Sông Lam trong hai tuần.",
     "Khoa Chấn thương chỉnh hình và cột sống Bệnh viện Sông Lam", "Bệnh viện Sông Lam"),
    ("Cô Vũ Thu Trang, giảng viên khoa kinh tế đối ngoại Học viện Tài chính Nam Bộ, trao giải.",
     "Khoa Kinh tế đối ngoại Học viện Tài chính Nam Bộ", "Học viện Tài chính Nam Bộ"),
    ("Năm 2023, Trung tâm chống độc Bệnh viện Bạch Mai đã tiếp nhận 130 ca ngộ độc.",
     "Trung tâm Chống độc Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai"),
])
def test_a_lower_case_department_is_named_with_its_hospital(text, unit, parent):
    for names in (body_names(text), extracted_body_names(text)):
        assert unit in names
        assert parent in names


@pytest.mark.parametrize("text, parent", [
    # an apposition after a comma: named apart or together, the gold splits
    ("Ông Nguyễn Văn An, trưởng khoa gây mê, Bệnh viện Thanh Nhàn, cho biết ca mổ thành công.", "Bệnh viện Thanh Nhàn"),
    # "khoa học", "thủ khoa", "nhi khoa", "đa khoa": the head is a syllable of another word
    ("Ông Hồ Văn Tài làm công tác nghiên cứu khoa học Viện Nông nghiệp Bình An từ năm 2010.", "Viện Nông nghiệp Bình An"),
    ("Em Lý Thu Vân, thủ khoa kỳ thi năm nay, nhập học Trường Đại học Sư phạm Vĩnh Long.",
     "Trường Đại học Sư phạm Vĩnh Long"),
    ("Bác sĩ nhi khoa Bệnh viện Sông Hàn khuyến cáo phụ huynh theo dõi trẻ.", "Bệnh viện Sông Hàn"),
    ("Sinh viên ngành y đa khoa Trường Đại học Y Dược Cần Thơ tham gia hiến máu.", "Trường Đại học Y Dược Cần Thơ"),
    # coordinated with the body, or a clause word in the run: no department's name
    ("Đội bóng của khoa và Bệnh viện Thống Nhất giao hữu với Công an tỉnh Bình Phước.", "Bệnh viện Thống Nhất"),
    ("Trưởng khoa đã báo cáo Bệnh viện Chợ Rẫy về vụ việc của ông Lâm Văn Thành.", "Bệnh viện Chợ Rẫy"),
    # a capitalized head only so printed: "trung tâm" in lower case is a place's centre
    ("Ông Trần Văn Ba đến trung tâm y tế Bệnh viện Hà Đông để khám cùng Hội Chữ thập đỏ.", "Bệnh viện Hà Đông"),
])
def test_no_department_is_named_elsewhere(text, parent):
    names = extracted_body_names(text)
    assert parent in names
    assert not any(n.startswith(("Khoa ", "Trung tâm ")) for n in names)
