"""Hospitals, centres, schools, stations, sub-departments and state farms named after their head; where such a
name ends (its place, a lower-case pair of nouns joined by "và"); a name printed again without its place or
with a word abbreviation is the same body (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A được bổ nhiệm giám đốc Bệnh viện Ung bướu Thành phố Hồ Chí Minh.", "Bệnh viện Ung bướu Thành phố Hồ Chí Minh"),
    ("Bà B, giám đốc Bệnh viện Bưu điện, cho biết.", "Bệnh viện Bưu điện"),
    ("Ông C là hiệu trưởng Trường Sĩ quan Lục quân 1.", "Trường Sĩ quan Lục quân 1"),
    ("Ông D, giám đốc Đài Phát thanh và Truyền hình Bình Định.", "Đài Phát thanh và Truyền hình Bình Định"),
    ("Chi cục Thuế quận Tây Hồ đã chốt số liệu.", "Chi cục Thuế quận Tây Hồ"),
    ("Bà H, phó chi cục trưởng Chi cục Kiểm tra sau thông quan, bị bắt.", "Chi cục Kiểm tra sau thông quan"),
    ("Ông E nguyên giám đốc Lâm trường Buôn Ja Wầm.", "Lâm trường Buôn Ja Wầm"),
    ("Ông F, phó trưởng Phòng Kinh tế, bị truy tố.", "Phòng Kinh tế"),
])
def test_unit_heads_name_bodies(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Ông G là giám đốc Trung tâm Y tế thành phố Hưng Yên.", "Trung tâm Y tế thành phố Hưng Yên"),
    ("Trung tâm Quan trắc tài nguyên và môi trường tỉnh Quảng Ninh bị khám xét.",
     "Trung tâm Quan trắc tài nguyên và môi trường tỉnh Quảng Ninh"),
    ("Trung tâm Phát triển quỹ đất TP.HCM báo cáo.", "Trung tâm Phát triển quỹ đất Thành phố Hồ Chí Minh"),
])
def test_a_centre_is_a_body_with_its_place(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text", [
    "Trung tâm Báo chí Kỳ họp được bố trí tại tầng B1.",
    "Trung tâm Hội nghị mở cửa hằng ngày.",
])
def test_a_centre_without_a_place_is_no_body(text):
    assert body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("phấn đấu đưa Bệnh viện Ung bướu TP.HCM ngang tầm khu vực", "Bệnh viện Ung bướu Thành phố Hồ Chí Minh"),
    ("Phòng Tài nguyên và Môi trường thị xã Ninh Hòa kiểm tra.", "Phòng Tài nguyên và Môi trường thị xã Ninh Hòa"),
    ("Chi cục Thuế huyện Đông Anh thu ngân sách vượt dự toán.", "Chi cục Thuế huyện Đông Anh"),
])
def test_a_name_ends_with_its_place(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Chi cục Biển và hải đảo đã kiểm tra.", "Chi cục Biển và hải đảo"),
    ("Trung tâm Công nghệ thông tin tài nguyên và môi trường tỉnh Thừa Thiên Huế thông báo.",
     "Trung tâm Công nghệ thông tin tài nguyên và môi trường tỉnh Thừa Thiên Huế"),
])
def test_lower_case_nouns_joined_by_and_stay_in_the_name(text, body):
    assert body_names(text) == [body]


def test_and_before_a_clause_word_ends_the_name():
    assert body_names("Chi cục Thuế quận Ba Đình và các đơn vị liên quan.") == ["Chi cục Thuế quận Ba Đình"]


@pytest.mark.parametrize("later", [
    "Phòng Tài nguyên và Môi trường đã lập biên bản.",
    "Thông báo của Phòng TN-MT thị xã về việc này.",
])
def test_a_name_repeated_without_its_place_is_the_placed_body(later):
    text = "Phòng Tài nguyên và Môi trường thị xã Ninh Hòa kiểm tra. " + later
    assert set(body_names(text)) == {"Phòng Tài nguyên và Môi trường thị xã Ninh Hòa"}


def test_a_name_printed_with_two_places_keeps_its_placeless_mentions_apart():
    text = ("Phòng Kinh tế quận 1 và Phòng Kinh tế quận 3 họp. Phòng Kinh tế đã báo cáo.")
    assert "Phòng Kinh tế" in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Tuyên dương Trường Trung học cơ sở Phạm Văn Đồng.", "Trường Trung học cơ sở Phạm Văn Đồng"),
    ("Học sinh Trường Tiểu học Lê Văn Tám đạt giải.", "Trường Tiểu học Lê Văn Tám"),
    ("Trường THPT Chu Văn An khai giảng.", "Trường Trung học phổ thông Chu Văn An"),  # the level spelled out
])
def test_a_school_named_after_a_person_keeps_the_name(text, body):
    assert body in body_names(text)


def test_a_person_after_a_named_university_is_its_officer():
    assert body_names("Hiệu trưởng Trường Đại học Bách khoa Nguyễn Văn An phát biểu.") == ["Trường Đại học Bách khoa"]


@pytest.mark.parametrize("text, expected", [
    ("Ông Lê Hải, Ủy viên Ban Biên tập, Trưởng ban Điện tử trình bày.", []),
    ("Ban Biên tập Tạp chí Cộng sản họp.", ["Ban Biên tập Tạp chí Cộng sản"]),
])
def test_an_editorial_board_is_named_with_its_publication(text, expected):
    assert body_names(text) == expected


@pytest.mark.parametrize("text, body", [
    ("Ông là Giám đốc Trung tâm Y tế thị xã Mỹ Hào, sau đó làm Chủ tịch.", "Trung tâm Y tế thị xã Mỹ Hào"),
    ("Phòng Kinh tế huyện Mỹ Đức báo cáo.", "Phòng Kinh tế huyện Mỹ Đức"),
])
def test_a_place_named_like_a_country_does_not_end_the_name(text, body):
    assert body_names(text) == [body]
