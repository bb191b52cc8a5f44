"""Documents: a decree word ('sắc lệnh', 'đạo luật') right after its signing or issuing verb, in either case, named by
the lower-case subject it opens ('Tổng thống X ký sắc lệnh nâng mức thuế ...') to punctuation before a space, a word
that ends it ('của', 'vì', 'tại', 'bằng', 'thành' ...) or 'và' before another decree word; a list of the same word
names one document each. Near-misses, each reaching the rule (a signing verb right before a decree word): a
demonstrative, a time, a place, a manner or a description opening the subject, a capital ('Ủy quyền'), an apposition
after a comma (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import document_pairs
from nqextract.extract.document_decrees import decreed_subjects
from nqextract.extract.document_rules import load_rules


def names(text: str) -> list[str]:
    rules = load_rules()
    assert rules.decree_re.search(text), "the sentence must reach the rule"
    return [d.number for d in decreed_subjects(text, rules)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hôm 12-3, Tổng thống Marvonia Ilya Petrenko đã ký sắc lệnh nâng mức thuế nhập khẩu thép, gây lo ngại cho "
         "các đối tác.", ("Sắc lệnh", "Sắc lệnh nâng mức thuế nhập khẩu thép")),
        ("Thủ tướng nước này vừa ký sắc lệnh thành lập lực lượng bảo vệ bờ biển mới của Dorland, theo hãng tin "
         "Reuters.", ("Sắc lệnh", "Sắc lệnh thành lập lực lượng bảo vệ bờ biển mới")),
        ("Quốc hội Kestria đã thông qua đạo luật cấm điện thoại di động trong trường học vì lo ngại sức khỏe học sinh.",
         ("Đạo luật", "Đạo luật cấm điện thoại di động")),
        ("Chủ tịch Hội đồng Nhà nước Grovia ban hành Sắc lệnh thành lập Ủy ban bầu cử lâm thời, gồm 9 thành viên.",
         ("Sắc lệnh", "Sắc lệnh thành lập Ủy ban bầu cử lâm thời")),
        ("Ngày 2-8, Tổng thống Ruval ký sắc lệnh hoãn kỳ bầu cử địa phương.",
         ("Sắc lệnh", "Sắc lệnh hoãn kỳ bầu cử địa phương")),
    ],
)
def test_decree_named_by_its_subject(extractor, text, expected):
    assert expected in document_pairs(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # punctuation inside a number or a city's abbreviation ends nothing
        ("Tổng thống Orlen Vask ký sắc lệnh cấp 300.000 USD cho quỹ cứu trợ. Hôm sau, ông lên đường.",
         ["Sắc lệnh cấp 300.000 USD cho quỹ cứu trợ"]),
        ("Thủ tướng Dana Pirel ký sắc lệnh chi 2,5 tỉ USD cho ngành đường sắt, theo hãng tin AP.",
         ["Sắc lệnh chi 2,5 tỉ USD cho ngành đường sắt"]),
        ("Thống đốc Lis Maren ký sắc lệnh phong tỏa TP.Sao Vàng", ["Sắc lệnh phong tỏa TP.Sao Vàng"]),
        # a place, a time, a manner, a comparison or a result ends the subject
        ("Tổng thống Vask ký sắc lệnh cấm khai thác gỗ tại rừng phòng hộ phía bắc.", ["Sắc lệnh cấm khai thác gỗ"]),
        ("Tổng thống Vask ký sắc lệnh giảm thuế xăng dầu trong ba tháng tới.", ["Sắc lệnh giảm thuế xăng dầu"]),
        ("Tổng thống Vask ký sắc lệnh đóng cửa biên giới sau cuộc họp khẩn.", ["Sắc lệnh đóng cửa biên giới"]),
        ("Tổng thống Vask ký sắc lệnh nâng lương tối thiểu trước kỳ bầu cử.", ["Sắc lệnh nâng lương tối thiểu"]),
        ("Tổng thống Vask ký sắc lệnh hạn chế nhập cư từ tuần trước.", ["Sắc lệnh hạn chế nhập cư"]),
        ("Tổng thống Vask ký sắc lệnh cấm khai thác gỗ bằng máy móc hạng nặng.", ["Sắc lệnh cấm khai thác gỗ"]),
        ("Thủ tướng Pirel ký sắc lệnh giảm thuế nhập khẩu với hàng hóa châu Âu.", ["Sắc lệnh giảm thuế nhập khẩu"]),
        ("Tổng thống Vask ký đạo luật cấm súng trường tấn công thành luật.", ["Đạo luật cấm súng trường tấn công"]),
        # a word holding an end word ends nothing
        ("Tổng thống Vask ký sắc lệnh thành lập hội đồng công bằng xã hội tại thủ đô.",
         ["Sắc lệnh thành lập hội đồng công bằng xã hội"]),
        # a two-word link holding an end word ("đối với", "so với", "cùng với") ends nothing
        ("Tổng thống Vask ký sắc lệnh áp đặt trừng phạt đối với năm công ty Dorland.",
         ["Sắc lệnh áp đặt trừng phạt đối với năm công ty Dorland"]),
        ("Thủ tướng Pirel ký sắc lệnh nâng mức lương tối thiểu so với năm ngoái.",
         ["Sắc lệnh nâng mức lương tối thiểu so với năm ngoái"]),
        ("Tổng thống Vask ký sắc lệnh hợp tác cùng với các nước láng giềng.",
         ["Sắc lệnh hợp tác cùng với các nước láng giềng"]),
        # a list: 'và' and another decree word
        ("Quốc hội Velaria thông qua đạo luật cấm thuốc lá điện tử và đạo luật bảo vệ trẻ em trên mạng.",
         ["Đạo luật cấm thuốc lá điện tử", "Đạo luật bảo vệ trẻ em trên mạng"]),
        ("Tổng thống Alvaro Mendes ký ban hành đạo luật các khu bảo tồn biển, đạo luật về quản lý nguồn nước của nước "
         "này.", ["Đạo luật các khu bảo tồn biển", "Đạo luật về quản lý nguồn nước"]),
        # a second decree word opening a description after a comma: an apposition, no document
        ("Thủ tướng Pirel ký đạo luật cấm mạng xã hội cho trẻ dưới 16 tuổi, đạo luật đầu tiên trên thế giới về vấn đề "
         "này.", ["Đạo luật cấm mạng xã hội cho trẻ dưới 16 tuổi"]),
        ("Quốc hội Velaria thông qua đạo luật hạn chế quảng cáo rượu bia, đạo luật quan trọng nhất của khóa họp.",
         ["Đạo luật hạn chế quảng cáo rượu bia"]),
    ],
)
def test_where_a_subject_ends(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a demonstrative, a time, a place, a manner or a description opens no subject
        "Tổng thống Petrenko đã ký sắc lệnh này vào ngày 5-2, theo văn phòng tổng thống.",
        "Tổng thống Orlen Vask ký sắc lệnh tối 3-1 sau cuộc họp nội các.",
        "Tổng thống Orlen Vask ký sắc lệnh sáng nay ở dinh tổng thống.",
        "Tổng thống Orlen Vask ký sắc lệnh trong đêm khi quân đội tiến vào thủ đô.",
        "Tổng thống Orlen Vask ký sắc lệnh tại dinh tổng thống ở thủ đô Sao Lam.",
        "Tổng thống Orlen Vask ký sắc lệnh bằng cây bút của cha mình.",
        "Tổng thống Orlen Vask ký đạo luật thành luật vào chiều thứ sáu.",
        "Tổng thống Orlen Vask ký sắc lệnh đầu tiên trong nhiệm kỳ thứ hai.",
        "Quốc hội Velaria thông qua đạo luật quan trọng về hưu trí sau nhiều tranh cãi.",
        "Quốc hội Velaria thông qua đạo luật gây tranh cãi về nhập cư, ông Michel Durand nói.",
        "Quốc hội Velaria thông qua đạo luật mới về hưu trí sau nhiều tranh cãi.",
        # a capital opens no lower-case subject
        "Tổng thống Orlen Vask ký sắc lệnh Ủy quyền cho bộ trưởng quốc phòng điều động quân.",
        "Tổng thống Orlen Vask ký sắc lệnh Ấn định ngày bầu cử quốc hội khóa mới.",
    ],
)
def test_no_decree(text):
    assert names(text) == []
