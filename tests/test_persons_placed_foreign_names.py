"""A foreign full name printed right after the country or the city that closes an office the chains read to no
name (constructed sentences, world news): 'ủy viên thương mại của EU Anna Kowalczyk', 'người phát ngôn của Hải
quân Na Uy Erik Johansen', a country in brackets between ('Thủ hiến vùng Flanders (Bỉ) Jan Peeters'), a role
noun that is no title opening the office ('đặc phái viên Mỹ Peter Lindqvist'). Not a firm, an outlet or a product
named after its country, nor a name with no office before the country in its clause."""

from __future__ import annotations

from conftest import person_names


def test_a_name_after_an_office_closed_by_its_country(pipeline):
    text = "Kế hoạch mới được ủy viên thương mại của EU Anna Kowalczyk giới thiệu tại hội nghị."
    assert "Anna Kowalczyk" in person_names(pipeline, text)
    text = "Một người phát ngôn của Hải quân Na Uy Erik Johansen nói rằng con tàu đã rời cảng."
    assert "Erik Johansen" in person_names(pipeline, text)


def test_a_name_of_three_words_after_a_long_body_and_its_country(pipeline):
    text = "Bộ trưởng đã tiếp Chủ tịch Ủy ban hải quan quốc gia Belarus Ivan Petrovich Sokolov chiều 5/3."
    assert "Ivan Petrovich Sokolov" in person_names(pipeline, text)


def test_a_country_in_brackets_before_the_name(pipeline):
    text = "Đoàn đã gặp Thủ hiến vùng Flanders (Bỉ) Jan Peeters, người phụ trách thương mại của vùng."
    assert "Jan Peeters" in person_names(pipeline, text)


def test_near_misses(pipeline):
    for text, word in (
        ("Hãng tin nhà nước Iran Tasnim Daily đưa tin về cuộc tập trận.", "Tasnim"),  # an outlet, no office
        ("Giám đốc công ty Mỹ Global Metals Corp cho biết sẽ mở nhà máy.", "Global"),  # a firm
        ("Thí sinh có thể thi chứng chỉ tiếng Pháp Alliance Langue Diplome tại hai điểm.", "Alliance"),  # a product
        ("Bộ trưởng cho biết, tại Pháp Jardin Royal sẽ mở cửa lại vào cuối tuần.", "Jardin"),  # the clause is broken
        ("Ông là đại sứ. Tại Pháp Jardin Royal sẽ mở cửa lại vào cuối tuần.", "Jardin"),  # another sentence
    ):
        assert not any(word in n for n in person_names(pipeline, text)), text


def test_a_role_noun_no_title_opens_the_office(pipeline):
    text = "Bản dự thảo do đặc phái viên Mỹ Peter Lindqvist soạn gồm 9 điểm."
    assert "Peter Lindqvist" in person_names(pipeline, text)
    text = "Nhà ngoại giao kỳ cựu Liên minh châu Âu (EU) Marta Kowalska kêu gọi hai bên kiềm chế."
    assert "Marta Kowalska" in person_names(pipeline, text)
    text = "Phát biểu tại phiên họp, đại diện Brazil Paulo Ferreira phản đối mức đóng góp."
    assert "Paulo Ferreira" in person_names(pipeline, text)


def test_a_role_noun_in_another_clause_is_no_office(pipeline):
    text = "Theo lời đặc phái viên, tại Mỹ Silver Lake Partners đã rút vốn."
    assert not any("Silver" in n for n in person_names(pipeline, text))


def test_the_holder_s_party_closes_the_office(pipeline):
    text = "Hạ nghị sĩ Dân chủ Rachel Whitmore từ bang Ohio đã bỏ phiếu chống dự luật."
    assert "Rachel Whitmore" in person_names(pipeline, text)
    text = "Cuộc thăm dò cho thấy ứng viên thống đốc Đảng Cộng hòa Brian Castellano đang dẫn trước."
    assert "Brian Castellano" in person_names(pipeline, text)


