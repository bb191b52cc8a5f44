"""Bodies: a foreign news outlet printed by its own Latin name after a source word outside parentheses is the
outlet the article cites ("Nguồn: Reuters.", "Trước đó theo Reuters, ...", a closing line "Theo Sky News"): the
ledger's gold lists it. A photo credit ("Ảnh: Reuters"), a source tag in parentheses ("(theo Reuters)"), a
Vietnamese agency's source and a person's surname spelled like an outlet name none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Các bộ trưởng chụp ảnh chung bên lề hội nghị ở Velmora. Nguồn: Reuters. Phiên thảo luận khép lại vào chiều thứ Sáu.", "Reuters"),
    ("Đoàn xe chở hàng cứu trợ đã tới cửa khẩu phía nam. Nguồn: Al Jazeera", "Al Jazeera"),
    ("Giá nhập khẩu lúa mì tiếp tục tăng. Trước đó theo Reuters, nước này đã mua thêm hai lô hàng.", "Reuters"),
    ("Cảnh sát đã bắt giữ thêm ba nghi phạm trong đường dây buôn lậu.\nTheo Sky News", "Sky News"),
    ("Đàm phán thương mại dự kiến nối lại vào tuần sau.\nTheo Bloomberg", "Bloomberg"),
    ("Cũng theo CNN, đoàn thanh tra sẽ tới nhà máy Korvath vào đầu tháng tới.", "CNN"),
    ("Còn theo BBC, số người sơ tán khỏi vùng ven biển đã vượt hai nghìn.", "BBC"),
    ("Theo Reuters cho biết, hai bên đã ký biên bản ghi nhớ về khoáng sản.", "Reuters"),
])
def test_a_foreign_outlet_after_a_source_word_is_named(text, outlet):
    assert body_names(text) == [outlet]
    assert tagged_body_names(text) == [outlet]


@pytest.mark.parametrize("text", [
    "Ngân hàng trung ương giữ nguyên lãi suất trong tháng này. Ảnh: Reuters",
    "Đám đông tụ tập trước tòa thị chính Velmora. Ảnh: Bloomberg Cảnh sát đã phong tỏa quảng trường.",
    "Lực lượng cứu hộ tìm kiếm người mất tích trên núi. Nguồn ảnh: Reuters",
    "Phía công ty vẫn im lặng trước các câu hỏi. Minh Tâm (theo Reuters)",
    "Giá vàng thế giới giảm nhẹ trong phiên cuối tuần. (Theo Bloomberg, The Guardian)",
    "Đoàn công tác thăm hỏi bà con vùng lũ huyện Sơn Hà. Nguồn: TTXVN",
    "Ông Bloomberg cho biết sẽ quyên góp thêm cho quỹ khí hậu. Nguồn: Lê Hưng",
    "Giá vàng thế giới đi ngang trong phiên cuối tuần.\nReuters",
])
def test_a_photo_credit_a_tag_in_parentheses_or_a_vietnamese_source_names_no_outlet(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text", [
    # the name goes on: a capitalized word, a slash or a hyphen after it
    "Theo Bloomberg Billionaires Index, tài sản của nhà sáng lập Velmora Tech tăng mạnh. Bộ Tài chính chưa bình luận.",
    "Theo CNN Business, Bộ Thương mại đang xem xét lại mức thuế với hàng nhập từ Korvath.",
    "Khảo sát mới nhất, theo Reuters/Ipsos, cho thấy Quốc hội mất điểm trước cử tri Velmora.",
    "Theo Washington Post-ABC News, phần lớn cử tri ủng hộ Bộ Y tế trong cuộc tranh luận.",
    "Học viên tự luyện nghe mỗi tối theo BBC Learning English mà Bộ Tư pháp gợi ý.",
    "Theo Reuters Institute, niềm tin vào tin tức trên mạng tiếp tục giảm. Bộ Công Thương chưa bình luận.",
    "Theo New York Times Magazine, Bộ Ngoại giao đã bí mật cử đặc phái viên tới Korvath.",
    "Theo Bloomberg L.P., Bộ Tài chính đã bán thêm trái phiếu kỳ hạn mười năm.",
    # "theo" after a verb
    "Nhiều người làm theo CNN khi Bộ Y tế khuyến cáo đeo khẩu trang nơi công cộng.",
    "Phóng viên trẻ đi theo BBC suốt chuyến công tác của Bộ Ngoại giao tới Velmora.",
    "Cử tri nghe theo CNN hơn là thông cáo của Bộ Nội vụ về cuộc bầu cử.",
    "Ông Hạ Vĩnh làm việc theo Kyodo trong nhiều năm trước khi về Bộ Ngoại giao.",
    # a photo's credit line
    "Bộ Quốc phòng Velmora công bố hình ảnh cuộc diễn tập.\nẢnh minh họa theo AFP",
    "Bộ Ngoại giao Korvath lên tiếng về vụ việc.\nẢnh chụp màn hình, theo CNN",
    "Bộ Y tế Velmora phát đi cảnh báo mới.\nẢnh: theo Reuters",
    # two outlets in one source line: neither
    "Bộ Quốc phòng Korvath xác nhận vụ phóng tên lửa. Nguồn: Reuters/AFP",
])
def test_an_outlet_name_going_on_a_verb_before_theo_or_a_photo_line_names_no_outlet(text):
    names = body_names(text)
    assert not {"Reuters", "Bloomberg", "CNN", "BBC", "AFP", "Kyodo", "The New York Times",
                "New York Times", "The Washington Post", "Washington Post"} & set(names), names
    assert names, "the body the sentence names is still named"
