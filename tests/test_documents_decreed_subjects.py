"""Documents: a decree word ('sắc lệnh', 'đạo luật') right after its signing or issuing verb, in either case, named by
the lower-case subject it opens ('Tổng thống X ký sắc lệnh nâng mức thuế ...') to the clause end or a word that ends
it ('của', 'vì'); a list of the same word names one document each. Near-misses: a demonstrative, a plural, a
preposition or a tense word after the decree word, and contracts, plans and dispatches signed or issued by a named
person or body in news of other topics (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hôm 12-3, Tổng thống Marvonia Ilya Petrenko đã ký sắc lệnh nâng mức thuế nhập khẩu thép, gây lo ngại cho "
         "các đối tác.", ("Sắc lệnh", "Sắc lệnh nâng mức thuế nhập khẩu thép")),
        ("Thủ tướng nước này vừa ký sắc lệnh thành lập lực lượng bảo vệ bờ biển mới của Dorland, theo hãng tin "
         "Reuters.", ("Sắc lệnh", "Sắc lệnh thành lập lực lượng bảo vệ bờ biển mới")),
        ("Quốc hội Kestria đã thông qua đạo luật cấm điện thoại trong trường học vì lo ngại sức khỏe học sinh.",
         ("Đạo luật", "Đạo luật cấm điện thoại trong trường học")),
        ("Chủ tịch Hội đồng Nhà nước Grovia ban hành Sắc lệnh thành lập Ủy ban bầu cử lâm thời, gồm 9 thành viên.",
         ("Sắc lệnh", "Sắc lệnh thành lập Ủy ban bầu cử lâm thời")),
        ("Ngày 2-8, Tổng thống Ruval ký sắc lệnh hoãn kỳ bầu cử địa phương.",
         ("Sắc lệnh", "Sắc lệnh hoãn kỳ bầu cử địa phương")),
    ],
)
def test_decree_named_by_its_subject(extractor, text, expected):
    assert expected in document_pairs(extractor, text)


def test_listed_acts(extractor):
    found = document_pairs(extractor, "Tổng thống Alvaro Mendes ký ban hành đạo luật các khu bảo tồn biển, đạo luật về "
                                      "quản lý nguồn nước của nước này.")
    assert ("Đạo luật", "Đạo luật các khu bảo tồn biển") in found
    assert ("Đạo luật", "Đạo luật về quản lý nguồn nước") in found


@pytest.mark.parametrize(
    "text",
    [
        # a demonstrative, a plural, a time or a possessor after the decree word: no subject
        "Tổng thống Petrenko đã ký sắc lệnh này vào ngày 5-2, theo Điện Kremlin.",
        "Ông Trump ký hàng loạt sắc lệnh hành pháp sau lễ nhậm chức tại Washington.",
        "Tổng thống Nguyễn Văn Quý ký sắc lệnh vào sáng 3-1 tại Phủ Chủ tịch.",
        "Tổng thống Petrenko ký sắc lệnh của chính phủ về thuế, theo ông Ivan Sokolov.",
        "Quốc hội Pháp thông qua đạo luật mới về hưu trí sau nhiều tranh cãi, ông Michel Durand nói.",
        # other topics: what is signed or issued is no decree
        "Ca sĩ Lan Anh ký hợp đồng biểu diễn với Công ty Sao Mai trong năm nay.",
        "Câu lạc bộ Hà Nội FC ký hợp đồng với tiền đạo Nguyễn Văn Tùng trong hai mùa giải.",
        "Công an tỉnh Bình An thông qua kế hoạch truy bắt đối tượng Trần Văn Hùng trong đêm.",
        "Đài Khí tượng thủy văn tỉnh Quảng An ban hành công điện khẩn ứng phó bão số 5, ông Lê Minh cho biết.",
        "Bảo tàng Mỹ thuật TP.HCM thông qua đề án trưng bày tranh của họa sĩ Bùi Xuân Phái.",
        "Nhà văn Trần Hoài ký tặng sách cho độc giả tại Hội sách TP.HCM, theo Công ty Phương Nam.",
    ],
)
def test_no_decree(extractor, text):
    assert not any(t in ("Sắc lệnh", "Đạo luật") for t, _ in document_pairs(extractor, text))
