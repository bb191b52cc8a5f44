"""Bodies: a foreign mission printed bare with its country ("Đại sứ quán Mỹ") where the article names that
mission with its host once ("Đại sứ quán Mỹ tại Ba Lan") is that mission: one body, one name."""

from __future__ import annotations

from conftest import extracted_body_names as body_names


def test_bare_embassy_after_its_hosted_name_is_the_hosted_one() -> None:
    text = ("Đại sứ quán Mỹ tại Ba Lan tạm ngừng cấp thị thực tuần này. Sau đó, Đại sứ quán Mỹ đã khuyên người xin "
            "thị thực đặt lịch lại.")
    assert body_names(text) == ["Đại sứ quán Mỹ tại Ba Lan"]


def test_bare_embassy_before_its_hosted_name_is_the_hosted_one() -> None:
    text = ("Đại sứ quán Việt Nam cùng hội sinh viên mở lớp dạy tiếng Việt cho trẻ em. Lãnh đạo Đại sứ quán Việt Nam "
            "tại Đức cảm ơn các thầy cô tình nguyện.")
    assert body_names(text) == ["Đại sứ quán Việt Nam tại Đức"]


def test_bare_consulate_after_its_hosted_name() -> None:
    text = ("Tổng Lãnh sự quán Nhật Bản tại TP.HCM mở hội chợ việc làm. Đại diện Tổng Lãnh sự quán Nhật Bản nói "
            "hội chợ năm nay đông hơn.")
    assert body_names(text) == ["Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh"]


def test_bare_embassy_of_two_hosts_is_left_as_printed() -> None:
    text = ("Đại sứ quán Việt Nam tại Hàn Quốc nhắc lao động giữ hợp đồng. Tuần trước, Đại sứ quán Việt Nam tại "
            "Nhật Bản cũng nhắc như vậy. Đại sứ quán Việt Nam mở đường dây nóng.")
    assert body_names(text) == ["Đại sứ quán Việt Nam tại Hàn Quốc", "Đại sứ quán Việt Nam tại Nhật Bản",
                                "Đại sứ quán Việt Nam"]


def test_another_countrys_embassy_is_not_folded() -> None:
    text = "Đại sứ quán Nga tại Mỹ phản đối. Đại sứ quán Mỹ chưa bình luận về việc này."
    assert body_names(text) == ["Đại sứ quán Nga tại Mỹ", "Đại sứ quán Mỹ"]


def test_bare_embassy_no_host_named_stays() -> None:
    assert body_names("Đại sứ quán Pháp gửi công hàm tới các bên liên quan.") == ["Đại sứ quán Pháp"]
