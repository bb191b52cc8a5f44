"""Task family of advice to the public after the other advisory verbs, on constructed texts with several
variants: "khuyên" and "cảnh báo" right before (after a comma or a colon) an audience ("người dân", "công
dân", "thí sinh", "khách hàng", after "tất cả" too) direct that audience to the action after it, as
"khuyến cáo" does, but only with a modal, a negation or an advice adverb opening it ("cần", "nên", "không",
"chủ động").

Near misses, each naming a person or a body and each caught by one guard: a warning of a fact about the
audience ("cảnh báo người dân ... sẽ bị phạt", "... có thể bị ...", "... là ...", "... tăng ..."), no marker
after the audience, or a fact predicate in its first clause ("khuyến cáo phụ huynh ... là ..."); the noun after a sign, a bulletin, a system, a level or an order ("lắp biển cảnh báo
người dân không ..."). Each fires without its guard."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Công an huyện Tam Nông cảnh báo người dân không nhấp vào đường dẫn lạ gửi qua tin nhắn điện thoại.",
     "người dân", "không nhấp vào đường dẫn lạ gửi qua tin nhắn điện thoại"),
    ("Trung tá Phạm Hữu Lộc cảnh báo: Người dân cần kiểm tra lại số tài khoản nhà xe trước khi đặt cọc vé Tết.",
     "Người dân", "kiểm tra lại số tài khoản nhà xe trước khi đặt cọc vé Tết"),
    ("Trạm Y tế phường Đông Hòa khuyến cáo người dân giữ ấm cho trẻ nhỏ, nhất là vào sáng sớm.",
     "người dân", "giữ ấm cho trẻ nhỏ, nhất là vào sáng sớm"),
    ("Bác sĩ Lưu Thanh Bình khuyên người dân nên đội mũ rộng vành khi làm cỏ ngoài đồng.",
     "người dân", "đội mũ rộng vành khi làm cỏ ngoài đồng"),
    ("Trường Cao đẳng Kỹ thuật Hòa Vang khuyến cáo thí sinh cần mang theo bản gốc giấy khai sinh khi đến nhập học.",
     "thí sinh", "mang theo bản gốc giấy khai sinh khi đến nhập học"),
    ("Công ty Cấp nước Tân Hưng khuyến cáo tất cả người dùng nên trữ sẵn nước sạch trong hai ngày sửa đường ống.",
     "tất cả người dùng", "trữ sẵn nước sạch trong hai ngày sửa đường ống"),
    ("Sở GD-ĐT tỉnh Hòa Định khuyên thí sinh không nên thức khuya trong đêm trước buổi thi.",
     "thí sinh", "không nên thức khuya trong đêm trước buổi thi"),
    ("Ngân hàng Thương mại Sông Lam cảnh báo khách hàng chủ động đổi mật khẩu ứng dụng sau mỗi ba tháng.",
     "khách hàng", "chủ động đổi mật khẩu ứng dụng sau mỗi ba tháng"),
    ("Đại sứ Lê Quang Thái cảnh báo, công dân Việt Nam cần tạm hoãn mọi chuyến đi tới vùng giáp ranh phía bắc.",
     "công dân Việt Nam", "tạm hoãn mọi chuyến đi tới vùng giáp ranh phía bắc"),
])
def test_advice_after_other_verbs(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    # a fact about the audience: no advice_marker after it (cue_advice_marked)
    "UBND tỉnh Hòa Định cảnh báo người dân xả rác xuống kênh sẽ bị phạt tới năm triệu đồng.",
    "Ban tổ chức hội thi tin học trẻ cảnh báo thí sinh mang tài liệu vào phòng sẽ bị loại ngay.",
    "Ngân hàng Thương mại Sông Lam cảnh báo khách hàng bán thông tin thẻ có thể bị truy cứu trách nhiệm.",
    "Ông Trịnh Văn Nghĩa cảnh báo người dân nhập viện vì sốt xuất huyết tăng nhanh trong tháng này.",
    "Công an huyện Tam Nông cảnh báo: Khách hàng nhận cuộc gọi tự xưng nhân viên điện lực là nạn nhân kế tiếp.",
    "Bà Hồ Thị Lan cảnh báo doanh nghiệp bỏ qua chuyển đổi số sẽ mất dần thị phần.",
    "Ông Võ Đình Tuấn khuyên phụ huynh bỏ mặc con chơi game là sai lầm lớn.",
    # "khuyến cáo" with no marker and a fact predicate (advice_fact) before the first comma
    "Sở Xây dựng tỉnh Hòa Định khuyến cáo chủ phương tiện chở quá tải qua cầu Bến Lội sẽ bị xử phạt nặng.",
    "Bà Lâm Ngọc Diệp khuyến cáo học sinh thức khuya thường xuyên là nguyên nhân gây cận thị.",
    "Trạm Y tế phường Đông Hòa khuyến cáo người dân ăn gỏi cá sống có thể bị nhiễm sán lá gan.",
    # the noun after an advice_not_after word
    "UBND xã Phú Mỹ lắp biển cảnh báo người dân không tắm ở hồ chứa nước Đồng Me.",
    "Đài Khí tượng tỉnh Hòa Định phát bản tin cảnh báo người dân cần chằng chống nhà cửa.",
    "UBND huyện Tam Nông lắp hệ thống cảnh báo người dân nên rời vùng trũng.",
    "Sở Nông nghiệp tỉnh Hòa Định nâng mức cảnh báo người dân không đốt nương trong mùa khô.",
    "Công an huyện Tam Nông ra lệnh cảnh báo người dân không tụ tập ở bờ đê.",
])
def test_no_advice(run, text):
    assert run(text) == [], pairs(run(text))
