"""Lists of foreign full names an enumeration word introduces (constructed sentences): "là A B, C D và E F",
"gồm ...", "như A B của X và C D của Y" name persons though no title or honorific comes before any of them; a
bracket or "của" and an owner may follow each item. Lists of places, firms, single words or Vietnamese names,
lists not closed after the last item and lists with no "và" stay out."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "names"), [
    ("Ba nhà sáng lập của câu lạc bộ là Jonas Whitfield, Marta Ellingsen và Oskar Brandvold.",
     ["Jonas Whitfield", "Marta Ellingsen", "Oskar Brandvold"]),
    ("Hai người giàu nhất trong danh sách là Helga Strandberg (41 tỉ USD) và Corinne Dufresne Aubert (39 tỉ USD).",
     ["Helga Strandberg", "Corinne Dufresne Aubert"]),
    ("Ông từng tranh luận với các nhà sáng lập như Derek Vollmer của Quantix và Priya Ramaswell của Nimbra.",
     ["Derek Vollmer", "Priya Ramaswell"]),
    ("Nhóm nghiên cứu gồm Tobias Kernfeld, Ingrid Solvang và Mateo del Campo Ruiz đã công bố kết quả.",
     ["Tobias Kernfeld", "Ingrid Solvang", "Mateo del Campo Ruiz"]),
    ("Hai vận động viên được vinh danh năm nay gồm có Lucie Marchetti và Anders Holmqvist.",
     ["Lucie Marchetti", "Anders Holmqvist"]),
    ("Giải thưởng được trao cho ba vận động viên Helga Strandberg (Na Uy), Lucie Marchetti (Pháp) và Mateo "
     "Ruizvela (Tây Ban Nha).", ["Helga Strandberg", "Lucie Marchetti", "Mateo Ruizvela"]),
    ("Hai người được nhắc tới là Jonas Whitfield và Marta Ellingsen ở thành phố cảng.",
     ["Jonas Whitfield", "Marta Ellingsen"]),
    ("Đội hình dự bị gồm Emre Valdano, Kasper Moldrup, Nils Haavik, Jorrit van den Velde và Piet Oosterwold.",
     ["Emre Valdano", "Kasper Moldrup", "Nils Haavik", "Jorrit van den Velde", "Piet Oosterwold"]),
])
def test_listed_foreign_names_are_persons(pipeline, text, names):
    found = person_names(pipeline, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(("text", "absent"), [
    # firms and places: an organization word, a known place, single words
    ("Các đối tác lớn là Northwind Capital, Brightvale Holdings và Quantix Group.",
     ["Northwind Capital", "Brightvale Holdings", "Quantix Group"]),
    ("Đoàn sẽ ghé thăm các thành phố như New York, Los Angeles và San Francisco.",
     ["New York", "Los Angeles", "San Francisco"]),
    ("Các nhà tài trợ là Quantix và Nimbra.", ["Quantix", "Nimbra"]),
    ("Các em học sinh Northwind Academy và Brightvale School đã tham gia ngày hội.",
     ["Northwind Academy", "Brightvale School"]),
    ("Hai nghệ sĩ đã biểu diễn tại Nhà hát Lớn và Quantix Hall cùng nhiều bạn trẻ.", ["Quantix Hall"]),
    # one item no foreign name: the whole list stays unread
    ("Các thành viên là Jonas Whitfield, Hội đồng Tư vấn và Marta Ellingsen.", ["Jonas Whitfield", "Marta Ellingsen"]),
    # no "và" closing the list, or the list runs on into a capitalized word
    ("Người tham dự là Jonas Whitfield, Marta Ellingsen.", ["Jonas Whitfield", "Marta Ellingsen"]),
    ("Người đến là Jonas Whitfield và Marta Ellingsen Hà Nội sáng nay.", ["Jonas Whitfield"]),
])
def test_lists_of_things_or_open_lists_stay_out(pipeline, text, absent):
    found = person_names(pipeline, text)
    for name in absent:
        assert name not in found


@pytest.mark.parametrize(("text", "absent"), [
    # an enumeration word reads a list only after a clause naming people: these name things
    ("Những nhãn hàng xa xỉ như Maison Valcourt, Renard Belaine và Orsini Tavello vừa nâng giá túi xách.",
     ["Maison Valcourt", "Renard Belaine", "Orsini Tavello"]),
    ("Mấy câu lạc bộ như Sporting Elmhurst, Rovers Ashcombe và Dynamo Kellberg đang theo dõi tiền vệ trẻ.",
     ["Sporting Elmhurst", "Rovers Ashcombe", "Dynamo Kellberg"]),
    ("Các bộ phim như Silent Harbor, Midnight Falcon và Paper Moons đã thu về nhiều tiền.",
     ["Silent Harbor", "Midnight Falcon", "Paper Moons"]),
    ("Những bài hát quen thuộc là Golden Hours, River Song và Neon Lights vang lên suốt đêm.",
     ["Golden Hours", "River Song", "Neon Lights"]),
    ("Các sân đấu như Ellery Park, Branford Lane và Caldwell Road sẽ được cải tạo.",
     ["Ellery Park", "Branford Lane", "Caldwell Road"]),
    ("Những đại lộ sầm uất nhất là Maple Avenue, Kingsley Street và Rue Lavande.",
     ["Maple Avenue", "Kingsley Street", "Rue Lavande"]),
    ("Các dòng máy tính bảng bán chạy là Nova Slate, Orbit Tab và Zephyr Pad.", ["Nova Slate", "Orbit Tab"]),
    ("Hai chuỗi cửa hàng được giới trẻ yêu thích là Tasty Crown và Burger Haven.", ["Tasty Crown", "Burger Haven"]),
    ("Hai chiến hạm góp mặt trong đợt diễn tập là Amiral Berthier và Conte Falzarano.",
     ["Amiral Berthier", "Conte Falzarano"]),
    ("Những danh hiệu mà cô nhận được là Silver Laurel, Crystal Muse và Golden Harp.",
     ["Silver Laurel", "Crystal Muse", "Golden Harp"]),
    # a person noun earlier, then a noun of things after a later count: the list is the things'
    ("Các cầu thủ trẻ đều mơ được khoác áo những đội bóng như Sporting Elmhurst và Dynamo Kellberg.",
     ["Sporting Elmhurst", "Dynamo Kellberg"]),
    ("Hai thương hiệu được người tiêu dùng chọn nhiều nhất là Renard Belaine và Orsini Tavello.",
     ["Renard Belaine", "Orsini Tavello"]),
])
def test_lists_after_a_noun_of_things_stay_out(pipeline, text, absent):
    found = person_names(pipeline, text)
    for name in absent:
        assert name not in found


@pytest.mark.parametrize(("text", "names"), [
    ("Bốn thành viên sáng lập ban nhạc là Jonas Whitfield, Marta Ellingsen, Oskar Brandvold và Lucie Marchetti.",
     ["Jonas Whitfield", "Marta Ellingsen", "Oskar Brandvold", "Lucie Marchetti"]),
    ("Đoàn khách quốc tế gồm Tobias Kernfeld và Ingrid Solvang đã tới thăm nhà máy.",
     ["Tobias Kernfeld", "Ingrid Solvang"]),
    ("Trong năm qua, các tỉ phú như Derek Vollmer và Priya Ramaswell đều mất nhiều tiền.",
     ["Derek Vollmer", "Priya Ramaswell"]),
])
def test_lists_after_a_noun_of_people_are_read(pipeline, text, names):
    found = person_names(pipeline, text)
    for name in names:
        assert name in found


def test_a_found_member_keeps_its_own_reading(pipeline):
    text = "Khách mời gồm ông Jonas Whitfield, Marta Ellingsen và Oskar Brandvold."
    found = person_names(pipeline, text)
    assert {"Jonas Whitfield", "Marta Ellingsen", "Oskar Brandvold"} <= set(found)
