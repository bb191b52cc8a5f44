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
