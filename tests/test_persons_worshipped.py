"""Persons: the figure a temple, a shrine or an altar worships, printed after the verb "thờ" (constructed
sentences): a family name with a middle name and a given name, or any name of two syllables or more after an
epithet (person_context.tsv worship_epithet, or a phrase in quotes), is a person though a place's word stands
before it; the name ends before a known place printed after it. A church's, a clan hall's or a shop's name is
none, nor a name after a quoted phrase holding no title word, nor a deity after a bare "Đức"."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "name"), [
    ("Đoàn công tác đã dâng hương tại đền thờ Phan Đình Giót ở xã Tân Hòa.", "Phan Đình Giót"),
    ("Dự án vướng phần đất là nhà thờ chí sĩ yêu nước Huỳnh Kỳ Lân, nay đã được di dời.", "Huỳnh Kỳ Lân"),
    ("Người dân lập một miếu nhỏ để thờ Đức Thánh Lý Bôn ngay đầu làng.", "Lý Bôn"),
    ("Đây là nơi tôn thờ “Bình Nam Đại tướng” Mạc Cửu, người có công khai phá vùng đất.", "Mạc Cửu"),
    ("Lễ giỗ được tổ chức tại khu di tích đền thờ Trương Văn Đa ở huyện ven biển.", "Trương Văn Đa"),
    ("Đền thờ “Thánh Tổ” Hà Lâm ở ven sông mở hội xuân.", "Hà Lâm"),
])
def test_the_worshipped_figure_is_a_person(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize(("text", "absent"), [
    # a church's name after "nhà thờ" (culture, tourism)
    ("Du khách tham quan nhà thờ Đức Bà và nhà thờ Tân Định trong dịp lễ cùng ông Lê Văn Hòa.",
     ["Tân Định", "Đức Bà"]),
    ("Bà Nguyễn Thị Mai dẫn đoàn đến nhà thờ Phát Diệm dự lễ Giáng sinh.", ["Phát Diệm"]),
    # a clan hall: the clan's family name in lower-case "họ"
    ("Khu nhà thờ họ Phạm Văn ở Nam Định được ông Phạm Văn Bình trùng tu.", ["Phạm Văn"]),
    # a temple's own name of two syllables, no epithet (a festival)
    ("Đền thờ Hai Bà Trưng ở Mê Linh mở hội, ông Trần Quốc Hưng phát biểu.", ["Hai Bà Trưng", "Bà Trưng"]),
    # worship goods: a shop (business)
    ("Công ty đồ thờ Lâm Phát do ông Lâm Văn Phát làm giám đốc.", ["Lâm Phát"]),
    # a deity of a mountain (weather, tourism), no epithet of a person
    ("Người dân thờ thần Cao Sơn để cầu mưa, theo ông Hà Văn Lực.", ["Cao Sơn"]),
    # a church named by its patron saint in quotes, then its parish (culture): no person (a guard)
    ("Giáo dân dự lễ tại nhà thờ “Thánh Gia” Xuân Bích cùng bà Trần Thị Lan.", ["Xuân Bích"]),
])
def test_a_place_or_a_shop_after_tho_is_no_person(pipeline, text, absent):
    found = person_names(pipeline, text)
    for name in absent:
        assert name not in found


@pytest.mark.parametrize(("text", "name", "overrun"), [
    # the temple's province or city printed after the figure (heritage news)
    ("Đền thờ Trịnh Văn Khải Phú Yên đón nhận bằng xếp hạng di tích.", "Trịnh Văn Khải", "Trịnh Văn Khải Phú"),
    ("Nhà thờ chí sĩ yêu nước Đặng Kỳ Phổ Huế được tu bổ.", "Đặng Kỳ Phổ", "Đặng Kỳ Phổ Huế"),
    ("Đền thờ danh tướng Lê Khôi Nghệ An mở hội vào tháng ba.", "Lê Khôi", "Lê Khôi Nghệ"),
    ("Khu đền thờ anh hùng Hồ Đắc Lâm Quảng Trị đông khách.", "Hồ Đắc Lâm", "Hồ Đắc Lâm Quảng"),
])
def test_the_worshipped_name_ends_before_a_place(pipeline, text, name, overrun):
    found = person_names(pipeline, text)
    assert name in found
    assert not any(f.startswith(overrun) for f in found)


@pytest.mark.parametrize(("text", "absent"), [
    # a quoted praise with no title word, then a place (tourism)
    ("Nhà thờ “độc nhất vô nhị” Kim Sơn là điểm đến của nhiều du khách.", ["Kim Sơn"]),
    ("Nhà thờ “đẹp nhất vùng” Hoàng Lâm thu hút khách dịp Giáng sinh.", ["Hoàng Lâm"]),
    # a deity after a bare "Đức" (a mountain's, a forest's)
    ("Người dân lập đền thờ Đức Cao Sơn để cầu mưa thuận gió hòa.", ["Cao Sơn", "Đức Cao Sơn"]),
    ("Dân làng dựng miếu thờ Đức Thượng Ngàn ở chân núi.", ["Thượng Ngàn", "Đức Thượng Ngàn"]),
])
def test_no_epithet_no_figure(pipeline, text, absent):
    found = person_names(pipeline, text)
    for name in absent:
        assert name not in found
