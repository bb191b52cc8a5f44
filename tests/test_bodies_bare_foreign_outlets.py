"""Bodies: a foreign news outlet printed by its own Latin name alone is a mention wherever world news cites it
("nói với Reuters", "theo thông tin từ CNN", "..., theo Washington Post."); a photo credit, a source tag in
parentheses or a person's surname spelled like one names none, and the same article's descriptor before it
("Hãng tin Reuters") is a common noun: the outlet is named by its own name (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, person_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Một quan chức giấu tên nói với Reuters rằng cuộc đàm phán sẽ tiếp tục.", "Reuters"),
    ("Số người thiệt mạng đã lên tới 12, theo thông tin từ CNN.", "CNN"),
    ("Cảnh sát đã bắt giữ hai nghi phạm ở ngoại ô, theo Washington Post.", "Washington Post"),
    ("Theo Al Jazeera, đoàn xe cứu trợ đã vượt qua cửa khẩu phía nam.", "Al Jazeera"),
    ("Cơn bão đã làm 5 người thiệt mạng, AFP dẫn nguồn tin địa phương cho biết.", "AFP"),
    ("Công ty khởi nghiệp vừa gọi vốn thành công, The Guardian đưa tin hôm 3-5.", "The Guardian"),
    ("Đội bóng đã sa thải huấn luyện viên trưởng sau trận thua, theo BBC.", "BBC"),
])
def test_a_bare_foreign_outlet_is_named(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


def test_the_descriptor_printed_before_it_is_no_part_of_the_name():
    text = ("Theo Hãng tin Reuters, giá dầu tăng 3% trong phiên sáng. "
            "Một thương nhân nói với Reuters rằng nguồn cung đang thiếu hụt.")
    assert body_names(text) == ["Reuters", "Reuters"]


@pytest.mark.parametrize("text", [
    "Ngân hàng trung ương giữ nguyên lãi suất trong tháng này. Ảnh: Reuters",
    "Đội chủ nhà giành chiến thắng 2-1 trên sân nhà. Ảnh: AFP",
    "Giá vàng thế giới giảm nhẹ trong phiên cuối tuần. (Theo Bloomberg, The Guardian)",
    "Tỉ phú Michael Bloomberg đã quyên góp cho quỹ phòng chống thiên tai.",
    "Cầu thủ Tom Politico ghi bàn thắng quyết định ở phút cuối.",
    "Giá xăng dầu trong nước được giữ nguyên trong kỳ điều hành này.",
    "Trời rét đậm ở vùng núi phía bắc, nhiệt độ xuống dưới 5 độ C.",
])
def test_credits_tags_and_surnames_name_no_outlet(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Đài CNN dẫn lời một quan chức Canada cho biết cuộc họp bị hoãn.", "CNN"),
    ("Đài BBC dẫn lời nhà chức trách Peru cho biết có 4 người bị thương.", "BBC"),
    ("Đài CNBC phát sóng trực tiếp buổi họp báo của ngân hàng trung ương.", "CNBC"),
])
def test_a_known_outlet_acronym_ends_the_name_its_descriptor_opens(text, body):
    # the outlet's acronym is the name's own: the lower-case words after it are the sentence's (tagged Doc)
    assert tagged_body_names(text) == [body]


@pytest.mark.parametrize("text, bodies", [
    ("Tạp chí Lumina và tờ Washington Post đều đăng bài về vụ việc.", ["Tạp chí Lumina", "Washington Post"]),
    ("Hãng tin Reuters và tờ Bloomberg đồng loạt đưa tin về thương vụ.", ["Reuters", "Bloomberg"]),
    ("Báo Sorvik Daily và hãng tin Yonhap cùng dẫn nguồn tin giấu tên.", ["Báo Sorvik Daily", "Yonhap"]),
])
def test_an_outlet_after_its_lower_case_descriptor_ends_the_name_before_it(text, bodies):
    assert body_names(text) == bodies
    assert tagged_body_names(text) == bodies


@pytest.mark.parametrize("text", [
    "Bệnh nhân được chỉ định xét nghiệm AFP để tầm soát bệnh gan.",
    "Bác sĩ theo dõi chỉ số AFP của bệnh nhân sau ca mổ.",
    "Nồng độ AFP trong máu của sản phụ tăng cao bất thường.",
    "Nhóm sinh viên dùng mô hình CNN để nhận dạng biển số xe.",
    "Mạng CNN được huấn luyện trên 10.000 ảnh chụp lá cây.",
    "Quốc gia này nhận lô vaccine Sputnik V đầu tiên vào tháng 3.",
    "Năm 1957, Liên Xô phóng vệ tinh Sputnik 1 lên quỹ đạo.",
    "Cựu thị trưởng Bloomberg tuyên bố ủng hộ ứng viên tranh cử.",
    "Ông Bloomberg cho biết sẽ quyên góp thêm cho quỹ khí hậu.",
    "Tỉ phú Michael R. Bloomberg đã quyên góp cho trường đại học.",
    "Tổ chức Bloomberg Philanthropies tài trợ dự án phòng chống tai nạn.",
    "Bộ phim The Guardian ra mắt khán giả vào mùa hè năm ấy.",
])
def test_a_person_a_test_or_a_thing_named_like_an_outlet_names_none(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text", [
    "Giá dầu tăng mạnh trong phiên sáng. (Ảnh minh họa: Reuters)",
    "Đội khách giành chiến thắng sát nút. Ảnh minh họa: AFP.",
    "Cơn lốc làm tốc mái hàng chục ngôi nhà. Ảnh tư liệu: AFP",
    "Lực lượng cứu hộ tìm kiếm người mất tích. Nguồn ảnh: Reuters",
    "Giá vàng thế giới đi ngang trong phiên cuối tuần.\nReuters",
    "Thị trường chứng khoán châu Á đồng loạt giảm điểm.\n- AFP",
])
def test_photo_credits_and_a_closing_source_line_name_none(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text", [
    "Hãng tin AFP cho biết cuộc xét nghiệm đã hoàn tất.",
    "Theo CNN, mô hình kinh tế này đã lỗi thời.",
    "Ông Ravel trả lời phỏng vấn Bloomberg hôm 2-4.",
])
def test_the_outlet_cited_near_those_words_is_still_named(text):
    assert tagged_body_names(text) in (["AFP"], ["CNN"], ["Bloomberg"])


@pytest.mark.parametrize("text", [
    "Ông Bloomberg cho biết sẽ quyên góp thêm cho quỹ khí hậu.",
    "Cựu thị trưởng Bloomberg tuyên bố ủng hộ ứng viên tranh cử.",
])
def test_the_person_named_like_an_outlet_stays_a_person(pipeline, text):
    assert "Bloomberg" in person_names(pipeline, text)


def test_guardian_printed_short_is_the_guardian_the_article_prints():
    text = "Tờ The Guardian cho biết con tàu bị chặn lại. Guardian cũng dẫn lời thuyền trưởng Orlan."
    assert body_names(text) == ["The Guardian", "The Guardian"]
    assert tagged_body_names(text) == ["The Guardian", "The Guardian"]
    assert tagged_body_names("Theo báo Guardian, nhóm nghiên cứu đã theo dõi 900 người.") == ["Guardian"]
