"""A foreign name spelled the Vietnamese way, syllable by syllable, after a title or an honorific (constructed
sentences, history writing): 'Tổng thống L.Giôn-xơn', 'Đại tá G.Uyn-xơn', 'ông Hô-xê Mác-ti'. Not a
transliterated place ('Cu-ba', 'Mát-xcơ-va'), a body, the Soviet ('Xô-viết'), nor an initial before a
lower-case word ('chị T. được')."""

from __future__ import annotations

from conftest import person_names


def test_an_initial_glued_to_a_spelled_surname(pipeline):
    assert person_names(pipeline, "Tổng thống L.Giôn-xơn ra lệnh tăng quân.") == {"L.Giôn-xơn"}
    assert person_names(pipeline, "Tướng Khánh tiếp xúc với Đại tá G.Uyn-xơn thuộc phái bộ.") == {"G.Uyn-xơn"}
    text = "Đại sứ Mỹ tại Sài Gòn C.Lốt-giơ không muốn quan hệ quá gần."
    assert person_names(pipeline, text) == {"C.Lốt-giơ"}


def test_a_spelled_name_of_two_words_and_one_of_three_syllables(pipeline):
    assert person_names(pipeline, "Ông Hô-xê Mác-ti là nhà cách mạng lớn.") == {"Hô-xê Mác-ti"}
    assert person_names(pipeline, "Tổng thống G.Ken-nơ-đi đã tăng nhân sự.") == {"G.Ken-nơ-đi"}


def test_two_initials_and_a_space(pipeline):
    assert person_names(pipeline, "Ông V.I. Lê-nin viết nhiều tác phẩm.") == {"V.I. Lê-nin"}


def test_an_initial_printed_apart_is_the_same_name(pipeline):
    text = "Đại tá G.Uyn-xơn thuộc phái bộ viện trợ. Đến chiều, Đại tá G. Uyn-xơn rời Bộ chỉ huy."
    assert person_names(pipeline, text) == {"G.Uyn-xơn"}


def test_near_misses(pipeline):
    for text in (
        "Đoàn sang Mát-xcơ-va. Chủ tịch Mát-xcơ-va đón đoàn.",  # world news: a city printed after "sang"
        "Lãnh tụ Cu-ba phát biểu tại lễ kỷ niệm.",  # a country the place list spells "Cuba"
        "Chủ tịch Xô-viết tối cao phát biểu.",  # a body
        "Giám đốc Công ty Hoà-Bình cho biết doanh thu tăng.",  # business: a company
        "Nhà vô địch Pa-ri mở rộng sẽ gặp đối thủ mạnh.",  # sport: a tournament named after a city
    ):
        assert person_names(pipeline, text) == set(), text


def test_an_initial_before_a_lower_case_word_is_no_spelled_name(pipeline):
    # crime: "Chị T." is a person named by one initial (initials.py), never a spelled name "T. được"
    assert person_names(pipeline, "Chị T. được hướng dẫn thao tác chuyển tiền.") == {"T."}


def test_the_name_after_a_country_spelled_the_same_way(pipeline):
    # world news, history: the country of the office is printed first, the holder's name after it
    for text, name in (
        ("Tổng thống In-đô-nê-xi-a Xu-ma-ni Ca-đê-ri đến thăm.", "Xu-ma-ni Ca-đê-ri"),
        ("Tổng thống Vê-nê-xu-ê-la Ê-đu-a Pê-lơ-va phát biểu.", "Ê-đu-a Pê-lơ-va"),
        ("Tổng thống Ăng-gô-la Giô-đê Mác-tin-xơ tiếp đoàn.", "Giô-đê Mác-tin-xơ"),
    ):
        assert person_names(pipeline, text) == {name}, text


def test_near_misses_a_country_a_people_or_a_brand(pipeline):
    for text in (
        "Tổng thống In-đô-nê-xi-a cho biết sẽ tăng thuế.",  # world news: the country alone
        "Đại sứ Ác-hen-ti-na trao quốc thư.",  # diplomacy
        "HLV Ác-hen-ti-na công bố danh sách.",  # sport: a national team's coach
        "Đại sứ Ô-xtrây-li-a dự lễ khai mạc.",
        "Thủ tướng Mô-dăm-bích tiếp đoàn.",
        "Thống đốc Ca-li-phoóc-ni-a ban bố tình trạng khẩn cấp.",  # a state
        "Giám đốc Pép-si cho biết doanh thu tăng.",  # business: a brand
        "Chủ tịch Hội đồng quản trị Pép-xi-cô phát biểu.",
        "Nghệ nhân Ê-đê trình diễn cồng chiêng.",  # culture: an ethnic group
        "Nghệ nhân Cơ-tu dệt thổ cẩm.",
        "Già làng Ba-na kể chuyện.",
    ):
        assert person_names(pipeline, text) == set(), text


def test_a_company_officer_printed_with_an_initial(pipeline):
    assert person_names(pipeline, "Giám đốc R.Mác-nơ cho biết doanh thu tăng.") == {"R.Mác-nơ"}


def test_a_spelled_name_of_two_words_after_a_company_title(pipeline):
    # one word after a company's title is a brand ("Giám đốc Pép-si"); a name of two spelled words is a person
    text = "Tổng Giám đốc Mi-sen Ca-mơ-đuýt của Quỹ Tiền tệ Quốc tế đã đến thăm Hà Nội."
    assert "Mi-sen Ca-mơ-đuýt" in person_names(pipeline, text)
