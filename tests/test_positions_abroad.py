"""Foreign offices printed with their country (constructed sentences): a head of state's body is the
country, a king's too (the kingdom where the article prints it), an envoy printed "<country> tại <place>"
holds an office of that mission."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chuyên cơ chở Tổng thống Bulgaria Rumen Radev hạ cánh xuống sân bay Nội Bài.",
     "Rumen Radev", {("Tổng thống", "Bulgaria", "current")}),
    ("Trong cuộc điện đàm với Tổng thống Pháp Emmanuel Macron, hai bên trao đổi về biên giới.",
     "Emmanuel Macron", {("Tổng thống", "Pháp", "current")}),
    ("Phó Tổng thống Philippines Sara Duterte cho biết sẽ dự hội nghị.",
     "Sara Duterte", {("Phó Tổng thống", "Philippines", "current")}),
    ("Quốc vương Campuchia Norodom Sihamoni đến Hà Nội sáng nay.",
     "Norodom Sihamoni", {("Quốc vương", "Campuchia", "current")}),
    ("Nhà vua Thái Lan Maha Vajiralongkorn tiếp đoàn.",
     "Maha Vajiralongkorn", {("Nhà vua", "Thái Lan", "current")}),
])
def test_a_head_of_state_with_his_country_holds_that_state(pipeline, text, name, expected):
    assert positions(pipeline, text) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Chiếc máy bay mang dòng chữ Vương quốc Campuchia hạ cánh. Quốc vương Campuchia Norodom Sihamoni bước xuống.",
     "Norodom Sihamoni", {("Quốc vương", "Vương quốc Campuchia", "current")}),
    ("Quan hệ với Vương quốc Thái Lan phát triển tốt. Nhà vua Thái Lan Maha Vajiralongkorn tiếp đoàn.",
     "Maha Vajiralongkorn", {("Nhà vua", "Vương quốc Thái Lan", "current")}),
    ("Quốc vương Campuchia Norodom Sihamoni đã gặp lãnh đạo Việt Nam. Nhân dân Campuchia chào đón.",
     "Norodom Sihamoni", {("Quốc vương", "Campuchia", "current")}),
])
def test_a_kingdom_form_only_where_the_article_prints_it(pipeline, text, name, expected):
    assert positions(pipeline, text) == {name: expected}


def test_a_head_of_government_keeps_its_government_body(pipeline):
    assert positions(pipeline, "Thủ tướng Malaysia Anwar Ibrahim phát biểu.") == {
        "Anwar Ibrahim": {("Thủ tướng", "Chính phủ Malaysia", "current")}}


def test_a_title_alone_later_keeps_the_body_of_the_full_mention(pipeline):
    text = "Tổng thống Bulgaria Rumen Radev đến Hà Nội. Tổng thống Rumen Radev sẽ gặp các lãnh đạo."
    assert positions(pipeline, text) == {"Rumen Radev": {("Tổng thống", "Bulgaria", "current")}}


def test_a_president_without_a_country_has_no_body(pipeline):
    assert positions(pipeline, "Tổng thống Donald Trump phát biểu tại Nhà Trắng.") == {
        "Donald Trump": {("Tổng thống", None, "current")}}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ra đón đoàn có Đại sứ Việt Nam tại Bulgaria Đỗ Hoàng Long.",
     "Đỗ Hoàng Long", {("Đại sứ", "Đại sứ quán Việt Nam tại Bulgaria", "current")}),
    ("Theo Đại sứ Bulgaria tại Việt Nam Pavlin Todorov, chuyến thăm kéo dài 5 ngày.",
     "Pavlin Todorov", {("Đại sứ", "Đại sứ quán Bulgaria tại Việt Nam", "current")}),
    ("Phó đại sứ Malaysia tại Hà Nội Aida Othman chia sẻ với báo chí.",
     "Aida Othman", {("Phó Đại sứ", "Đại sứ quán Malaysia tại Hà Nội", "current")}),
    ("Tổng Lãnh sự Trung Quốc tại TP.HCM Ngụy Hoa Tường dự buổi lễ.",
     "Ngụy Hoa Tường", {("Tổng Lãnh sự", "Tổng Lãnh sự quán Trung Quốc tại Thành phố Hồ Chí Minh", "current")}),
])
def test_an_envoy_printed_with_country_and_place_holds_that_mission(pipeline, text, name, expected):
    assert positions(pipeline, text) == {name: expected}


def test_an_envoy_in_a_list_is_not_the_previous_name(pipeline):
    text = "Cùng đón còn có Phó chủ tịch UBND Hà Nội Hà Minh Hải, Đại sứ Việt Nam tại Campuchia Nguyễn Huy Tăng."
    got = positions(pipeline, text)
    assert got["Nguyễn Huy Tăng"] == {("Đại sứ", "Đại sứ quán Việt Nam tại Campuchia", "current")}
    assert all(t != "Đại sứ" for t, _b, _s in got["Hà Minh Hải"])


def test_an_envoy_without_a_mission_form_keeps_no_body(pipeline):
    assert positions(pipeline, "Đại sứ Nguyễn Văn Nam cho biết hai nước sẽ hợp tác.") == {
        "Nguyễn Văn Nam": {("Đại sứ", None, "current")}}


def test_an_envoy_to_an_organization_holds_no_embassy(pipeline):
    got = positions(pipeline, "Đại sứ Mỹ tại LHQ Robert Wood phát biểu.")
    assert all(b is None or "Đại sứ quán" not in b for ps in got.values() for _t, b, _s in ps)


@pytest.mark.parametrize(("text", "name"), [
    ("Lãnh tụ tối cao Iran Kazem Rahmani tuyên bố đất nước sẽ đáp trả.", "Kazem Rahmani"),
    ("Theo hãng tin IRNA, Lãnh tụ Tối cao Iran - ông Kazem Rahmani đã gửi thông điệp tới quân đội.", "Kazem Rahmani"),
    ("Cuộc gặp có sự tham dự của Lãnh tụ tối cao Iran Kazem Rahmani và các tướng lĩnh.", "Kazem Rahmani"),
])
def test_a_supreme_leader_with_his_country_holds_that_state(pipeline, text, name):
    assert positions(pipeline, text) == {name: {("Lãnh tụ tối cao", "Iran", "current")}}
