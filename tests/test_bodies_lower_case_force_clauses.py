"""A foreign armed force or government printed in lower case with its country right after its head is that
body where it opens the object clause of a reporting verb or of "cho thấy", "cho phép", or follows "mà",
"mặc dù" or "rằng": the clause's subject ("cho thấy quân đội Xyzland vừa rút khỏi ..."; not after the plain
"cho biết"); a government ("chính phủ X") is read like a force, opening a clause. Right after those same
words none where the force is a verb's plain object, a title's unit, the home country, one of "các chính
phủ", a common noun's ("lực lượng cứu hộ X", "học bổng chính phủ X"), a sports team's nickname, or the
country is part of a longer name (constructed sentences with invented names and events)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông Boris Kalin khẳng định quân đội Nga chưa nhận lệnh rút khỏi bờ sông Sura.", "Quân đội Nga"),
    ("Ảnh vệ tinh của nhóm nghiên cứu cho thấy quân đội Ấn Độ vừa dựng thêm ba trạm radar trên đèo.",
     "Quân đội Ấn Độ"),
    ("Hai nghị sĩ tiết lộ quân đội Pháp đã đặt mua 46 xe bọc thép bánh lốp, ông Luc Marin kể.",
     "Quân đội Pháp"),
    ("Quốc hội bỏ phiếu cho phép hải quân Canada góp hai tàu vào đợt diễn tập ở Bắc Cực.",
     "Hải quân Canada"),
    ("Giá nhiên liệu tăng vọt mà quân đội Brazil vẫn giữ đủ các chuyến bay huấn luyện, ông Paulo Reis kể.",
     "Quân đội Brazil"),
    ("Bà Nong Kaew nhắc lại rằng hải quân Thái Lan cần thêm hai tàu hộ vệ trước mùa gió chướng.",
     "Hải quân Thái Lan"),
    ("Chiều 14-6, chính phủ Chile thông qua gói trợ cấp 310 triệu USD dành cho ngư dân ven biển.",
     "Chính phủ Chile"),
    ("Mặc dù chính phủ Kenya siết nhập khẩu ngô từ tháng trước, bà Amina Otieno vẫn mở thêm hai cửa hàng.",
     "Chính phủ Kenya"),
    ("Ông Sato Kenji tuyên bố chính phủ Nhật Bản sẽ gánh một nửa chi phí sửa cầu cảng Kobe.",
     "Chính phủ Nhật Bản"),
    ("Ông Andrzej Wolny cho rằng chính phủ Ba Lan nên hoãn đợt tăng thuế xăng sang mùa thu.",
     "Chính phủ Ba Lan"),
])
def test_a_lower_case_force_or_government_opening_an_object_clause_is_the_body(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, absent", [
    ("Ông Jan Dvorak khẳng định Praha sẽ tiếp tục tiếp tế quân đội Ba Lan bằng xăng dầu.", "Quân đội Ba Lan"),
    ("Bà Greta Lind cho rằng chỉ huy quân đội Thụy Điển đã chậm trả lời thư của dân làng.",
     "Quân đội Thụy Điển"),
    ("Đại tá Lê Minh Khải khẳng định quân đội Việt Nam luôn sẵn sàng giúp dân chống lũ.",
     "Quân đội Việt Nam"),
    ("Bà Ingrid Holm tuyên bố các chính phủ Đức, Pháp và Italy cùng góp vốn cho tuyến điện gió.",
     "Chính phủ Đức"),
    ("Ông Ivo Petrov xác nhận lực lượng cứu hộ Bulgaria đã đưa 12 thợ mỏ lên mặt đất.",
     "Lực lượng cứu hộ Bulgaria"),
    ("Cô Park Ji Won cho rằng học bổng chính phủ Hàn Quốc mở ra cơ hội cho sinh viên ngành thủy sản.",
     "Chính phủ Hàn Quốc"),
    ("Bình luận viên Marco Bellini khẳng định đoàn quân Tây Ban Nha sẽ thắng trận bán kết.",
     "Quân đội Tây Ban Nha"),
    ("Nhà sử học Paul Girard cho rằng chính phủ Pháp Tự do từng đặt trụ sở tạm ở London.", "Chính phủ Pháp"),
    ("Mặc dù quân đội Mỹ Latin thường tự chế tạo đạn, ông Hugo Prado vẫn đặt mua từ châu Âu.", "Quân đội Mỹ"),
    ("Ông Lloyd Hart cho biết quân đội Peru đã chuyển sang dùng thiết giáp hạng nhẹ.", "Quân đội Peru"),
])
def test_a_lower_case_force_or_government_elsewhere_names_no_body(text, absent):
    assert absent not in tagged_body_names(text)
