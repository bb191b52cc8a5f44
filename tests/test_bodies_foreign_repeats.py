"""Bodies: in a world-news article (no "Việt Nam", no Vietnamese local body) a state body printed bare after the
same body printed with a country is that foreign body again ("Bộ Tư pháp Mỹ ... trong Bộ Tư pháp"); near-misses
in ordinary news keep the bare body (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, extracted_body_names, positions


@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ Tư pháp Mỹ đã mở cuộc điều tra về công ty Zentrax. Ông Dolan bổ nhiệm ông John Blake vào một vị trí "
     "cấp cao trong Bộ Tư pháp.", ["Bộ Tư pháp Mỹ"]),
    ("Dự luật do Quốc hội Pháp thông qua tháng trước gây tranh cãi. Tuy nhiên, Quốc hội vẫn có thể sửa đổi luật "
     "này.", ["Quốc hội Pháp"]),
    ("Người phát ngôn Bộ Ngoại giao Thái Lan cho biết nước này bất ngờ. Từ phía Bộ Ngoại giao, chúng tôi ủng hộ "
     "đối thoại.", ["Bộ Ngoại giao Thái Lan"]),
    ("Chính phủ Canada công bố gói hỗ trợ mới cho nông dân. Chính phủ cho biết gói này trị giá 2 tỉ USD.",
     ["Chính phủ Canada"]),
])
def test_bare_repeat_is_the_foreign_body(text: str, expected: list[str]) -> None:
    assert extracted_body_names(text) == expected


def test_the_nearest_country_wins() -> None:
    text = ("Bộ Ngoại giao Ai Cập lên án vụ tấn công. Bộ Ngoại giao Jordan bác bỏ cáo buộc. "
            "Người phát ngôn Bộ Ngoại giao cho biết sẽ triệu tập đại sứ.")
    assert body_names(text)[-1] == "Bộ Ngoại giao Jordan"
    assert extracted_body_names(text) == ["Bộ Ngoại giao Ai Cập", "Bộ Ngoại giao Jordan"]


def test_a_position_in_the_bare_repeat_takes_the_country(pipeline) -> None:
    text = ("Chính phủ Canada công bố gói hỗ trợ mới. Ông Mark Dole, phát ngôn viên Chính phủ, cho biết gói này "
            "trị giá 2 tỉ USD.")
    assert positions(pipeline, text)["Mark Dole"] == {("Phát ngôn viên", "Chính phủ Canada", "current")}


@pytest.mark.parametrize(("text", "bare"), [
    # business: the home country printed, the bare ministry is Vietnam's
    ("Bộ Công Thương Hàn Quốc công bố số liệu thương mại. Bộ Công Thương cho biết xuất khẩu của Việt Nam sang Hàn "
     "Quốc tăng 10%.", "Bộ Công Thương"),
    # health: a Vietnamese local body in the article
    ("Sở Y tế tỉnh Bình An đã ký thỏa thuận với Chính phủ Hungary. Chính phủ đã đồng ý cấp vốn cho bệnh viện.",
     "Chính phủ"),
    ("Ủy ban nhân dân huyện Tân Lộc tiếp đoàn công tác của Chính phủ Lào. Chính phủ đã chỉ đạo hỗ trợ vốn cho "
     "huyện.", "Chính phủ"),
    # weather: the home country printed
    ("Bộ Y tế Nhật Bản cảnh báo dịch cúm lan nhanh. Thời tiết rét đậm kéo dài, Bộ Y tế khuyến cáo người dân Việt "
     "Nam tiêm phòng.", "Bộ Y tế"),
    # crime: a provincial police in the article
    ("Công an tỉnh Hòa Bình bắt giữ hai nghi phạm người Lào. Bộ Công an Lào đã phối hợp điều tra. Bộ Công an cho "
     "biết sẽ dẫn độ.", "Bộ Công an"),
    # the bare body printed first is no repeat
    ("Bộ Tài chính công bố dự thảo luật thuế. Sau đó, Bộ Tài chính Nhật Bản cũng đưa ra quy định tương tự.",
     "Bộ Tài chính"),
    # sport: another body of the same country is no repeat
    ("Câu lạc bộ Redmoor bị phạt nặng. Bộ Thể thao Đức và Bộ Tài chính cho biết chưa nhận được đơn.",
     "Bộ Tài chính"),
])
def test_near_misses_keep_the_bare_body(text: str, bare: str) -> None:
    assert bare in extracted_body_names(text)


def test_a_foreign_holder_after_the_bare_title_takes_the_nearest_country(pipeline) -> None:
    text = ("Bộ Ngoại giao Ai Cập lên án vụ tấn công. Bộ Ngoại giao Jordan bác bỏ cáo buộc. "
            "Thứ trưởng Ngoại giao Omar al-Farid cho biết sẽ triệu tập đại sứ.")
    assert ("Thứ trưởng", "Bộ Ngoại giao Jordan", "current") in positions(pipeline, text)["Omar al-Farid"]


@pytest.mark.parametrize("text", [
    "Quốc hội Ấn Độ họp phiên bất thường. Sau đó, Chủ tịch Quốc hội Trần Văn Lộc tiếp đoàn doanh nghiệp.",
    "Bộ Ngoại giao Lào ra thông cáo. Bộ trưởng Ngoại giao Lê Thị Hòa cho biết giá vé máy bay sẽ giảm.",
])
def test_a_vietnamese_holder_keeps_the_bare_office(pipeline, text: str) -> None:
    got = positions(pipeline, text)
    bodies = {b for person in got.values() for _t, b, _s in person}
    assert bodies and all(b in ("Quốc hội", "Bộ Ngoại giao") for b in bodies)
