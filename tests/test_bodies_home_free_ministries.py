"""Bodies: a ministry printed bare in an article about one foreign country that never names the home country nor
one of its places is that country's ministry ("Bộ Tư pháp" -> "Bộ Tư pháp Mỹ"); otherwise it stays as printed
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names

_US = ("Tổng thống Mỹ cho biết sẽ cải tổ bộ máy liên bang. Theo giới quan sát ở Mỹ, {body} sẽ bị thu hẹp. "
       "Nhiều nghị sĩ Mỹ phản đối kế hoạch này.")
_PH = ("Phó tổng thống Philippines bị điều tra. {body} cho biết bà không được miễn trừ. Báo chí Philippines đưa tin "
       "phiên điều trần diễn ra tại thủ đô của Philippines.")


@pytest.mark.parametrize("text, body", [
    (_US.format(body="Bộ Tư pháp"), "Bộ Tư pháp Mỹ"),
    (_US.format(body="Bộ Quốc phòng"), "Bộ Quốc phòng Mỹ"),
    (_PH.format(body="Bộ Tư pháp"), "Bộ Tư pháp Philippines"),
])
def test_a_bare_ministry_is_the_one_foreign_countrys(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    (_US.format(body="Bộ Tư pháp") + " Đại sứ quán Việt Nam theo dõi sát tình hình.", "Bộ Tư pháp"),  # home named
    (_US.format(body="Bộ Tư pháp") + " Một đoàn doanh nghiệp Đà Nẵng cũng có mặt.", "Bộ Tư pháp"),  # a home place
    ("Chuyên gia từng học ở Mỹ cho rằng Bộ Tư pháp cần sửa quy định về công chứng.", "Bộ Tư pháp"),  # printed once
    ("Mỹ và Nhật Bản đã ký thỏa thuận. Bộ Tư pháp Mỹ và Nhật Bản sẽ trao đổi dữ liệu. Bộ Tư pháp cho biết Mỹ "
     "và Nhật Bản đều đồng ý.", "Bộ Tư pháp"),  # two countries as often
])
def test_otherwise_the_ministry_stays(text, body):
    names = extracted_body_names(text)
    assert body in names, names


@pytest.mark.parametrize("text, body", [
    (_PH.format(body="Chính phủ"), "Chính phủ Philippines"),
    (_US.format(body="Chính phủ"), "Chính phủ Mỹ"),
])
def test_a_bare_government_is_the_one_foreign_countrys(text, body):
    assert body in extracted_body_names(text)


def test_a_bare_government_stays_where_the_home_country_is_named():
    text = _PH.format(body="Chính phủ") + " Việt Nam quan tâm theo dõi."
    assert "Chính phủ" in extracted_body_names(text)
