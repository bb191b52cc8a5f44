"""Foreign political and armed movements the world news names by their own name alone ("Hamas", "Hezbollah",
"Taliban", "Houthi") are bodies wherever printed, with no cue word before them ("do Hamas kiểm soát", "Houthi tại
Yemen", "đối thoại với Taliban"); a longer word or name that only begins with one ("Hamasaki") names none
(constructed sentences). A foreign name printed right after such a movement is the person's without it ("lãnh
đạo Hamas Omar Haddadi": Omar Haddadi)."""

import pytest

from conftest import person_names, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Khu vực phía nam thành phố do Hamas kiểm soát từ nhiều năm nay.", "Hamas"),
    ("Nhiều nguồn tin cho biết Hamas đã gửi phản hồi tới các bên trung gian.", "Hamas"),
    ("Israel lo ngại đòn trả đũa từ Hezbollah ở phía bắc.", "Hezbollah"),
    ("Các cuộc tấn công của Houthi tại Yemen làm gián đoạn tuyến hàng hải.", "Houthi"),
    ("Doha từng là nơi các nhà ngoại giao đối thoại với Taliban.", "Taliban"),
])
def test_a_movement_printed_bare_is_a_body(text, body):
    assert body in tagged_body_names(text)


def test_two_movements_in_one_sentence_are_two_bodies():
    names = tagged_body_names("Xung đột với Hezbollah ở Lebanon và Hamas ở Gaza chưa có dấu hiệu hạ nhiệt.")
    assert {"Hezbollah", "Hamas"} <= set(names)


@pytest.mark.parametrize("text", [
    "Ông Hamasaki Kenta, kỹ sư người Nhật, tham gia dự án cầu cảng.",
    "Nhà hàng Talibani Grill khai trương chi nhánh mới ở quận 3.",
])
def test_a_word_only_beginning_with_a_movement_s_name_names_none(text):
    names = tagged_body_names(text)
    assert not any(n in ("Hamas", "Taliban") for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Lãnh đạo Hamas Omar Haddadi phát biểu trên truyền hình.", "Omar Haddadi"),
    ("Tòa án ra lệnh bắt giữ lãnh đạo Hezbollah Karim Saadeh với nhiều cáo buộc.", "Karim Saadeh"),
])
def test_a_name_after_a_movement_is_the_person_s_without_it(pipeline, text, name):
    names = person_names(pipeline, text)
    assert name in names and not any(n.startswith(("Hamas", "Hezbollah")) for n in names)


@pytest.mark.parametrize(("text", "body"), [
    ("Chính quyền Taliban Afghanistan đã đóng cửa các trường nữ sinh.", "Taliban"),
    ("Phong trào Hezbollah Lebanon tuyên bố sẵn sàng ngừng bắn.", "Hezbollah"),
    ("Lực lượng Houthi Yemen tiếp tục tấn công tàu hàng.", "Houthi"),
])
def test_a_country_after_a_movement_does_not_join_its_name(text, body):
    names = tagged_body_names(text)
    assert body in names and not any(n.startswith(body + " ") for n in names)
