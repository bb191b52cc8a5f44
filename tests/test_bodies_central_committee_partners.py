"""Bodies: a bare "Trung ương Đảng" or "Trung ương" coordinated with a national organ right after it ("Trung ương Đảng
và Chính phủ", "Trung ương, Bộ Chính trị") names the party's Central Committee, "Ban Chấp hành Trung ương Đảng"; not
inside a longer name ("Văn phòng Trung ương", "Quân ủy Trung ương"), not a foreign party's, not "Trung ương" with no
organ after it, not a bare "Trung ương" modifying a noun before it ("các cơ quan Trung ương và Quốc hội") nor a pair a
foreign "nước bạn" follows (constructed sentences; body_patterns.tsv bare_party, party_partner, bare_party_not_after,
bare_party_lead, bare_party_foreign_after)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names

COMMITTEE = "Ban Chấp hành Trung ương Đảng"
PARTY = "Đảng Cộng sản Việt Nam"


@pytest.mark.parametrize("text", [
    "Mùa lũ năm ấy, Trung ương Đảng, Chính phủ kịp thời gửi gạo cứu đói cho bà con vùng ngập.",
    "Người dân tin rằng Trung ương Đảng và Bộ Chính trị sẽ chọn đúng người gánh vác việc lớn.",
    "Tuyến vành đai phía tây được Trung ương, Quốc hội quan tâm bố trí vốn từ sớm.",
    "Tỉnh rà soát bộ máy theo kết luận mới nhất từ Trung ương, Bộ Chính trị năm nay.",
    "Sở Nội vụ bám sát hướng dẫn của Trung ương và Bộ Chính trị khi sắp xếp các xã ven biển.",
])
def test_the_central_committee_before_a_national_organ(text):
    assert COMMITTEE in body_names(text)
    assert COMMITTEE in tagged_body_names(text)
    assert PARTY not in body_names(text)


@pytest.mark.parametrize("text", [
    "Đại diện Văn phòng Trung ương và Chính phủ cùng dự lễ khánh thành cây cầu mới.",
    "Quân ủy Trung ương và Chính phủ thống nhất lịch diễn tập phòng thủ năm tới.",
    "Chính sách cần được thông suốt đồng bộ từ Trung ương xuống tận cơ sở.",
    "Tỉnh kiến nghị Trung ương cấp thêm biên chế giáo viên mầm non cho vùng cao.",
    "Sau phiên họp kín, Trung ương Đảng Lào ra quyết định kỷ luật hai quan chức.",
    "Lãnh đạo Trung ương Đảng, Chính phủ Lào đón tiếp đoàn đại biểu tỉnh bạn.",
])
def test_no_central_committee_without_a_bare_word_before_a_home_organ(text):
    assert COMMITTEE not in body_names(text)
    assert COMMITTEE not in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Các bộ, ngành Trung ương và Chính phủ sẽ họp bàn cách gỡ khó cho nhà máy điện gió.",
    "Đại diện các cơ quan Trung ương và Quốc hội góp ý cho dự thảo về đất rừng.",
    "Phần vốn lấy từ ngân sách Trung ương, Chính phủ đã giao cho tỉnh trong quý ba.",
    "Phóng viên các báo Trung ương, Quốc hội và địa phương cùng đưa tin về kỳ họp.",
    "Đoàn công tác Trung ương và Chính phủ đến thăm bà con vùng sạt lở hôm qua.",
    "Ngay sau Hội nghị Trung ương, Bộ Chính trị giao nhiệm vụ cho các ban.",
    "Tỉnh nhận được điện mừng của Trung ương và Chính phủ nước bạn Lào nhân dịp Tết.",
])
def test_no_central_committee_for_a_modifier_or_a_foreign_pair(text):
    assert COMMITTEE not in body_names(text)
    assert COMMITTEE not in tagged_body_names(text)
