"""Persons: one Vietnamese given name printed alone after a word of address or a role of the genre ("anh", "chị",
"cô", "thầy", "em", "cháu", "bé", "cụ", "bác sĩ", "đồng chí", "bạn đọc", "bị cáo", "bị can", "đối tượng", "nghi phạm",
"nạn nhân", "cử tri") is a person, as after "ông" and "bà"; not a place, a body, a word printed in a longer name,
a westerner ("Tây"), a birth order ("Út") or a figure of tales ("chị Hằng", "chú Cuội", "cô Tấm")."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Bạn đọc Khuê cho rằng cần xử phạt nghiêm các trường hợp vượt đèn đỏ.", "Khuê"),
    ("Cùng đi có bác sĩ Thịnh và đồng chí Lạc.", "Lạc"),
    ("Bác sĩ Thịnh cho biết bệnh nhân đã qua cơn nguy kịch.", "Thịnh"),
    ("Anh Trọng (34 tuổi) cho biết nước lên rất nhanh trong đêm.", "Trọng"),
    ("Theo cáo trạng, bị cáo Khánh đã nhiều lần nhận tiền của các bị hại.", "Khánh"),
    ("Chị Thoa chia sẻ: \"Gia đình tôi sống nhờ vào vườn cà phê\".", "Thoa"),
    ("Trong tủ lạnh nhà chị Duyên (32 tuổi) lúc nào cũng có sữa.", "Duyên"),
])
def test_a_given_name_alone_after_a_role_word_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Chị Nguyễn Thị Thoa, tiểu thương chợ Hòa Bình, cho biết. Chị Thoa bán rau đã hai mươi năm.", "Thoa"),
])
def test_a_given_name_of_a_longer_printed_name_is_no_person_of_its_own(pipeline, text, name):
    assert name not in person_names(pipeline, text)


@pytest.mark.parametrize("text", [
    "Cử tri Thủ đô đề nghị tăng cường xử lý vi phạm trật tự đô thị.",
    "Đêm hội trăng rằm, các em nhỏ được nghe kể chuyện chị Hằng, chú Cuội.",
    "Ông bà anh chị em Hà Nội đổ ra đường xem pháo hoa.",
    "Cháu Bác Hồ tham dự lễ kỷ niệm ngày thành lập Đội.",
    "Đối tượng Tây ba lô bị phạt vì xả rác nơi công cộng.",
    "Thị trường chứng khoán đỏ lửa, nhà đầu tư em Út của sàn HoSE bán tháo.",
    "Nạn nhân Bão Yagi được hỗ trợ 5 triệu đồng mỗi hộ.",
    "Cô Tấm trong truyện cổ tích được dựng thành vở diễn mới.",
    "Các em Mầm non Hoa Sen biểu diễn văn nghệ.",
    "Thầy Thuốc trẻ tình nguyện khám bệnh miễn phí cho người dân vùng lũ.",
    "Trời nắng nóng, anh Ba bán hàng rong than trời.",
])
def test_no_person_from_a_place_a_group_a_tale_or_a_trade(pipeline, text):
    assert person_names(pipeline, text) == set()
