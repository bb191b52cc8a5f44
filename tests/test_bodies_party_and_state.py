"""Bodies: "Đảng và Nhà nước X" (the Party and the State of a country) coordinates two bodies and names none; a
party named after "Đảng", and a body after "và", are still read; no name before it runs over it (constructed
sentences; body_patterns.tsv coordinated_after)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text", [
    "Để tưởng nhớ ông, Đảng và Nhà nước Cuba quyết định để quốc tang 9 ngày.",
    "Phái đoàn được các vị lãnh đạo Đảng và Nhà nước Trung Quốc đón tiếp tại sân bay.",
    "Đảng và Nhà nước Lào luôn coi trọng hợp tác giáo dục với các nước láng giềng.",
    "Ông cảm ơn sự ủng hộ của Đảng và Nhà nước Mông Cổ dành cho đội tuyển bóng đá.",
    "Đảng và nhà nước Campuchia đã gửi điện chúc mừng nhân dịp năm mới.",
    "Hai bên vừa kiện toàn Ban Lãnh đạo Đảng và Nhà nước ở hai nước sau đại hội.",
])
def test_the_party_and_the_state_of_a_country_name_no_body(text):
    assert not any("Đảng và" in n for n in body_names(text) + tagged_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Đảng Cộng sản Cuba và Nhà nước Cuba gửi điện chia buồn tới gia đình.", "Đảng Cộng sản Cuba"),
    ("Đảng Nhân dân Campuchia và Đảng Cứu quốc tranh luận gay gắt trước bầu cử.", "Đảng Nhân dân Campuchia"),
    ("Đảng Cộng sản Lào và Chính phủ Lào đã chỉ đạo khắc phục hậu quả lũ lụt.", "Đảng Cộng sản Lào"),
])
def test_a_named_party_before_and_is_still_read(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, party", [
    ("Thay mặt Đảng Nhân dân Campuchia, ông cảm ơn Đảng và Nhà nước Lào đã hỗ trợ.", "Đảng Nhân dân Campuchia"),
    ("Đoàn đại biểu Đảng Cộng sản Trung Quốc hội kiến lãnh đạo Đảng và Nhà nước Cuba tại thủ đô.",
     "Đảng Cộng sản Trung Quốc"),
    ("Đảng và Nhà nước Cuba quyết định để quốc tang, Đảng Cộng sản Cuba cũng ra thông báo.", "Đảng Cộng sản Cuba"),
    ("Ông cảm ơn Đảng Nhân dân Campuchia, Đảng và Nhà nước Lào vì sự giúp đỡ quý báu.", "Đảng Nhân dân Campuchia"),
])
def test_a_named_party_in_a_text_coordinating_the_party_and_the_state_is_still_read(text, party):
    for names in (tagged_body_names(text), body_names(text)):
        assert party in names
        assert not any("Nhà nước" in n or "Đảng và" in n for n in names)  # "Nhà nước X" after "Đảng và": no body
