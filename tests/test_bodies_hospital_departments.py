"""A department printed in lower case right before its hospital, institute or school ("trưởng khoa nhiễm Bệnh viện
X", "Trung tâm chống độc Bệnh viện Y") is named with it, its field capitalized ("Khoa Nhiễm Bệnh viện X"), and the
hospital on its own too, read with the tagger's words only; never
"khoa học", "thủ khoa", "nhi khoa", a department with a comma before the body, nor one coordinated with it, nor a
field running over a verb, a conjunction or a preposition to the body, nor a capitalized "Khoa" after a word (a
person's name), nor "Trung tâm thương mại" (department_* rows of body_patterns.tsv; constructed sentences)."""

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
    # a field of two verbs the tagger reads ("hồi sức cấp cứu", "gây mê hồi sức"): department_field_verb rows
    ("Ông Trần Văn Hùng, trưởng khoa hồi sức cấp cứu Bệnh viện Sơn Trà, cho biết bệnh nhân đã qua cơn nguy kịch.",
     "Khoa Hồi sức cấp cứu Bệnh viện Sơn Trà", "Bệnh viện Sơn Trà"),
    ("Bà Lê Thị Mai, phó khoa gây mê hồi sức Bệnh viện Tân Phú, cho biết ca mổ kéo dài 6 giờ.",
     "Khoa Gây mê hồi sức Bệnh viện Tân Phú", "Bệnh viện Tân Phú"),
    ("Bệnh nhân đang điều trị tại khoa hồi sức tích cực Bệnh viện Hòa Khánh.",
     "Khoa Hồi sức tích cực Bệnh viện Hòa Khánh", "Bệnh viện Hòa Khánh"),
    # a noun closing the field that the tagger may read as a verb: the field's one verb, its last word
    ("TS.BS Lê Văn Hòa, phó trưởng khoa răng hàm mặt Bệnh viện Sơn Trà, cho biết ca mổ thành công.",
     "Khoa Răng hàm mặt Bệnh viện Sơn Trà", "Bệnh viện Sơn Trà"),
    ("Bác sĩ Võ Thị Lan, khoa y học cổ truyền Bệnh viện Tân Phú, gợi ý vài bài thuốc.",
     "Khoa Y học cổ truyền Bệnh viện Tân Phú", "Bệnh viện Tân Phú"),
    ("Theo TS Đinh Văn Tùng, khoa tai mũi họng Bệnh viện Hòa Khánh, trẻ cần được khám sớm.",
     "Khoa Tai mũi họng Bệnh viện Hòa Khánh", "Bệnh viện Hòa Khánh"),
    # "Khoa" capitalized opening a sentence
    ("Số ca tăng nhanh. Khoa cấp cứu Bệnh viện Phước Long luôn quá tải.",
     "Khoa Cấp cứu Bệnh viện Phước Long", "Bệnh viện Phước Long"),
    # "thương mại" makes no "Trung tâm" another word after "khoa"
    ("Ông Hà Văn Tú, trưởng khoa thương mại Trường Đại học Kinh tế Bình Minh, phát biểu.",
     "Khoa Thương mại Trường Đại học Kinh tế Bình Minh", "Trường Đại học Kinh tế Bình Minh"),
    # eight words of a field, "và" counted: the longest read
    ("Bệnh nhân điều trị tại khoa ngoại chấn thương chỉnh hình và bỏng nặng Bệnh viện Sơn Trà.",
     "Khoa Ngoại chấn thương chỉnh hình và bỏng nặng Bệnh viện Sơn Trà", "Bệnh viện Sơn Trà"),
])
def test_a_lower_case_department_is_named_with_its_hospital(text, unit, parent):
    names = extracted_body_names(text)
    assert unit in names
    assert parent in names


def test_no_department_without_the_tagger():
    names = body_names("TS Lê Văn Khải, trưởng khoa sốt xuất huyết Bệnh viện Nhi đồng 4, cho biết số ca tăng.")
    assert "Bệnh viện Nhi đồng 4" in names
    assert not any(n.startswith("Khoa ") for n in names)


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
    # a lower-case head after a word no department_lead ("thủ khoa"): the lead check itself
    ("Em Lý Thu Vân là thủ khoa ngành luật Trường Đại học Sư phạm Vĩnh Long năm nay.",
     "Trường Đại học Sư phạm Vĩnh Long"),
    ("Anh Đào Minh Quân từng là thủ khoa ngành kiến trúc Trường Đại học Xây dựng Miền Tây.",
     "Trường Đại học Xây dựng Miền Tây"),
    # a conjunction, a preposition or a verb past the field's first word: a clause runs to the body
    ("Bệnh nhân được đưa đến khoa cấp cứu rồi chuyển lên Bệnh viện Chợ Rẫy điều trị.", "Bệnh viện Chợ Rẫy"),
    ("Các y bác sĩ tại khoa hồi sức tích cực phối hợp Bệnh viện Việt Đức cứu sống bệnh nhân.", "Bệnh viện Việt Đức"),
    ("Người nhà bệnh nhân gây rối tại khoa cấp cứu khiến Bệnh viện Đa khoa Đồng Nai phải báo công an.",
     "Bệnh viện Đa khoa Đồng Nai"),
    ("Sinh viên khoa y tình nguyện hỗ trợ Bệnh viện Dã chiến số 3 chống dịch.", "Bệnh viện Dã chiến số 3"),
    ("Ông Lò Văn Sáng nằm ở khoa nội hai ngày trước khi chuyển sang Bệnh viện Mường Thanh.",
     "Bệnh viện Mường Thanh"),
    ("Các giảng viên khoa dược tặng Bệnh viện Tân Phú 100 máy đo huyết áp.", "Bệnh viện Tân Phú"),
    # "Khoa" capitalized after a word: a person's name ("Ca sĩ Khoa"); "sĩ" is no department_lead
    ("Ca sĩ Khoa biểu diễn miễn phí Bệnh viện Nhi Trung ương dịp Trung thu.", "Bệnh viện Nhi Trung ương"),
    ("Anh Khoa tặng quà Bệnh viện Nhi đồng Cần Thơ.", "Bệnh viện Nhi đồng Cần Thơ"),
    # "Trung tâm thương mại" is a shopping centre
    ("Trung tâm thương mại Bệnh viện Đa khoa Hồng Ngọc mở cửa trở lại.", "Bệnh viện Đa khoa Hồng Ngọc"),
    # nine words: no field
    ("Bệnh nhân điều trị tại khoa chấn thương chỉnh hình và phẫu thuật cột sống Bệnh viện Sơn Trà.",
     "Bệnh viện Sơn Trà"),
])
def test_no_department_is_named_elsewhere(text, parent):
    names = extracted_body_names(text)
    assert any(n.startswith(parent) for n in names), names
    assert not any(n.startswith(("Khoa ", "Trung tâm ")) for n in names), names


