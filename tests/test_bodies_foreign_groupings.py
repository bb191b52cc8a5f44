"""Bodies: international groupings printed short ("G20", "EC", "MERCOSUR") in diplomatic news (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Thủ tướng đề nghị EC sớm gỡ bỏ thẻ vàng IUU đối với thủy sản.", "Ủy ban châu Âu"),
    ("Hai bên thúc đẩy các nước EU phê chuẩn hiệp định và EC sớm gỡ thẻ vàng.", "Ủy ban châu Âu"),
    ("Ủy ban châu Âu (EC) nêu rõ quan điểm của khối.", "Ủy ban châu Âu"),
    ("Thủ tướng dự Hội nghị Thượng đỉnh G20 tại Brazil.", "G20"),
    ("Ông kêu gọi các thành viên G20 cải cách thể chế toàn cầu.", "G20"),
    ("Khối Thị trường chung Nam Mỹ (MERCOSUR) sớm hoàn tất đánh giá nội bộ.", "Khối Thị trường chung Nam Mỹ"),
    ("Brazil làm cầu nối giữa Việt Nam với MERCOSUR.", "Khối Thị trường chung Nam Mỹ"),
])
def test_a_grouping_printed_short_is_named(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Mẫu EC50 và mã g20 không phải tổ chức.",
    "Sản phẩm đạt chuẩn ECG và G200 được bán ra.",
])
def test_codes_like_a_grouping_name_nothing(text):
    assert names(text) == []
