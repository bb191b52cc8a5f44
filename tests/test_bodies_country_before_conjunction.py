"""Bodies: a foreign body named with its country at the end ends there when "và" and a lower-case word follow ("Đảng
Cộng sản Pháp [và mấy nhóm]"): the conjunction joins the body to a common noun, not more words of its name;
not when capitalized words of the name follow them ("Viện Nghiên cứu Nhật Bản và khu vực Đông Bắc Á") (constructed
sentences; bodies/proper_edges.py cut_after_country, body_patterns.tsv conjunction)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize(("text", "body"), [
    ("Trong chuyến đi, ông gặp gỡ Đảng Cộng sản Pháp và mấy nhóm thanh niên tiến bộ.",
     "Đảng Cộng sản Pháp"),
    ("Tại hội nghị, Đảng Cộng sản Cuba và nhiều đoàn thể quần chúng gửi thư chúc mừng.", "Đảng Cộng sản Cuba"),
    ("Đoàn cán bộ tỉnh đến thăm Đảng Nhân dân Campuchia và một số bộ ngành nước bạn.",
     "Đảng Nhân dân Campuchia"),
])
def test_a_foreign_body_ends_at_its_country_before_a_conjunction(text, body):
    names = body_names(text)
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)


@pytest.mark.parametrize(("text", "body"), [
    ("Bộ trưởng Bộ Ngoại giao Pháp và Đức cùng ký tuyên bố chung về khí hậu.", "Bộ Ngoại giao Pháp"),
])
def test_a_capitalized_word_after_the_conjunction_is_another_country(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize(("text", "body"), [
    ("Viện Nghiên cứu Nhật Bản và khu vực Đông Bắc Á vừa mời các học giả trẻ dự tọa đàm về chuỗi cung ứng.",
     "Viện Nghiên cứu Nhật Bản và khu vực Đông Bắc Á"),
    ("Trung tâm Nghiên cứu Ấn Độ và vùng Nam Á tổ chức hội thảo về an ninh biển.",
     "Trung tâm Nghiên cứu Ấn Độ và vùng Nam Á"),
])
def test_a_name_whose_words_run_on_after_the_conjunction_stays_whole(text, body):
    names = body_names(text)
    assert body in names
