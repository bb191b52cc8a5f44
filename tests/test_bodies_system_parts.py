"""Bodies: the Front and the mass organizations printed short as the generic parts of the political system
("cấp ủy, chính quyền, Mặt trận Tổ quốc và đoàn thể các cấp") name no body; printed whole or on their own they
do (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text", [
    "Người đứng đầu cấp ủy, chính quyền, Mặt trận Tổ quốc và đoàn thể các cấp phải làm gương.",
    "Các lĩnh vực như công tác Đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội được rà soát.",
    "Cán bộ tham gia họp Ban Thường trực Mặt trận Tổ quốc cấp xã mới.",
    "Việc triển khai theo chỉ đạo của Thường trực Mặt trận Tổ quốc xã, phường.",
    "Hội Nông dân cấp xã đã vận động hội viên góp vốn.",
    "Mặt trận Tổ quốc, các đoàn thể vận động nhân dân hiến đất.",
])
def test_a_part_of_the_system_is_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Mặt trận Tổ quốc Việt Nam và các đoàn thể phát động phong trào.", "Mặt trận Tổ quốc Việt Nam"),
    ("Mặt trận Tổ quốc đã kêu gọi ủng hộ đồng bào vùng lũ.", "Mặt trận Tổ quốc Việt Nam"),
    ("Đoàn Thanh niên tổ chức lễ ra quân tình nguyện.", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
])
def test_the_organization_itself_stays_a_body(text, body):
    assert body in names(text)


def test_the_front_at_every_level_is_still_the_front():
    assert names("Mặt trận Tổ quốc Việt Nam và MTTQ các cấp tham gia giám sát.") == [
        "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam"]
