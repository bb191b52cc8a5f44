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


def test_second_mission_with_o_is_not_merged_into_the_first() -> None:
    text = ("Đại sứ quán Mỹ tại Việt Nam thông báo lịch nghỉ lễ. Đại sứ quán Mỹ ở Thái Lan cũng nêu lịch "
            "tương tự.")
    assert "Đại sứ quán Mỹ tại Việt Nam" in body_names(text)
    assert body_names(text).count("Đại sứ quán Mỹ tại Việt Nam") == 1
    assert "Đại sứ quán Mỹ" in body_names(text)


def test_mission_with_o_and_a_city_keeps_its_own_reading() -> None:
    text = "Đại sứ quán Mỹ tại Việt Nam gửi lời chia buồn. Năm 2021, Đại sứ quán Mỹ ở Kabul đã đóng cửa."
    assert body_names(text) == ["Đại sứ quán Mỹ tại Việt Nam", "Đại sứ quán Mỹ"]


def test_host_with_o_only_leaves_the_bare_mention() -> None:
    # the scan names no mission with its host after "ở": the bare mentions stay as printed
    text = "Đại sứ quán Mỹ ở Thái Lan ra thông báo mới. Đại sứ quán Mỹ cũng khuyên công dân cẩn trọng."
    assert body_names(text) == ["Đại sứ quán Mỹ"]


def test_host_with_o_beside_a_hosted_name_makes_the_bare_mention_ambiguous() -> None:
    text = ("Đại sứ quán Mỹ ở Thái Lan ra thông báo mới. Đại sứ quán Mỹ tại Việt Nam nói khác. Sau đó Đại sứ quán "
            "Mỹ khuyên công dân cẩn trọng.")
    assert body_names(text) == ["Đại sứ quán Mỹ", "Đại sứ quán Mỹ tại Việt Nam"]


def test_lower_case_word_after_o_is_no_host() -> None:
    text = "Đại sứ quán Mỹ tại Ba Lan mở cửa lại. Đại sứ quán Mỹ ở đây đã nhận hồ sơ."
    assert body_names(text) == ["Đại sứ quán Mỹ tại Ba Lan"]


def test_mission_with_o_and_the_same_host_is_the_hosted_one() -> None:
    text = ("Đại sứ quán Việt Nam tại Thái Lan mở đường dây nóng cho du khách. Mọi vướng mắc xin gọi Đại sứ quán "
            "Việt Nam ở Thái Lan.")
    assert body_names(text) == ["Đại sứ quán Việt Nam tại Thái Lan"]


def test_mission_at_a_vietnamese_city_is_the_one_hosted_in_vietnam() -> None:
    text = ("Đại sứ quán Mỹ tại Việt Nam tổ chức tọa đàm về giáo dục. Hôm sau, Đại sứ quán Mỹ tại Hà Nội công bố "
            "học bổng mới.")
    assert body_names(text) == ["Đại sứ quán Mỹ tại Việt Nam"]


def test_mission_at_a_foreign_city_is_not_the_one_hosted_in_vietnam() -> None:
    text = "Đại sứ quán Mỹ tại Việt Nam tổ chức tọa đàm. Đại sứ quán Mỹ ở Bangkok cũng mở lớp tương tự."
    assert body_names(text) == ["Đại sứ quán Mỹ tại Việt Nam", "Đại sứ quán Mỹ"]
