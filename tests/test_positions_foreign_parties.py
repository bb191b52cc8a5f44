"""A party named after a title where the bodies component marked none (constructed sentences): "chủ tịch Đảng
Nhân dân Campuchia", "Tổng Bí thư Đảng Nhân dân Cách mạng Lào" are offices of that party, and the chain goes on
to the next office; a party name read only up to a stop word that its name goes on after ("Đảng Dân | chủ Tự
do") gives no body rather than a cut one."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "offices"), [
    ("Chủ tịch Quốc hội đánh giá cao nỗ lực của ông Hun Sen, chủ tịch Đảng Nhân dân Campuchia, chủ tịch Thượng "
     "viện Campuchia trong việc tổ chức hội nghị.", "Hun Sen",
     {("Chủ tịch", "Đảng Nhân dân Campuchia", "current"), ("Chủ tịch", "Thượng viện Campuchia", "current")}),
    ("Ông Thongloun Sisoulith, Tổng Bí thư Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Lào, tiếp đoàn.",
     "Thongloun Sisoulith", {("Tổng Bí thư", "Đảng Nhân dân Cách mạng Lào", "current")}),
    ("Ông Nguyễn Văn Nam, Bí thư Đảng ủy xã Tân Lập, cho biết.", "Nguyễn Văn Nam",
     {("Bí thư", "Đảng ủy xã Tân Lập", "current")}),
    ("Ông Nguyễn Văn Nam, Giám đốc Sở Y tế chủ trì hội nghị.", "Nguyễn Văn Nam",
     {("Giám đốc", "Sở Y tế", "current")}),
])
def test_a_party_after_a_title_is_its_body(pipeline, text, name, offices):
    assert offices <= positions(pipeline, text)[name]


def test_a_party_name_cut_at_a_stop_word_gives_no_body(pipeline):
    got = positions(pipeline, "Ông Lê Văn Ba, Chủ tịch Đảng Dân chủ Tự do, cho biết.")["Lê Văn Ba"]
    assert not any(b and b.startswith("Đảng Dân") and b != "Đảng Dân chủ Tự do" for _t, b, _s in got)


def test_a_party_name_going_on_in_lower_case_names_no_one(pipeline):
    text = ("Tổng Bí thư tiếp Phó Thủ tướng kiêm Bộ trưởng Bộ Phát triển nông thôn, Chủ tịch Đảng Tổ chức thống nhất "
            "dân tộc Mã Lai (UMNO). Tổng Bí thư đã gặp gỡ kiều bào.")
    assert "Mã Lai" not in positions(pipeline, text)
