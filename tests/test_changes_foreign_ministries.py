"""position_changes: a minister's post printed with its field in lower case and a foreign country after it
("đề cử bà A làm bộ trưởng tư pháp Mỹ", "bộ trưởng tài chính thứ 79 của Mỹ") is that country's ministry
("Bộ Tư pháp Mỹ"); with no country, the home country, or no minister's title, no such body is read, and a
sentence without a cue reports no change. Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2024, 11, 25)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("Ngày 21-11, Tổng thống đắc cử Paul Carver thông báo đề cử bà Karen Moss làm bộ trưởng tư pháp Mỹ.",
     ("Karen Moss", "nominated", "Bộ trưởng", "Bộ Tư pháp Mỹ")),
    ("\"Tôi rất vui khi đề cử ông Peter Marlow làm bộ trưởng tài chính thứ 79 của Mỹ\", ông Carver viết.",
     ("Peter Marlow", "nominated", "Bộ trưởng", "Bộ Tài chính Mỹ")),
    ("Thủ tướng Anh đã bổ nhiệm ông John Reed làm bộ trưởng năng lượng của Anh.",
     ("John Reed", "appointed", "Bộ trưởng", "Bộ Năng lượng Anh")),
    ("Ông Jean Dubois được bổ nhiệm làm bộ trưởng ngoại giao Pháp hôm 3-11.",
     ("Jean Dubois", "appointed", "Bộ trưởng", "Bộ Ngoại giao Pháp")),
    ("Tổng thống đắc cử Paul Carver đề cử ông Ron Gale làm bộ trưởng an ninh nội địa Mỹ.",
     ("Ron Gale", "nominated", "Bộ trưởng", "Bộ An ninh nội địa Mỹ")),
])
def test_a_lower_case_field_and_a_foreign_country(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # no country after the field: no body read from it
    "Tổng thống đắc cử Paul Carver đề cử bà Karen Moss làm bộ trưởng giáo dục.",
    # a company's finance director is no minister
    "Hội đồng quản trị bổ nhiệm ông Lê Văn Tâm làm giám đốc tài chính Mỹ Phát.",
    # a sports coach hired for a foreign team is no minister either
    "Liên đoàn bóng đá bổ nhiệm ông Hans Weber làm huấn luyện viên trưởng đội tuyển Mỹ.",
    # a past minister told in a biography, the field followed by a list of countries
    "Ông Carl Berg từng được bổ nhiệm làm bộ trưởng tài chính các nước Bắc Âu luân phiên.",
])
def test_no_ministry_without_a_minister_and_a_country(extractor, text):
    got = changes(extractor, text)
    assert all(body is None or not body.startswith("Bộ ") for _, _, _, body in got), got


@pytest.mark.parametrize("text", [
    # world news, business, sport, culture, weather: a minister named, no change of office
    "Bộ trưởng tài chính Mỹ cho biết lãi suất sẽ được giữ nguyên trong quý tới.",
    "Cựu bộ trưởng thương mại Nhật Bản Kenji Sato đến thăm nhà máy ô tô ở Bình Dương.",
    "Đội tuyển bóng chuyền nữ được bộ trưởng y tế Thái Lan tặng hoa sau trận chung kết.",
    "Bộ phim về cựu bộ trưởng quốc phòng Pháp ra mắt tại liên hoan phim Cannes.",
    "Bộ trưởng nông nghiệp Úc cảnh báo mưa lớn gây ngập nhiều trang trại ở bang Queensland.",
    "Tòa án tuyên phạt cựu bộ trưởng nội vụ Nga 8 năm tù vì tội nhận hối lộ.",
])
def test_no_change_without_a_cue(extractor, text):
    assert changes(extractor, text) == []


def test_home_country_reads_no_foreign_ministry(extractor):
    got = changes(extractor, "Ông Trần Văn Bình được bổ nhiệm làm bộ trưởng tài chính Việt Nam năm 2010.")
    assert all(body != "Bộ Tài chính Việt Nam" for _, _, _, body in got), got


@pytest.mark.parametrize("text", [
    "Thủ tướng Nhật bổ nhiệm ông Kenji Sato làm bộ trưởng tài chính của Mỹ và Nhật Bản trong đàm phán thương mại.",
    "Ông Lars Berg được bổ nhiệm làm bộ trưởng năng lượng Na Uy, Thụy Điển trong ủy ban chung.",
])
def test_several_countries_name_no_ministry(extractor, text):
    assert not any(b and b.startswith("Bộ ") for _p, _c, _t, b in changes(extractor, text))