@pytest.mark.parametrize("text, unit", [
    # a doctor of the department, a capitalized head after a capitalized title, a field the tagger reads as verbs
    ("Bà Lê Thị Lan, bác sĩ khoa nội Bệnh viện Sơn Trà, cho biết bệnh nhân đã ổn định.", "Khoa Nội Bệnh viện Sơn Trà"),
    ("Ông Trần Minh, Trưởng Khoa hồi sức tích cực Bệnh viện Sơn Trà, cho biết.",
     "Khoa Hồi sức tích cực Bệnh viện Sơn Trà"),
    ("Bà Vũ Hoa, Phó Trưởng Khoa cấp cứu Bệnh viện Kỳ Hòa, cho biết.", "Khoa Cấp cứu Bệnh viện Kỳ Hòa"),
    ("Ông Đỗ Tâm, giảng viên khoa quản trị kinh doanh Trường Đại học Kinh tế Bình Minh, nhận định.",
     "Khoa Quản trị kinh doanh Trường Đại học Kinh tế Bình Minh"),
    ("Mẫu bệnh phẩm đã được gửi đi. Khoa xét nghiệm Bệnh viện Sơn Trà trả kết quả sau hai ngày.",
     "Khoa Xét nghiệm Bệnh viện Sơn Trà"),
    ("Bác sĩ Lê Thị Lan, Khoa khám bệnh Bệnh viện Kỳ Hòa, cho biết số ca tăng.", "Khoa Khám bệnh Bệnh viện Kỳ Hòa"),
    ("Ông Phan Hùng, Khoa dinh dưỡng Bệnh viện Sơn Trà, khuyến cáo phụ huynh.", "Khoa Dinh dưỡng Bệnh viện Sơn Trà"),
    ("Trung tâm chuyển đổi số Học viện Kỳ Hòa vừa ra mắt, ông Lê Văn An cho biết.",
     "Trung tâm Chuyển đổi số Học viện Kỳ Hòa"),
])
def test_a_department_after_a_doctor_or_a_capitalized_title(text, unit):
    assert unit in extracted_body_names(text)


@pytest.mark.parametrize("text, parent", [
    # a person named Khoa opening a sentence, then a verb: no department
    ("Anh ấy đã về nhà. Khoa nhập viện Bệnh viện Sơn Trà trong đêm.", "Bệnh viện Sơn Trà"),
    ("Em rất vui. Khoa cảm ơn Bệnh viện Kỳ Hòa đã cứu chữa.", "Bệnh viện Kỳ Hòa"),
    ("Em đạt 29,5 điểm. Khoa trúng tuyển Học viện Ngoại giao năm nay.", "Học viện Ngoại giao"),
    ("Ông Lê Văn An cho biết. Khoa đề xuất Bệnh viện Sơn Trà mua thêm máy thở.", "Bệnh viện Sơn Trà"),
    # a verb of giving or of an internship between the field and the body: a clause
    ("Giảng viên khoa dược tài trợ Bệnh viện Kỳ Hòa một máy siêu âm.", "Bệnh viện Kỳ Hòa"),
    ("Sinh viên khoa luật thực tập Viện Kiểm sát nhân dân tỉnh Kỳ Sơn.", "Viện"),
    # a title, then a verb: the head of a department acting on the body, no department's field
    ("Trưởng Khoa đánh giá Bệnh viện Sơn Trà đã làm tốt công tác phòng dịch.", "Bệnh viện Sơn Trà"),
    ("Phó Trưởng Khoa nhận xét Bệnh viện Kỳ Hòa đã chuẩn bị chu đáo.", "Bệnh viện Kỳ Hòa"),
    # a singer or an artist: "sĩ" alone leads no department
    ("Nam ca sĩ khoa trương thành tích Học viện Âm nhạc Kỳ Hòa trên mạng.", "Học viện Âm nhạc Kỳ Hòa"),
    ("Người nghệ sĩ khoa tay Học viện Múa Kỳ Hòa cho biết sẽ biểu diễn.", "Học viện Múa Kỳ Hòa"),
])
def test_no_department_for_a_person_named_khoa_nor_a_clause(text, parent):
    names = extracted_body_names(text)
    assert any(n.startswith(parent) for n in names), names
    assert not any(n.startswith("Khoa ") for n in names), names
