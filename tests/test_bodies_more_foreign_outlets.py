"""Bodies: more foreign news outlets printed by their own Latin name alone ("theo Fox News", "nói với Axios",
"Newsweek đưa tin") are mentions like the others of the gazetteer; their photo credits and source tags name none
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Theo Fox News, thống đốc một bang miền trung tây đã ký sắc lệnh về an toàn trường học.", "Fox News"),
    ("Một quan chức giấu tên nói với Axios rằng cuộc đàm phán sẽ tiếp tục vào tuần sau.", "Axios"),
    ("Newsweek đưa tin hai bên đã đạt được thỏa thuận sơ bộ về thuế quan.", "Newsweek"),
    ("Số người bị thương đã tăng lên 14, theo ABC News.", "ABC News"),
    ("Theo Jerusalem Post, đoàn đàm phán đã rời Cairo vào tối 5-3.", "Jerusalem Post"),
    ("Cảnh sát đường sắt đã tạm đóng hai nhà ga ở ngoại ô, theo thông tin từ Sky News.", "Sky News"),
    ("Phát biểu với CBS News, ông Harlan Dotrey cho biết kế hoạch sẽ được công bố sớm.", "CBS News"),
])
def test_a_bare_foreign_outlet_is_named(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Lực lượng cứu hộ tìm kiếm người mất tích sau trận lũ. Ảnh: Sky News",
    "Một khu mỏ ở miền đông bị bỏ hoang sau giao tranh. Ảnh: Kyiv Post",
    "Giá dầu thế giới tăng nhẹ trong phiên cuối tuần. (Theo Axios, Newsweek)",
    "Ông Morven Fox đã quyên góp cho quỹ phòng chống thiên tai của thành phố.",
    "Giá xăng dầu trong nước được giữ nguyên trong kỳ điều hành này.",
])
def test_credits_tags_and_names_name_no_outlet(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text, outlet", [
    ("Công ty Axiosa Việt Nam vừa ký hợp đồng cung cấp thiết bị cho bệnh viện.", "Axios"),
    ("Ông Dalton Newsweeke, chủ tịch Hiệp hội Doanh nghiệp Lumora, phát biểu khai mạc.", "Newsweek"),
])
def test_a_body_or_a_person_spelled_near_an_outlet_is_not_the_outlet(text, outlet):
    assert outlet not in body_names(text)
    assert outlet not in tagged_body_names(text)
