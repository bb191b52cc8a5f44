"""Bodies: set phrases of a name's field that hold a word the tagger reads as a verb or an adverb ("Người có
công", "nhỏ và vừa", "vừa và nhỏ") stay in the name; international bodies printed without an acronym nearby are
named whole ("Phong trào Không liên kết", "Tòa án Công lý quốc tế"); a foreign minister's title with the
ministry's acronym before its country names the ministry (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names
from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Tỉnh gửi công văn đến Cục Người có công của bộ xin ý kiến.", "Cục Người có công"),
    ("Ông A, trưởng Phòng Người có công, cho biết hồ sơ đã đủ.", "Phòng Người có công"),
    ("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị giảm thuế.", "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"),
    ("Ông B, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An, cho biết.",
     "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Nghệ An"),
    ("Quỹ Phát triển doanh nghiệp nhỏ và vừa đã cho vay 100 tỉ đồng.", "Quỹ Phát triển doanh nghiệp nhỏ và vừa"),
    ("Bà C là giám đốc Học viện Doanh nghiệp vừa và nhỏ từ năm ngoái.", "Học viện Doanh nghiệp vừa và nhỏ"),
])
def test_a_set_phrase_read_as_a_verb_stays_in_the_name(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Người có công với cách mạng được hỗ trợ sửa nhà.",
    "Hội Doanh nhân trẻ có công văn gửi các doanh nghiệp.",
    "Doanh nghiệp nhỏ và vừa được giảm thuế.",
])
def test_the_phrase_alone_or_a_verb_after_a_name_names_nothing_more(text):
    found = extracted_body_names(text)
    assert not any("có công" in b or "nhỏ và vừa" in b for b in found)


@pytest.mark.parametrize("text, body", [
    ("Hai nước phối hợp tại Liên Hiệp Quốc, Phong trào Không liên kết và các diễn đàn khác.",
     "Phong trào Không liên kết"),
    ("Campuchia đưa vấn đề ra Tòa án Công lý quốc tế để phân xử.", "Tòa án Công lý quốc tế"),
    ("Tòa án Hình sự quốc tế đã phát lệnh bắt.", "Tòa án Hình sự quốc tế"),
    ("Việt Nam tham gia Liên minh toàn cầu chống đói nghèo với tư cách thành viên sáng lập.",
     "Liên minh toàn cầu chống đói nghèo"),
    ("Ông A dự Hội nghị quốc tế các đảng chính trị châu Á lần thứ 12.", "Hội nghị quốc tế các đảng chính trị châu Á"),
    ("Ông B được bầu làm viện sĩ Viện Hàn lâm Khoa học thế giới.", "Viện Hàn lâm Khoa học thế giới"),
    ("Ông C dự họp Hội đồng thống đốc của Ngân hàng Đầu tư cơ sở hạ tầng châu Á.",
     "Ngân hàng Đầu tư cơ sở hạ tầng châu Á"),
    ("Các nước thành viên Tổ chức Hiệp ước Bắc Đại Tây Dương họp tại Brussels.", "Tổ chức Hiệp ước Bắc Đại Tây Dương"),
])
def test_an_international_body_without_its_acronym_is_named(text, body):
    assert body in extracted_body_names(text)


def test_a_common_phrase_like_a_world_body_is_none():
    assert extracted_body_names("Phong trào thi đua không liên kết với các đơn vị khác.") == []


@pytest.mark.parametrize("text, body", [
    ("Đó là khẳng định của Bộ trưởng Thương mại, Đầu tư và Công nghiệp (MITI) Malaysia trong diễn đàn.",
     "Bộ Thương mại, Đầu tư và Công nghiệp Malaysia"),
    ("Bộ trưởng Năng lượng và Biến đổi khí hậu (DESNZ) Anh Ed Miliband cho biết.",
     "Bộ Năng lượng và Biến đổi khí hậu Anh"),
    ("Ông A, Thứ trưởng Ngoại giao (MOFA) Nhật Bản, phát biểu.", "Bộ Ngoại giao Nhật Bản"),
    ("Bộ trưởng Thương mại, Đầu tư và Công nghiệp Malaysia cho biết.", "Bộ Thương mại, Đầu tư và Công nghiệp Malaysia"),
])
def test_a_foreign_ministrys_acronym_before_its_country(text, body):
    assert names(text) == [body]


def test_a_vietnamese_ministers_acronym_names_no_foreign_ministry():
    assert names("Bộ trưởng Công Thương (MOIT) Nguyễn Hồng Diên cho biết.") == ["Bộ Công Thương"]