def test_a_party_with_no_office_or_a_republic_before_a_country(pipeline):
    text = "Phe ủng hộ Đảng Cộng hòa Grand Rapids tổ chức mít tinh vào cuối tuần."
    assert not any("Grand" in n for n in person_names(pipeline, text))
    text = "Hôm qua, Tổng thống Cộng hòa Dominica vừa tiếp đoàn tại thủ đô."
    assert not any("Dominica" in n for n in person_names(pipeline, text))


def test_a_verb_or_a_thing_s_noun_between_the_office_and_the_country(pipeline):
    # the office's words must reach the country as one noun phrase: no verb between, no thing's noun before it
    for text, word in (
        ("Bộ trưởng Ngoại giao cho biết hãng tin Nga Ria Novosti đã đưa tin sai sự thật.", "Ria"),
        ("Biên tập viên tạp chí Mỹ Foreign Policy nhận định thị trường sẽ chậm lại.", "Foreign"),
        ("Tổng biên tập tờ báo Anh Daily Telegraph đã từ chức sau vụ việc.", "Telegraph"),
        ("Huấn luyện viên câu lạc bộ Tây Ban Nha Real Madrid hài lòng với kết quả.", "Madrid"),
        ("Giám đốc bảo tàng cho biết bức tranh Ý Mona Lisa sẽ được chuyển đi.", "Mona"),
        ("Người đứng đầu ban nhạc Anh Pink Floyd từng biểu diễn tại đây.", "Floyd"),
        ("Thống đốc bang Mỹ North Carolina ra lệnh sơ tán dân ven biển.", "Carolina"),
        ("Đại diện các doanh nghiệp Nhật Bản Toyota Tsusho và Sumitomo Corp đã tham dự.", "Toyota"),
        ("Đại diện hãng phim Mỹ Warner Bros cho biết dự án bị hoãn.", "Warner"),
        ("Người đứng đầu ngân hàng Thụy Sĩ Julius Baer cho biết lợi nhuận tăng.", "Julius"),
        ("Đại sứ Việt Nam đã tới thăm trường đại học Mỹ Johns Hopkins hôm thứ Ba.", "Hopkins"),
        ("Chủ tịch nước dự lễ hạ thủy tàu chở hàng Nhật Bản Hakuho Maru tại cảng.", "Hakuho"),
        ("Thủ tướng đã xem vở nhạc kịch Anh Miss Saigon trong chuyến thăm.", "Saigon"),
        ("Giám đốc sở cho biết dòng xe Đức Golf Variant sẽ được lắp ráp trong nước.", "Golf"),
        ("Phó giám đốc đã ký hợp đồng với đối tác Pháp Lucien Moreau tuần trước.", "Lucien"),
    ):
        assert not any(word in n for n in person_names(pipeline, text)), text


def test_field_words_between_the_office_and_the_country_keep_one_phrase(pipeline):
    text = "Ủy viên năng lượng Liên minh châu Âu (EU) Karin Holmberg đến Hà Nội hôm qua."
    assert "Karin Holmberg" in person_names(pipeline, text)
    text = "Đoàn đã gặp người đứng đầu cơ quan hàng không Canada Daniel Whitford về đường bay mới."
    assert "Daniel Whitford" in person_names(pipeline, text)
    text = "Người phát ngôn Cục Bảo vệ thực vật Đan Mạch Lars Nygaard nói rằng mùa vụ đã ổn định."
    assert "Lars Nygaard" in person_names(pipeline, text)  # a capitalized body word read as a verb is no verb


def test_a_state_s_noun_before_the_state_keeps_its_office(pipeline):
    text = "Thống đốc bang California Daniel Whitcombe đã ký ban hành đạo luật về rừng."
    assert "Daniel Whitcombe" in person_names(pipeline, text)  # "bang Mỹ X" (before a country) names the state
