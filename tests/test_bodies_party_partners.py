"""Bodies: a bare "Đảng" coordinated with a national organ right after it ("Đảng, Chính phủ", "Đảng và Chính phủ",
"Đảng, Bộ Chính trị", "Đảng, Quốc hội") names Vietnam's ruling party; not after "Trung ương", not before a foreign
country, not "Đảng, Nhà nước", nor "Đảng" alone (constructed sentences; body_patterns.tsv bare_party, party_partner)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names

PARTY = "Đảng Cộng sản Việt Nam"


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Khải chuyển lời chúc mừng của Đảng, Chính phủ tới đoàn vận động viên khuyết tật.",
    "Nhiều năm qua, Đảng và Chính phủ dành nguồn lực lớn cho các xã đảo ở vùng biển phía nam.",
    "Hợp tác xã nhận được khoản vay ưu đãi nhờ chính sách của Đảng và Chính phủ về kinh tế tập thể.",
    "Kết luận mới của Đảng, Bộ Chính trị về ngành đường sắt được các địa phương hưởng ứng.",
    "Tuyến cao tốc ven biển được xây theo định hướng của Đảng, Quốc hội về hạ tầng chiến lược.",
    "Bà Lê Thị Hòa nói Đảng, Chính phủ Việt Nam đã gửi quà Tết tới các gia đình ngư dân.",
])
def test_a_bare_party_before_a_national_organ_is_the_ruling_party(text):
    assert PARTY in body_names(text)
    assert PARTY in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Phong là Bí thư Trung ương Đảng, Chính phủ giao ông theo dõi vùng Tây Bắc.",
    "Trung ương Đảng và Chính phủ đã cử đoàn công tác thăm hỏi đồng bào vùng lũ.",
    "Đoàn được lãnh đạo Đảng, Chính phủ Lào đón tiếp tại thủ đô Viêng Chăn.",
    "Ông Phạm Quốc Hưng cảm ơn sự quan tâm của Đảng, Nhà nước đối với ngành giáo dục.",
    "Ông Vũ Đình Toàn nhắc tới sự chăm lo của Đảng và Nhà nước với các cựu thanh niên xung phong.",
    "Các đại biểu bàn về công tác chuẩn bị cho Đại hội đại biểu toàn quốc của Đảng tại tỉnh nhà.",
    "Ông Lý Minh Đức là đảng viên Đảng Dân chủ, Quốc hội Mỹ đã bỏ phiếu.",
    "Đảng ủy, Chính phủ và các bộ đã họp bàn về kế hoạch.",
])
def test_no_ruling_party_without_a_bare_party_before_a_home_organ(text):
    assert PARTY not in body_names(text)
    assert PARTY not in tagged_body_names(text)
