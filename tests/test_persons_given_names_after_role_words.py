"""Persons: one Vietnamese given name printed alone after a word of address or a role of the genre ("anh", "chị",
"cô", "thầy", "em", "cháu", "bé", "cụ", "bác sĩ", "đồng chí", "bạn đọc", "bị cáo", "bị can", "đối tượng", "nghi phạm",
"nạn nhân", "cử tri") is a person, as after "ông" and "bà"; not a place, a body, a word printed in a longer name,
a westerner ("Tây"), a birth order ("Út", "Tư"), a figure of tales ("chị Hằng", "cô Tấm", "cô Tiên"), a group
("các em X", "chị em X"), a place ("Anh Quốc") or a title in title case ("Cô Dâu")."""

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


@pytest.mark.parametrize("text", [
    "Nhiều chị em Mường ở bản Lác giữ nghề dệt thổ cẩm.",
    "Các em Mông ở xã Lũng Táo được tặng áo ấm.",
    "Mấy cháu Lự theo mẹ lên nương từ sớm.",
    "Anh chị em Giẻ Triêng cùng dựng nhà rông.",
    "Anh Quốc và Pháp ký thỏa thuận hợp tác quốc phòng.",
    "Anh Sơn là huyện miền núi có nhiều đồi chè.",
    "Doanh nghiệp này được coi là anh Cả của ngành thép.",
    "Các em nhỏ say mê chuyện cô Tiên và ông Bụt.",
    "Thầy Bói xem voi là truyện ngụ ngôn quen thuộc.",
    "Thầy Mo của bản đã cúng xong lễ mừng lúa mới.",
    "Người dân thả cá phóng sinh quanh cụ Rùa ở hồ.",
    "Phim \"Cô Dâu 8 Tuổi\" trở lại màn ảnh nhỏ.",
    "Cô Trò trường làng cùng đi trồng cây đầu xuân.",
    "Bé Ngoan được cô giáo khen trước lớp.",
    "Trời nắng nóng, chị Tư bán xôi ở đầu ngõ than ế hàng.",
])
def test_no_person_from_a_group_a_place_a_figure_a_title_or_a_birth_order(pipeline, text):
    assert person_names(pipeline, text) == set()


@pytest.mark.parametrize("text, name", [
    ("Tại buổi gặp, anh Quốc cho biết sẽ về quê ăn Tết.", "Quốc"),
    ("Vợ anh Khiêm cho biết anh đi làm từ sáng.", "Khiêm"),
    ("Mẹ chị Lài kể lại sự việc với phóng viên.", "Lài"),
])
def test_a_given_name_after_a_kin_word_of_one_person_stays(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Ca sĩ Anh Tú và bạn gái công bố ngày cưới. Anh Tú cho biết rất hạnh phúc.", "Tú"),
    ("Theo Anh Thư, chuyến đi rất vui. Anh Thư kể thêm về con đường.", "Thư"),
])
def test_a_given_name_printed_mid_sentence_after_a_capitalized_anh_is_a_longer_name(pipeline, text, name):
    assert name not in person_names(pipeline, text)
