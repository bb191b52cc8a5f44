"""An executive's field printed in lower case between his title and "của" and the firm (constructed sentences):
"giám đốc vật liệu pin của X" is one title, "Giám đốc vật liệu pin", as a listed field's is ("giám đốc khoa
học của X"), the firm its body. A qualifier of the office ("mới", "đầu tiên"), a function word or a body's head
printed in lower case makes the run no field; with no "của" and no capitalized word after it nothing changes."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bà Marta Olsen - giám đốc vật liệu pin của Nordcell, một hãng khởi nghiệp - nhận định thị trường sẽ chững lại.",
     "Marta Olsen", ("Giám đốc vật liệu pin", "Nordcell", "current")),
    ("Ông Hugo Brandt, phó giám đốc chuỗi cung ứng của Vestrand, cho biết đơn hàng quý này tăng mạnh.",
     "Hugo Brandt", ("Phó Giám đốc chuỗi cung ứng", "Vestrand", "current")),
    ("Ông Hugo Brandt - phó giám đốc điều hành khối bán lẻ của Vestrand - cho biết kế hoạch vẫn giữ nguyên.",
     "Hugo Brandt", ("Phó Giám đốc điều hành khối bán lẻ", "Vestrand", "current")),
])
def test_a_field_before_the_firm_after_cua_is_part_of_the_title(pipeline, text, name, expected):
    assert expected in positions(pipeline, text).get(name, set())


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Hugo Brandt, giám đốc mới của Vestrand, cho biết công ty sẽ mở rộng.", "Hugo Brandt", "Giám đốc"),
    ("Ông Hugo Brandt, giám đốc đầu tiên của Vestrand, cho biết công ty ra đời năm 2001.", "Hugo Brandt", "Giám đốc"),
    ("Ông Hugo Brandt, giám đốc điều hành của Vestrand, cho biết như vậy.", "Hugo Brandt", "Giám đốc điều hành"),
])
def test_a_qualifier_or_no_field_keeps_the_bare_title(pipeline, text, name, title):
    assert {t for t, _b, _s in positions(pipeline, text).get(name, set())} == {title}


def test_a_field_run_with_no_firm_after_it_adds_nothing(pipeline):
    held = positions(pipeline, "Ông Hugo Brandt, giám đốc vật liệu pin, cho biết giá sẽ giảm.")
    assert not any(t.startswith("Giám đốc vật liệu") for t, _b, _s in held.get("Hugo Brandt", set()))


def test_a_film_craft_before_cua_names_no_firm(pipeline):
    held = positions(pipeline, "Ông Hugo Brandt, giám đốc hình ảnh của Moonfall, chia sẻ về bộ phim mới.")
    assert all(body is None for _t, body, _s in held.get("Hugo Brandt", set()))


@pytest.mark.parametrize("run", [
    "giám đốc trẻ nhất của Vinamilk",
    "giám đốc lâu năm của Sabeco",
    "giám đốc duy nhất của Masan",
    "giám đốc người nước ngoài của Hòa Phát",
    "giám đốc sắp nghỉ hưu của Aeroflot",
    "giám đốc bị khởi tố của Công ty Thành Đạt",
    "giám đốc điều hành tạm quyền của Boeing",
    "giám đốc nhà hát của Hà Nội",
    "giám đốc casting của Squid Game",
])
def test_a_run_that_reads_as_no_field_stays_out_of_the_title(pipeline, run):
    """An adjective, a superlative, an aspect or passive word, "người", an acting status, a body's head, or an
    owner that is a place or a work: the title stays bare."""
    held = positions(pipeline, f"Ông Hugo Brandt, {run}, trả lời phỏng vấn hôm qua.").get("Hugo Brandt", set())
    assert held and {t for t, _b, _s in held} <= {"Giám đốc", "Giám đốc điều hành"}


def test_a_count_before_the_owner_is_no_field(pipeline):
    held = positions(pipeline, "Ông Hugo Brandt từng là giám đốc một dự án của Tập đoàn Sun Group trong ba năm.")
    assert not any(t.startswith("Giám đốc một") for t, _b, _s in held.get("Hugo Brandt", set()))
