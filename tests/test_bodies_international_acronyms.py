"""Bodies: international organizations world news prints by their Latin acronym alone, named in full as the
gold names them ("NATO" = Tổ chức Hiệp ước Bắc Đại Tây Dương); constructed sentences."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Các nước thành viên NATO nhóm họp tại Brussels hôm 3-12.", "Tổ chức Hiệp ước Bắc Đại Tây Dương"),
    ("Tổng thư ký NATO Paul Verner cho biết liên minh sẽ tăng viện trợ.", "Tổ chức Hiệp ước Bắc Đại Tây Dương"),
    ("Quan hệ giữa Nga và NATO tiếp tục căng thẳng.", "Tổ chức Hiệp ước Bắc Đại Tây Dương"),
    ("Hội nghị cấp cao APEC năm nay diễn ra tại Lima.", "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương"),
])
def test_an_international_acronym_names_its_organization(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Mẫu xe NATO-X mới ra mắt thị trường với giá 500 triệu đồng.",
    "ICC công bố lịch thi đấu giải cricket thế giới năm tới.",
    "Trọng tài ICC tại Singapore đã ra phán quyết về tranh chấp hợp đồng.",
])
def test_no_organization_for_another_acronym_or_a_longer_word(text):
    assert not any("Bắc Đại Tây Dương" in b or "Hình sự quốc tế" in b for b in body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Hội đồng NATO - Nga họp phiên bất thường tại Brussels.", "Hội đồng NATO - Nga"),
    ("Các đại sứ dự phiên họp của Hội đồng NATO - Ukraine hôm thứ ba.", "Hội đồng NATO - Ukraine"),
])
def test_a_council_named_with_the_acronym_keeps_its_name(text, body):
    assert body in body_names(text)
