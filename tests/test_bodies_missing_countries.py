"""Bodies: countries the bodies' country rows lacked ("Ý", "Lithuania", "Morocco") name the state body printed right
before them; "Ý" opening a common word ("Ý kiến") is no country (constructed sentences, invented names)."""

from __future__ import annotations

from conftest import body_names, extracted_body_names


def test_italy_names_a_ministry_and_a_government() -> None:
    assert "Bộ Quốc phòng Ý" in body_names("Bộ Quốc phòng Ý hôm 6/4 thông báo sẽ điều thêm hai tàu hộ vệ.")
    assert "Bộ Giáo dục Ý" in body_names("Văn bằng này được Bộ Giáo dục Ý, Bộ Lao động Bồ Đào Nha công nhận.")
    assert "Chính phủ Ý" in extracted_body_names("Thủ tướng Ý Lucia Ferrandi cho biết sẽ sớm đàm phán với đối tác.")


def test_morocco_names_an_army() -> None:
    assert "Quân đội Morocco" in body_names("Quân đội Morocco hôm 9/5 cho biết sẽ lập ủy ban xem xét vụ rơi trực thăng.")


def test_lithuania_names_a_parliament() -> None:
    assert "Quốc hội Lithuania" in body_names("Quốc hội Lithuania đã phê chuẩn khoản chi mới cho quốc phòng.")


def test_a_word_opening_with_the_italian_syllable_is_no_country() -> None:
    text = "Hội nghị do Bộ Y tế chủ trì với nhiều chuyên gia của Bộ Y tế\nÝ kiến của họ được ghi nhận đầy đủ."
    assert "Bộ Y tế Ý" not in body_names(text)
    assert "Bộ Y tế Ý" not in body_names("Theo văn bản gửi Bộ Y tế Ý kiến của người dân đã được tiếp thu.")
