"""Bodies: names cut short at a lower-case word of a fixed name or run on to a word after them (constructed
sentences). A mass organization whose official name holds lower-case words ("Hội Người cao tuổi") is a local head
like the other mass organizations; the party committee's board "Ban Xây dựng Đảng" is a prefix like "Ban Tổ chức"; a
bank's branch printed right after the bank is one body named with its bank."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, name", [
    ("Sáng nay, Hội Người cao tuổi xã Tân Lập mừng thọ 40 cụ tròn 80 tuổi.", "Hội Người cao tuổi xã Tân Lập"),
    ("Bà Lò Thị Hoa được bầu giữ chức đứng đầu Hội Người cao tuổi phường Kim Tân.", "Hội Người cao tuổi phường Kim Tân"),
    ("Hôm qua Ban Chấp hành Hội Người cao tuổi huyện Bảo Yên họp phiên đầu.", "Ban Chấp hành Hội Người cao tuổi huyện Bảo Yên"),
    ("Hội Người cao tuổi Việt Nam vừa gửi thư chúc thọ các cụ.", "Hội Người cao tuổi Việt Nam"),
])
def test_the_elderly_association_keeps_its_lower_case_words(text, name):
    names = extracted_body_names(text)
    assert name in names
    assert "Hội Người" not in names


@pytest.mark.parametrize("text", [
    "Lãnh đạo xã biểu dương Hội Người cao tuổi xã vì chăm lo tốt cho hội viên.",
    "Các cụ trong Hội Người cao tuổi đã tích cực trồng cây xanh.",
])
def test_the_elderly_association_is_never_cut_at_its_first_word(text):
    assert "Hội Người" not in extracted_body_names(text)


def test_people_after_hoi_in_lower_case_name_no_association():
    assert extracted_body_names("Hội người dân tộc Dao tại bản rất đông vui.") == []


@pytest.mark.parametrize("text, name", [
    ("Ban Xây dựng Đảng Đảng ủy xã Tân Lập vừa rà soát hồ sơ đảng viên mới.", "Ban Xây dựng Đảng Đảng ủy xã Tân Lập"),
    ("Ông Hà Văn Tú, Trưởng Ban Xây dựng Đảng Thành ủy Hà Nội, chủ trì buổi làm việc.",
     "Ban Xây dựng Đảng Thành ủy Hà Nội"),
])
def test_the_party_building_board_is_named_with_its_committee(text, name):
    assert name in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Ông Hà Văn Tú, Trưởng Ban Xây dựng Đảng, đọc báo cáo tóm tắt.",
    "Đại diện Ban Xây dựng Đảng xã công bố quyết định chuẩn y.",
])
def test_the_party_building_board_is_never_cut_before_the_party(text):
    assert "Ban Xây dựng" not in extracted_body_names(text)


@pytest.mark.parametrize("text, name", [
    ("Khách hàng nộp tiền tại Ngân hàng Vietcombank - Chi nhánh Hà Tĩnh trước ngày 10.",
     "Ngân hàng Vietcombank - Chi nhánh Hà Tĩnh"),
    ("Sau lũ, Ngân hàng Nông nghiệp và Phát triển nông thôn (NHNo) Chi nhánh Lục Yên tặng 40 suất quà.",
     "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh Lục Yên"),
    ("Hai lô đất được đem thế chấp tại Ngân hàng Sao Mai - chi nhánh Quy Nhơn năm 2019.",
     "Ngân hàng Sao Mai - chi nhánh Quy Nhơn"),
    ("Năm ngoái, Ngân hàng Nhà nước chi nhánh Hà Giang kiểm tra nhiều quỹ tín dụng.",
     "Ngân hàng Nhà nước chi nhánh Hà Giang"),
])
def test_a_bank_branch_is_named_with_its_bank(text, name):
    names = body_names(text)
    assert name in names
    branch = name[name.lower().index("chi nhánh"):]
    assert branch not in names


@pytest.mark.parametrize("text, absent", [
    ("Ngân hàng dự kiến mở thêm chi nhánh tại Hà Nội trong năm tới.", "chi nhánh"),
    ("Ngân hàng Vietcombank, Chi nhánh Hà Tĩnh của công ty và Agribank cùng tài trợ.", "Ngân hàng Vietcombank, Chi nhánh Hà Tĩnh"),
    ("Công ty Hoàng Long - chi nhánh Đà Nẵng tuyển thêm lao động.", "Công ty Hoàng Long - chi nhánh Đà Nẵng"),
    ("Ngân hàng Sao Mai - chi nhánh mới khai trương tuần trước.", "Ngân hàng Sao Mai - chi nhánh"),
])
def test_no_branch_without_its_bank_right_before(text, absent):
    assert not any(absent in n for n in body_names(text))


@pytest.mark.parametrize("text, absent", [
    ("Lễ ra mắt tổ hợp tác giới thiệu Ban Điều hành, Tổ trưởng và Thư ký mới được chọn.", "Tổ trưởng"),
    ("Đại hội đã bầu Ban Kiểm tra và Chủ tịch hội nhiệm kỳ tới.", "Chủ tịch"),
    ("Hội nghị công nhận Ban Điều hành, Trưởng ban và Phó Trưởng ban của câu lạc bộ.", "Trưởng ban"),
])
def test_a_list_of_offices_is_no_body(text, absent):
    assert not any(absent in n for n in body_names(text))


@pytest.mark.parametrize("text, name", [
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái mở lớp tập huấn.", "Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái"),
    ("Ông Nam làm việc với Công ty Minh Phát và Giám đốc Sở Tài chính.", "Công ty Minh Phát"),
])
def test_a_name_listing_fields_or_ending_before_a_title_stays(text, name):
    assert name in body_names(text)


@pytest.mark.parametrize("text, person, body", [
    ("Đến trao quà có ông Lại Văn Khang, Giám đốc Chi nhánh cùng hai nhân viên tín dụng.", "Lại Văn Khang", "Chi nhánh"),
    ("Tham gia đoàn kiểm tra còn ông Đinh Quang Tạo, Phó Bí thư Đảng ủy cùng hai cán bộ văn phòng.", "Đinh Quang Tạo", "Đảng ủy"),
])
def test_a_title_body_ends_before_cung(pipeline, text, person, body):
    from conftest import positions

    bodies = {b for _, b, _ in positions(pipeline, text).get(person, set())}
    assert body in bodies
    assert not any(b and "cùng" in b for b in bodies)


@pytest.mark.parametrize("text, name", [
    ("Tuần này, Ngân hàng Nhà nước Chi nhánh Khu vực 12 rà soát dư nợ của các hợp tác xã.",
     "Ngân hàng Nhà nước Chi nhánh Khu vực 12"),
    ("Ngân hàng Chính sách xã hội - Chi nhánh Khu vực Tây Bắc bàn giao nhà cho hộ nghèo.",
     "Ngân hàng Chính sách xã hội - Chi nhánh Khu vực Tây Bắc"),
    ("Bà Lê Thị Mai, Phó Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 3, trả lời báo chí.",
     "Ngân hàng Nhà nước Chi nhánh Khu vực 3"),
])
def test_a_bank_branch_named_by_its_region_is_read_whole(text, name):
    names = extracted_body_names(text)
    assert name in names
    assert not any(n.endswith("Chi nhánh Khu") for n in names)


def test_a_regional_branch_is_the_body_of_its_director(pipeline):
    from conftest import positions

    text = "Bà Lê Thị Mai, Phó Giám đốc Ngân hàng Nhà nước Chi nhánh Khu vực 3, trả lời báo chí."
    bodies = {b for _, b, _ in positions(pipeline, text).get("Lê Thị Mai", set())}
    assert "Ngân hàng Nhà nước Chi nhánh Khu vực 3" in bodies


def test_a_branch_running_on_in_lower_case_is_never_cut():
    names = extracted_body_names("Ngân hàng Sao Mai - Chi nhánh Khu công nghiệp Tân Tạo tài trợ học bổng.")
    assert not any(n.endswith("Chi nhánh Khu") for n in names)
    assert "Ngân hàng Sao Mai" in names


@pytest.mark.parametrize("text, name", [
    ("Ban Xây dựng đề án du lịch cộng đồng của xã họp lần thứ hai.", "Ban Xây dựng đề án"),
    ("Ban Xây dựng nông thôn mới của xã Phúc Khánh rà soát tiêu chí thu nhập.", "Ban Xây dựng nông thôn mới"),
])
def test_a_board_building_something_else_keeps_its_name(text, name):
    assert name in extracted_body_names(text)
