"""Bodies: a news outlet cited as a sentence's source ("Theo báo X, ...", "Như X đã đưa tin, ...") is a mention;
a report, a body or a person after the same openers is no outlet (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Hội nghị đã bế mạc. Theo báo Hà Nội mới, nhiều dự án sẽ được miễn tiền thuê đất.", "Báo Hà Nội mới"),
    ("Theo tờ Tiền phong, vụ việc đang được điều tra.", "Báo Tiền phong"),
    ("Theo báo Straits Times của Singapore, việc bỏ phiếu đã hoàn tất.", "Straits Times"),
    ("Theo Hãng tin Reuters, cuộc đàm phán kéo dài hai ngày.", "Reuters"),
    ("Ông nói vậy. Theo tạp chí Newsweek hôm 23-11, cuộc họp kéo dài.", "Newsweek"),
    ("Như Tuổi Trẻ Online đã thông tin trước đó, ngày 29-8 công an phát hiện vụ việc.", "Tuổi Trẻ Online"),
    ("Ông cho biết như vậy. Như Tuổi Trẻ Online đưa tin, người dân trong xã phản ánh.", "Tuổi Trẻ Online"),
    ("Như báo Dân trí đã phản ánh, con đường xuống cấp nghiêm trọng.", "Báo Dân trí"),
])
def test_an_outlet_cited_as_the_source_is_named(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Theo báo cáo của đoàn kiểm tra, dự án chậm tiến độ.",
    "Theo Báo cáo tiếp thu, chỉnh lý, dự thảo luật gồm 11 điều.",
    "Như Bộ trưởng đã thông tin, dự án sẽ khởi công trong năm.",
    "Như Nguyễn Văn An đã thông tin, dự án sẽ khởi công trong năm.",
    "Như Nguyễn An đã thông tin, dự án sẽ khởi công trong năm.",
    "Theo Tuổi Trẻ Online, dự án sẽ khởi công trong năm.",
    "Dự án khởi công theo báo Hà Nội mới, nhiều hộ dân đồng tình.",
])
def test_no_outlet_without_a_citing_sentence_opening(text):
    assert body_names(text) == []


def test_a_cited_outlet_in_the_gazetteer_keeps_its_canonical_name():
    assert body_names("Theo báo Nhân Dân, hội nghị diễn ra tốt đẹp.") == ["Báo Nhân Dân"]


@pytest.mark.parametrize("text, body", [
    ("Một số kiến nghị đã được Cục Quản lý đất đai khẩn trương chỉ đạo xử lý.", "Cục Quản lý đất đai"),
    ("Bộ Xây dựng đề xuất hình thành Quỹ nhà ở quốc gia để tăng nguồn cung.", "Quỹ Nhà ở quốc gia"),
    ("Nội dung giải pháp thành lập Quỹ Nhà ở quốc gia được Quốc hội thông qua.", "Quỹ Nhà ở quốc gia"),
])
def test_an_adverb_ends_a_name_and_the_national_housing_fund_is_a_body(text, body):
    assert body in body_names(text)
    assert body in tagged_body_names(text)
