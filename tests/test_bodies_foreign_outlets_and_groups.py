"""Foreign outlets after a lower-case descriptor ("tờ Daily Sample") and armed groups after their cue ("lực lượng vũ trang
Xyzar"): the Latin name alone is the body; a country, a Vietnamese name or a compound word ("cảnh báo") is none."""

import pytest

from nqextract.extract.bodies import find_bodies


def names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text)]


@pytest.mark.parametrize("text, name", [
    ("Trước đó, tờ Morning Zapper dẫn lời các quan chức cho biết.", "Morning Zapper"),
    ("Kế hoạch này bị lộ, theo tờ Daily Quillon.", "Daily Quillon"),
    ("Ông Brant nói với tờ Vexor rằng ông sẽ từ chức.", "Vexor"),
    ("Điều này được hãng tin ABX xác nhận hôm qua.", "ABX"),
    ("Nguồn tin của hãng thông tấn Kolvar Press cho biết.", "Kolvar Press"),
    ("Ngày 3-4, hãng thông tấn ZTV đưa tin về vụ việc.", "ZTV"),
])
def test_outlet_after_descriptor(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("Các tay súng Xyzar bất ngờ tấn công đồn biên phòng.", "Xyzar"),
    ("Thỏa thuận ngừng bắn giữa đôi bên và lực lượng vũ trang Qorvat có hiệu lực.", "Qorvat"),
    ("Lãnh đạo của phong trào Hồi giáo Brenna đã bị tiêu diệt.", "Brenna"),
    ("Rocket do nhóm vũ trang Tessik phóng rơi xuống làng.", "Tessik"),
])
def test_group_after_cue(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    ("Chuyên gia cảnh báo Zentra Motors sẽ gặp khó.", "Zentra Motors"),   # "cảnh báo": a verb
    ("Khán giả đổ về khán đài QFF 2025.", "QFF"),                         # "khán đài": a stand
    ("Ông nói rằng báo Israel đã đăng bài.", "Israel"),                  # a country's press
    ("Lực lượng Ukraine rút khỏi làng.", "Ukraine"),                    # a country's forces
    ("lực lượng Israel rút quân khỏi thị trấn", "Israel"),
    ("Anh gặp tờ Nguyễn Văn An để hỏi.", "Nguyễn Văn An"),              # not Latin
    ("Lực lượng Nguyễn Văn Bảo được điều động.", "Nguyễn Văn Bảo"),
    ("Ông nói với báo Anh rằng ông sẽ đi.", "Anh"),                      # a country word, not Latin
])
def test_near_misses(text, wrong):
    assert wrong not in names(text)


def test_cut_foreign_name_is_none():
    assert "L" not in names("Ngày 3-5, báo L’ Zephyrité đăng bài của ông.")
    assert "D" not in names("Ngày 3-5, báo D' Orvalé đăng bài của ông.")


@pytest.mark.parametrize("text, name", [
    ("Thỏa thuận ngừng bắn giữa Israel và Xyzar có hiệu lực từ sáng nay.", "Xyzar"),
    ("Cuộc đàm phán ngừng bắn giữa Israel - Qorvat vẫn bế tắc.", "Qorvat"),
    ("Giao tranh giữa Liban và Brenna lại bùng phát.", "Brenna"),
])
def test_group_after_country_in_a_pair(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    ("Giao tranh giữa Nga và Ukraine tiếp diễn.", "Ukraine"),            # two countries
    ("Trận đấu giữa Zorvan và Chelkor diễn ra tối qua.", "Chelkor"),     # no country first
    ("Cuộc gặp giữa Mỹ và Tessik Tower bị hoãn.", "Tessik"),             # a longer name
    ("Giao tranh giữa Israel và Lebanon leo thang.", "Lebanon"),
])
def test_pair_near_misses(text, wrong):
    assert wrong not in names(text)


def test_agency_closing_a_sentence_after_comma_theo():
    assert "Tân Hoa xã" in names("Hai người bị thương, theo Tân Hoa xã. Vụ việc đang được điều tra.")
    assert "Thông tấn xã Việt Nam" in names("Đoàn đã lên đường, theo TTXVN.")
    assert "Tân Hoa xã" not in names("Ảnh: Tân Hoa xã")
    assert "Tân Hoa xã" not in names("Vụ việc đang được điều tra. (Theo Tân Hoa xã)")


@pytest.mark.parametrize("text", [
    "Người dùng phải báo Zorvix về sự cố ngay trong ngày.",          # "báo" the verb
    "Nước này tổ chức Olympix năm 2030.",                            # "tổ chức" the verb
    "Đoàn đến đài Hoa Sen viếng các anh hùng liệt sĩ.",              # "đài" a memorial
    "Lễ ký kết hợp tác giữa Nhật Bản và Qorvat diễn ra hôm qua.",    # a pair with no conflict
    "Các chiến binh Spartix trong phim đã thu hút khán giả.",        # bare "chiến binh"
])
def test_verbs_memorials_and_peaceful_pairs_name_no_foreign_body(text):
    found = set(names(text))
    assert not any(n in found for n in ("Zorvix", "Olympix", "Hoa Sen", "Qorvat", "Spartix"))
