"""Bodies: a foreign news outlet printed by its own Latin name in a photo credit or a source tag is the outlet the
article cites ("Ảnh: Reuters", "Nguồn: Sky News", "(theo AFP)"): the ledger's gold lists it; a Vietnamese agency's
credit ("Ảnh: Minh Khôi/TTXVN") names none, nor does a person's surname spelled like an outlet (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Ngân hàng trung ương giữ nguyên lãi suất trong tháng này. Ảnh: Reuters", "Reuters"),
    ("Đội chủ nhà giành chiến thắng 2-1 trên sân nhà. Ảnh: AFP", "AFP"),
    ("Giá dầu tăng mạnh trong phiên sáng. (Ảnh minh họa: Reuters)", "Reuters"),
    ("Đội khách giành chiến thắng sát nút. Ảnh minh họa: AFP.", "AFP"),
    ("Cơn lốc làm tốc mái hàng chục ngôi nhà ven biển. Ảnh tư liệu: AFP", "AFP"),
    ("Lực lượng cứu hộ tìm kiếm người mất tích trên núi. Nguồn ảnh: Reuters", "Reuters"),
    ("Đám đông tụ tập trước tòa thị chính Velmora. Ảnh: Sky News Cảnh sát đã phong tỏa quảng trường.", "Sky News"),
    ("Phía công ty vẫn im lặng trước các câu hỏi. Minh Tâm (theo Reuters)", "Reuters"),
    ("Đoàn xe chở hàng cứu trợ đã tới biên giới. Nguồn: Al Jazeera.", "Al Jazeera"),
])
def test_a_foreign_outlet_in_a_credit_or_a_source_tag_is_named(text, outlet):
    assert body_names(text) == [outlet]
    assert tagged_body_names(text) == [outlet]


def test_a_source_tag_of_two_outlets_names_both():
    text = "Giá vàng thế giới giảm nhẹ trong phiên cuối tuần. (Theo Bloomberg, The Guardian)"
    assert body_names(text) == ["Bloomberg", "The Guardian"]


@pytest.mark.parametrize("text", [
    "Đoàn công tác thăm hỏi bà con vùng lũ huyện Sơn Hà. Ảnh: Minh Khôi/TTXVN",
    "Các đại biểu gặp gỡ người dân phường Đông Hòa sáng qua. (Ảnh: Hải Yến/TTXVN)",
    "Tỉ phú Michael Bloomberg đã quyên góp cho quỹ phòng chống thiên tai.",
    "Ông Bloomberg cho biết sẽ quyên góp thêm cho quỹ khí hậu. Ảnh: Lê Hưng",
    "Giá vàng thế giới đi ngang trong phiên cuối tuần.\nReuters",
])
def test_a_vietnamese_credit_a_person_or_a_source_line_names_no_outlet(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []
