"""Bodies: a national organ printed bare ("Chính phủ", "Quốc hội") in an article about one foreign country alone is
that country's ("Quốc hội" in a text on Brazil -> "Quốc hội Brazil"); not when the article names the home country, a
province or a home_marker ("Ủy ban nhân dân", "nước ta"), nor when its country is printed once, as a person's name,
or no more often than another (constructed texts; body_patterns.tsv topic_organ, home_marker)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize(("text", "organ"), [
    ("Chiều 3-2, Quốc hội bỏ phiếu thông qua gói chi tiêu mới cho ngành đường sắt. Giới phân tích ở Brazil cho rằng "
     "các bang phía bắc Brazil sẽ hưởng lợi nhiều nhất.", "Quốc hội Brazil"),
    ("Chính phủ vừa công bố kế hoạch hạ thuế nhập khẩu nông sản. Doanh nghiệp Canada hoan nghênh, còn người tiêu "
     "dùng Canada vẫn chờ xem giá có giảm thật hay không.", "Chính phủ Canada"),
    ("Các hãng xe Argentina lo ngại về quy định khí thải. Theo báo chí Argentina, Chính phủ sẽ lùi thời hạn áp dụng "
     "thêm một năm, trong khi Chile chưa có động thái gì.", "Chính phủ Argentina"),
])
def test_a_bare_organ_in_an_article_about_one_foreign_country_is_its_own(text, organ):
    names = body_names(text)
    assert organ in names
    assert organ.split()[0] + " " + organ.split()[1] not in names


@pytest.mark.parametrize(("text", "organ"), [
    ("Chính phủ vừa công bố kế hoạch hạ thuế nhập khẩu nông sản. Doanh nghiệp Canada hoan nghênh, còn doanh nghiệp "
     "Việt Nam xuất khẩu sang Canada cũng kỳ vọng nhiều.", "Chính phủ"),
    ("Chính phủ muốn mỗi Ủy ban nhân dân tự kiểm kê đất công. Mô hình của Canada được nhắc đến, vì Canada quản lý "
     "đất công rất chặt.", "Chính phủ"),
    ("Quốc hội thảo luận dự luật đất đai. Đại biểu đoàn tỉnh Đồng Nai dẫn kinh nghiệm của Canada, nơi Canada đánh "
     "thuế cao đất bỏ hoang.", "Quốc hội"),
    ("Quốc hội bỏ phiếu thông qua dự luật ngân sách. Brazil và Chile đều theo dõi sát, vì Brazil và Chile cùng "
     "chịu ảnh hưởng.", "Quốc hội"),
    ("Chính phủ vừa công bố kế hoạch hạ thuế nhập khẩu nông sản. Doanh nghiệp Canada hoan nghênh quyết định này.",
     "Chính phủ"),
    ("Quốc hội bế mạc kỳ họp cuối năm. Bà Nga, một cử tri lớn tuổi, kể rằng bà Nga đã theo dõi suốt kỳ họp.",
     "Quốc hội"),
])
def test_a_bare_organ_stays_bare_without_one_foreign_topic_country(text, organ):
    names = body_names(text)
    assert organ in names
    assert not any(n.startswith(organ + " ") for n in names)
