"""A foreign name printed as one word after a head of state's or government's title or after 'ông'/'bà'
(constructed sentences), whatever the tagger says: 'Tổng thống Halvorsen', 'ông Kowalczyk'. Not a word the
article prints after a preposition of place, as a place or a body, or as the last word of a longer name (a short
form of it); no bare office is recorded for it."""

from __future__ import annotations

from conftest import person_names, positions


def _single(pipeline, text: str, word: str) -> bool:
    return word in person_names(pipeline, text)


def test_a_president_printed_by_surname(pipeline):
    text = "Trong chuyến bay tới hội nghị, Tổng thống Halvorsen tuyên bố sẵn sàng nối lại đàm phán."
    assert _single(pipeline, text, "Halvorsen")
    assert not positions(pipeline, text).get("Halvorsen")  # whose president, the title does not say


def test_an_administration_named_after_its_president(pipeline):
    text = "Đến ngày 17-11, chính quyền Tổng thống Whitcombe mới chính thức đồng ý viện trợ."
    assert _single(pipeline, text, "Whitcombe")


def test_a_foreign_minister_and_a_premier(pipeline):
    assert _single(pipeline, "Sau cuộc gặp, Ngoại trưởng Kowalczyk cho biết hai bên đã nhất trí.", "Kowalczyk")
    assert _single(pipeline, "Tại cuộc họp báo, Thủ tướng Brannigan khẳng định ngân sách sẽ tăng.", "Brannigan")


def test_after_a_personal_honorific(pipeline):
    # a regression guard: the tagger reads this name too; mark_single_name must keep it without a single mark
    assert _single(pipeline, "Nhóm G7 rối bời khi ông Whitcombe sắp mãn nhiệm.", "Whitcombe")


def test_near_misses(pipeline):
    # world news, weather, business: the word is a place the article prints after a preposition
    for text, word in (
        ("Đoàn khách sang Montevar dự hội chợ. Sau đó, Tổng thống Montevar tiếp đoàn.", "Montevar"),
        ("Mưa lớn kéo dài tại Kestrova. Trong khi đó, Thủ tướng Kestrova kêu gọi người dân sơ tán.", "Kestrova"),
        ("Hàng hóa xuất khẩu sang Dravonia tăng mạnh. Trong khi đó, Thủ tướng Dravonia cho biết sẽ giảm thuế.",
         "Dravonia"),
    ):
        assert word not in person_names(pipeline, text), text
    # a short form of a longer name printed in the article, spelled without its accent
    text = "Thủ tướng Pedro Sánchez dự hội nghị. Kết thúc hội nghị, Thủ tướng Sanchez tuyên bố sẽ tuân thủ."
    assert "Sanchez" not in person_names(pipeline, text)
    # sport: an acronym after the title is an organization
    assert "FIFA" not in person_names(pipeline, "Chủ tịch FIFA cho biết giải đấu sẽ diễn ra đúng lịch.")
    # culture, crime: a country or a Vietnamese word after the title
    assert person_names(pipeline, "Thủ tướng Nhật Bản dự lễ khai mạc liên hoan phim.") == set()
    assert person_names(pipeline, "Tổng thống Mỹ ra lệnh truy nã nhóm tin tặc.") == set()


def test_near_misses_a_territory_printed_after_a_place_noun(pipeline):
    # world news, weather, crime: an unlisted territory the article prints after a noun of a place or its people
    for text, word in (
        ("Nước này muốn mua đảo Vellmark. Trong khi đó, Thủ tướng Vellmark cho biết sẽ không bán.", "Vellmark"),
        ("Bão lớn đổ bộ vào bang Ostrava. Sau đó, Thống đốc Ostrava ban bố tình trạng khẩn cấp.", "Ostrava"),
        ("Giao tranh tiếp diễn ở Dải Kerran. Thủ tướng Kerran kêu gọi ngừng bắn.", "Kerran"),
        ("Người dân Marvelle đi bầu cử. Thủ tướng Marvelle cảm ơn cử tri.", "Marvelle"),
        ("Lãnh thổ Velmoria tuyên bố độc lập. Tổng thống Velmoria cảm ơn.", "Velmoria"),
        ("Xung đột ở vùng Dravekh. Tổng thống Dravekh lên tiếng.", "Dravekh"),
    ):
        assert word not in person_names(pipeline, text), text


def test_a_name_tagged_elsewhere_keeps_its_office(pipeline):
    # the bare office of a name tagged a person elsewhere in the article is kept where it is printed
    text = "Tổng thống Putin và Tổng thống Trump điện đàm. Ông Putin cho biết hai bên đã nhất trí."
    assert positions(pipeline, text).get("Putin")


def test_a_governor_of_a_territory_abroad(pipeline):
    # a territory of person_places.txt between the title and the name: the name after it, the office of it
    text = "Thống đốc Texas Dwight Carrow ban bố tình trạng khẩn cấp."
    assert person_names(pipeline, text) == {"Dwight Carrow"}
    assert ("Thống đốc", "Texas", "current") in positions(pipeline, text)["Dwight Carrow"]


def test_a_given_name_also_printed_after_a_place_noun(pipeline):
    # a Vietnamese given name is no place because the article prints "miền X", "thành phố X" or "xứ X"
    for text, word in (
        ("Người dân miền Trung đang khắc phục hậu quả lũ. Ông Trung, Chủ tịch UBND xã Kỳ Lâm, cho biết xã đã "
         "sơ tán 200 hộ.", "Trung"),
        ("Ông Vinh, chủ một quán phở, đã mở thêm cửa hàng ở thành phố Vinh.", "Vinh"),
        ("Về xứ Thanh dịp cuối năm, ông Thanh, một nông dân, kể về vụ lúa mới.", "Thanh"),
    ):
        assert word in person_names(pipeline, text), text


def test_the_first_word_of_a_longer_place_and_a_named_resident(pipeline):
    # "khu vực Quang Trung" names a longer place; "ông Jackson" is a person whatever the city is called
    text = "Ông Quang, giám đốc một công ty xây dựng, cho biết dự án nằm ở khu vực Quang Trung."
    assert "Quang" in person_names(pipeline, text)
    text = "Người dân thành phố Jackson vẫn chờ nước sạch. Ông Jackson, một cư dân, nói đã đợi ba ngày."
    assert "Jackson" in person_names(pipeline, text)
