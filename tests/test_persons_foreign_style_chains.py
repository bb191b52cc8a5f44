"""Foreign styles before a name (constructed sentences): in a chain of styles ("Tan Sri Dato'", "Dato' Seri
Dr.", the Cambodian king's "Preah Bat Samdech Preah Boromneat") the last one reads the name, so no style
word becomes part of it; after a foreign style a Malay name of five words that ends the clause is one
name; "Hoàng thái hậu" (queen mother) introduces a name."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Chủ tịch Đảng UMNO Dato' Seri Dr. Ahmad Zahid Hamidi nhấn mạnh truyền thống hữu nghị.",
     "Ahmad Zahid Hamidi"),
    ("Tổng Bí thư hội kiến Chủ tịch Hạ viện Malaysia Tan Sri Dato' Johari Bin Abdul tại Kuala Lumpur.",
     "Johari Bin Abdul"),
    ("Quốc vương Campuchia Preah Bat Samdech Preah Boromneat Norodom Sihamoni sẽ thăm Việt Nam.",
     "Norodom Sihamoni"),
    ("Chủ tịch nước gửi lời thăm hỏi tới Hoàng thái hậu Norodom Monineath Sihanouk.",
     "Norodom Monineath Sihanouk"),
    ("Bà Wan Azizah Wan Ismail, Dr. Mahathir Mohamad và ông Anwar Ibrahim cùng dự.", "Mahathir Mohamad"),
])
def test_the_last_style_of_a_chain_reads_the_name(pipeline, text, name):
    names = person_names(pipeline, text)
    assert name in names
    assert not any(n != name and n.endswith(name) for n in names)


@pytest.mark.parametrize("text", [
    "Tổng Bí thư hội kiến Chủ tịch Thượng viện Malaysia Dato' Awang Bemee Awang Ali Basah. Hai bên trao đổi.",
    "Tổng Bí thư đề nghị Chủ tịch Thượng viện Dato' Awang Bemee Awang Ali Basah, tích cực ủng hộ.",
    "Chủ tịch Thượng viện Dato' Awang Bemee Awang Ali Basah hoan nghênh chuyến thăm.",
])
def test_a_long_malay_name_after_a_style_is_one_name(pipeline, text):
    assert "Awang Bemee Awang Ali Basah" in person_names(pipeline, text)


def test_a_long_run_after_a_vietnamese_honorific_is_no_name(pipeline):
    assert not person_names(pipeline, "Ông Gabriel Garcia Marquez Prize Committee đã trao giải.")


@pytest.mark.parametrize("text", [
    "Tổng Bí thư hội kiến Chủ tịch Hạ viện Malaysia Tan Sri Dato' Johari Bin Abdul. Hai bên chia sẻ ý nghĩa.",
    "Tổng Bí thư và Chủ tịch Hạ viện Dato' Johari Bin Abdul nhấn mạnh kết quả hợp tác.",
    "Thủ tướng Malaysia Dato' Seri Anwar Ibrahim đón Tổng Bí thư tại Kuala Lumpur.",
])
def test_a_title_reads_its_holder_past_every_style(pipeline, text):
    names = person_names(pipeline, text)
    assert not any(n.startswith(("Dato", "Seri", "Tan Sri")) for n in names)
    assert any(n in ("Johari Bin Abdul", "Anwar Ibrahim") for n in names)
