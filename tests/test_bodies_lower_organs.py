"""A foreign state organ named at length in lower-case words with its country printed last: a military branch is a
state word ("Lực lượng tên lửa chiến lược Xyzland", "Lực lượng không quân X"), even where the tagger reads it as a
verb; the country may follow "của", left out of the name, when the words before it are all lower case ("Cơ quan
tình báo của X" -> "Cơ quan tình báo X"; not "Cơ quan tình báo Mossad của X", the organ's own name); such a run
may open a sentence when it holds a state word. A film's title, a common noun, a sports team, a Vietnamese ministry
with a country it deals with and a country alone name no organ (constructed sentences, each naming a person or a
body)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Lực lượng tên lửa chiến lược Nga sẽ nhận thêm hệ thống mới, ông Ivan Sokol nói.",
     "Lực lượng tên lửa chiến lược Nga"),
    ("Tổng tư lệnh Lực lượng tên lửa chiến lược của Nga, đại tướng Pavel Orlin, cho biết như vậy.",
     "Lực lượng tên lửa chiến lược Nga"),
    ("Lực lượng không quân Ukraine cho biết đã bắn hạ 20 thiết bị bay, ông Taras Hlyb nói.",
     "Lực lượng không quân Ukraine"),
    ("Cơ quan cảnh sát quốc gia của Nhật Bản cho biết sẽ trang bị camera cho cảnh sát.",
     "Cơ quan cảnh sát quốc gia Nhật Bản"),
    ("Theo Cơ quan tình báo của Ukraine, tên lửa được phóng từ vùng Astrakhan.", "Cơ quan tình báo Ukraine"),
    ("Binh sĩ Lực lượng hải quân Hàn Quốc đã tham gia cuộc tập trận chung.", "Lực lượng hải quân Hàn Quốc"),
])
def test_a_lower_case_foreign_organ(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    # the organ's own name before "của": the country is no part of it
    "Cơ quan tình báo Mossad của Israel sau đó giúp ông Reza Pahlan huấn luyện cảnh sát.",
    # a common noun opening a sentence
    "Lực lượng cứu hộ Thái Lan đã có mặt, ông Somchai Dee cho biết.",
    "Tổ chức lễ hội văn hóa Nhật Bản tại Hà Nội thu hút đông người, bà Lê Thu Hà nói.",
    # business and weather with "của" before a country
    "Hội đồng quản trị của Nhật Bản đã phê duyệt, ông Tanaka Ken nói.",
    "Văn phòng đại diện của hãng tại Hàn Quốc đóng cửa, ông Kim Jae-won cho biết.",
    "Trung tâm dự báo thời tiết của Nhật Bản cảnh báo bão, ông Sato Ren nói.",
    # sport: fans and teams
    "Lực lượng cổ động viên của Thái Lan đã có mặt tại sân Mỹ Đình cùng HLV Kiatisak.",
    "Đội tuyển hải quân Mỹ thắng đội lục quân trong trận đấu, HLV John Carter nói.",
    # culture: a film's title
    "Phim Lực lượng tên lửa của Nga do đạo diễn Ivan Petrov thực hiện.",
])
def test_no_lower_case_organ(text):
    names = tagged_body_names(text)
    assert not any(n.startswith(("Cơ quan", "Lực lượng", "Hội đồng", "Văn phòng", "Trung tâm")) for n in names), names


@pytest.mark.parametrize("text, wrong", [
    ("Bộ trưởng Ngoại giao Việt Nam tiếp Đại sứ Nga Gennady Bezdel tại Hà Nội.", "Nga"),
    ("Bộ trưởng Công Thương Việt Nam và Nhật Bản ký biên bản ghi nhớ, ông Nguyễn Hồng Diên cho biết.", "Nhật Bản"),
    ("Bộ trưởng Ngoại giao Việt Nam hội đàm với người đồng cấp Lào, bà Lê Thị Thu Hằng cho biết.", "Lào"),
])
def test_a_home_minister_with_another_country_names_no_foreign_ministry(text, wrong):
    assert not any(n.endswith(wrong) for n in tagged_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Bộ trưởng Năng lượng Anh Ed Milburn cho biết như vậy.", "Bộ Năng lượng Anh"),
    ("Bộ trưởng Tài chính của Qatar Ali Kuwar dự họp.", "Bộ Tài chính Qatar"),
])
def test_a_foreign_minister_still_names_his_ministry(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Văn phòng quốc hội của Hàn Quốc cho biết như vậy.", "Văn phòng Quốc hội Hàn Quốc"),
    ("Ông Lee nói Văn phòng quốc hội của Nhật Bản đã họp chiều qua.", "Văn phòng Quốc hội Nhật Bản"),
])
def test_an_earlier_reading_of_the_same_words_is_kept(text, body):
    names = tagged_body_names(text)
    assert body in names and not any(n != body and n.lower() == body.lower() for n in names)
