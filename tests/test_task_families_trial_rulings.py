"""Task family of pleas asking a trial panel or a court printed bare for a ruling or a step of the trial, on
invented sentences with several variants: a prosecutor, a lawyer or a party asking the panel ("hội đồng
xét xử", "HĐXX") or the court ("tòa") to reject or accept an appeal, to apply a measure, to order a party,
to go back to questioning or to adjourn directs that panel; the action ends before a contrast or a purpose.
Near misses: a sentencing proposal (a prison term, a death sentence, a suspended sentence, a fine or the
lowest penalty in what is asked), a plea with no panel printed, a panel that rules itself, the plea's
word read as a noun (a request refused or reported), and a sentence opening with "Đồng thời" whose own
subject speaks anew (no follow-up of the last plea). Pleas of leniency keep a prison term they name."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Chiều 9-11, công tố viên Phùng Quang Dũng đề nghị HĐXX bác trọn vẹn hai đơn kháng cáo mà nhóm buôn "
     "gỗ lậu nộp.",
     "Hội đồng xét xử", "bác trọn vẹn hai đơn kháng cáo mà nhóm buôn gỗ lậu nộp"),
    ("Phát biểu cuối phiên, đại diện VKSND huyện Thạch Lâm đề nghị HĐXX không chấp nhận đơn kháng cáo "
     "của chủ quán karaoke Tạ Văn Hòe.",
     "Hội đồng xét xử", "không chấp nhận đơn kháng cáo của chủ quán karaoke Tạ Văn Hòe"),
    ("Vì nhân chứng quan trọng vắng mặt, công tố viên yêu cầu HĐXX hoãn buổi xử sang đầu tháng Chạp.",
     "Hội đồng xét xử", "hoãn buổi xử sang đầu tháng Chạp"),
    ("Thấy hai nhân chứng khai vênh nhau, công tố viên đề nghị HĐXX trở lại hỏi tài xế về chiếc xe tải.",
     "Hội đồng xét xử", "trở lại hỏi tài xế về chiếc xe tải"),
    ("Luật sư Khổng Minh Triết yêu cầu HĐXX áp dụng quy định về phụ nữ mang thai với cô Lò Thị "
     "Xuyến.",
     "Hội đồng xét xử", "áp dụng quy định về phụ nữ mang thai với cô Lò Thị Xuyến"),
    ("Hợp tác xã Bình Minh gửi đơn đề nghị tòa buộc ông Quách Văn Lợi trả lại 340 triệu đồng tiền cọc.",
     "Tòa án", "buộc ông Quách Văn Lợi trả lại 340 triệu đồng tiền cọc"),
    ("Phía nguyên đơn đề nghị tòa công nhận quyền sử dụng thửa ruộng ven sông cho gia đình bà Mạc Thị Lài.",
     "Tòa án", "công nhận quyền sử dụng thửa ruộng ven sông cho gia đình bà Mạc Thị Lài"),
])
def test_a_plea_for_a_ruling_directs_the_panel(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Công ty Phúc Hưng đề nghị tòa buộc hai cổ đông cũ hoàn trả 4 tỉ đồng để công ty kịp trả lương "
     "cho công nhân.",
     "Tòa án", "buộc hai cổ đông cũ hoàn trả 4 tỉ đồng"),
    ("Người bào chữa đề nghị HĐXX trả hồ sơ về huyện Mường Lát, nhưng công tố viên vẫn bảo lưu ý kiến.",
     "Hội đồng xét xử", "trả hồ sơ về huyện Mường Lát"),
    ("Kiểm sát viên đề nghị HĐXX chấp nhận một phần kháng nghị về khoản tiền thu lời, tuy nhiên cho rằng "
     "tội danh đã đúng.",
     "Hội đồng xét xử", "chấp nhận một phần kháng nghị về khoản tiền thu lời"),
])
def test_a_plea_for_a_ruling_ends_before_a_contrast_or_a_purpose(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text, action", [
    ("Ông Đàm Văn Sửu xin HĐXX xem xét giảm nhẹ mức án 9 năm tù vì ông đã bồi hoàn đủ cho ngân hàng.",
     "xem xét giảm nhẹ mức án 9 năm tù vì ông đã bồi hoàn đủ cho ngân hàng"),
    ("Người bào chữa đề nghị HĐXX xem xét cho thân chủ được hưởng mức án dưới 2 năm tù bởi cô vừa sinh "
     "con.",
     "xem xét cho thân chủ được hưởng mức án dưới 2 năm tù bởi cô vừa sinh con"),
])
def test_a_plea_of_leniency_keeps_its_prison_term(run, text, action):
    assert [t.action for t in run(text) if t.assignee == "Hội đồng xét xử"] == [action], pairs(run(text))


@pytest.mark.parametrize("text", [
    "Công tố viên đề nghị HĐXX áp dụng điều khoản về tái phạm, phạt Nông Văn Khởi chừng 6 - 7 năm tù.",
    "Công tố viên yêu cầu HĐXX áp dụng mức án 30 tháng tù với người lái máy xúc Hà Văn Cẩn.",
    "Phía công tố đề nghị HĐXX áp dụng án tử hình với Vi Văn Dậu, kẻ chủ mưu đường dây ma túy.",
    "Đại diện VKSND huyện Bảo Lạc đề nghị tòa áp dụng án treo cho Lục Thị Mai vì cô nuôi ba con nhỏ.",
    "Người bào chữa yêu cầu HĐXX áp dụng mức hình phạt thấp nhất cho Ninh Văn Tám.",
    "Kiểm sát viên đề nghị HĐXX áp dụng hình phạt tiền 80 triệu đồng đối với công ty vận tải Hải Đăng.",
    "Công tố viên Phùng Quang Dũng còn đề nghị bác yêu cầu của chủ quán karaoke Tạ Văn Hòe.",
    "HĐXX bác đơn của Lò Văn Páo, giữ y phán quyết về vụ trộm trâu.",
    "Tòa chấp nhận hầu hết đòi hỏi của Hợp tác xã Bình Minh.",
    "Ông Đàm Văn Sửu xin HĐXX tuyên phạt ông 18 tháng tù.",
    "HĐXX bác đề nghị tòa trả hồ sơ về huyện Mường Lát của luật sư Khổng Minh Triết.",
    "Trước đề nghị HĐXX hoãn buổi xử của phía bị đơn, chủ tọa Mã Văn Quyết hội ý rồi cho xử tiếp đến "
    "trưa.",
    "Chủ tọa không chấp nhận đề nghị tòa tạm ngưng buổi xử mà luật sư Khổng Minh Triết đưa ra.",
])
def test_no_plea_for_a_ruling(run, text):
    assert not [t for t in run(text) if t.assignee in ("Hội đồng xét xử", "Tòa án")], pairs(run(text))


def test_a_new_speaker_after_dong_thoi_is_no_follow_up(run):
    tasks = run("Công tố viên đề nghị HĐXX tạm đình chỉ vụ án với Vương Văn Khải vì ông này phải mổ tim. Đồng "
                "thời công tố viên đề nghị HĐXX tuyên phạt Mã Thị Huệ 4 năm tù.")
    assert [t.action for t in tasks] == ["tạm đình chỉ vụ án với Vương Văn Khải vì ông này phải mổ tim"], \
        pairs(tasks)


def test_dong_thoi_still_follows_up_a_duty(run):
    tasks = run("Chủ tịch tỉnh yêu cầu Sở Xây dựng sửa ngay các biển báo bị che khuất. Đồng thời, lắp "
                "thêm đèn tín hiệu ở những ngã ba hay xảy ra va chạm.")
    assert ("Sở Xây dựng", "lắp thêm đèn tín hiệu ở những ngã ba hay xảy ra va chạm") in pairs(tasks), \
        pairs(tasks)
