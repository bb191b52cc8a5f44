"""Bodies: a foreign paper's Latin name after the lower-case descriptor "báo" is the paper, named without a head
("theo báo Zentrum Daily", "Tuần trước, báo Nordwick Post dẫn lời ...": after "theo", "của", "trên" or opening a
clause before a reporting verb), as after "tờ"; never after a word that makes "báo" part of another word ("nhà báo",
"tình báo", "dự báo", "thông báo", "cảnh báo"), nor the verb ("phải báo X về sự cố", "cùng báo X về lỗi"; "báo"
after a parenthesis, a quote or a credit's colon; opening a clause with no reporting verb after the name, "Khi bị lừa,
báo X ngay", "Xảy ra va chạm, báo CSGT"; a platform or an app, its whole name, with none, "Với báo Facebook về nội dung xấu"), nor a country's name ("báo Israel": the
country's press), nor a place ("trên báo Long An": a province's paper) (constructed sentences, each naming another
person or body)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Ông Lê Văn Hào bị bắt hôm 3-4, theo báo Zentrum Daily.", "Zentrum Daily"),
    ("Tuần trước, báo Nordwick Post dẫn lời ông Lê Văn Hào cho biết giá dầu sẽ tăng.", "Nordwick Post"),
    ("Trước đó, báo Kalvenka dẫn ba nguồn tin cho biết ông Lê Văn Hào sẽ từ chức.", "Kalvenka"),
    ("Trước đó, báo Nordvik Times cho biết ông Lê Văn Hào sẽ từ chức.", "Nordvik Times"),
    ("Lúc 7 giờ sáng, báo Kalvenka Post cho hay Công ty Minh Quang bị phạt.", "Kalvenka Post"),
    ("Năm ngoái, báo Zalvik Daily có bài viết về Công ty Minh Quang.", "Zalvik Daily"),
    ("Bài viết đăng trên báo Apple Daily về Công ty Minh Quang gây chú ý.", "Apple Daily"),
    ("Ông Lê Văn Hào trả lời phỏng vấn với báo Zalvik Times về thuế quan.", "Zalvik Times"),
    ("Trong bài viết trên báo Marlow Herald, ông Lê Văn Hào cho rằng thị trường sẽ phục hồi.", "Marlow Herald"),
    ("Đội tuyển của huấn luyện viên Lê Văn Hào thắng đậm, báo Torvik Sport đưa tin.", "Torvik Sport"),
])
def test_a_latin_name_after_bao_is_the_foreign_paper(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text, other", [
    ("Nhà báo Trey Yingst đã hỏi ông Lê Văn Hào về chiến sự.", "Lê Văn Hào"),
    ("Cơ quan tình báo Zentrum bị cáo buộc theo dõi Bộ Quốc phòng Mỹ.", "Bộ Quốc phòng Mỹ"),
    ("Ông Lê Văn Hào đã thông báo Nordwick về lỗi bảo mật.", "Lê Văn Hào"),
    ("Khách hàng của ông Lê Văn Hào phải báo Nordwick về sự cố ngay trong ngày.", "Lê Văn Hào"),
    ("Bộ Công an đề nghị người dân kịp thời báo Kalvenka Group khi bị lừa.", "Bộ Công an"),
    ("Bộ Y tế đã cảnh báo Marlow Herald về hàng giả, ông Lê Văn Hào nói.", "Bộ Y tế"),
    ("Trung tâm Dự báo Khí tượng Thủy văn quốc gia cho biết bão Kalvenka sắp đổ bộ.",
     "Trung tâm Dự báo Khí tượng Thủy văn quốc gia"),
    ("Ông Lê Văn Hào đã rời Bộ Ngoại giao, theo báo Israel.", "Lê Văn Hào"),
])
def test_no_paper_after_a_compound_with_bao_or_a_country(text, other):
    from nqextract.pipeline import extract

    names = body_names(text) + [p.name for p in extract(text, published=None).persons]
    assert other in names
    assert not any(n in ("Trey Yingst", "Zentrum", "Nordwick", "Marlow Herald", "Kalvenka", "Israel")
                   for n in body_names(text))


@pytest.mark.parametrize("text, other", [
    ("Khi phát hiện lừa đảo, báo Zalo ngay để Công an tỉnh Hòa Bình hỗ trợ.", "Công an tỉnh Hòa Bình"),
    ("Với báo Facebook về nội dung xấu độc, người dùng cần gửi bằng chứng cho Công an tỉnh Hòa Bình.",
     "Công an tỉnh Hòa Bình"),
    ("Bà Đinh Thị Hoa đã cùng báo Google về lỗi bản đồ ở Công ty Minh Quang.", "Công ty Minh Quang"),
    ("Hãy nhắn tin “báo Zalo” tới tổng đài của Công ty Minh Quang.", "Công ty Minh Quang"),
    ("Ghi chú: báo Momo ngay khi mất tiền tại cửa hàng của Công ty Minh Quang.", "Công ty Minh Quang"),
    ("(báo Grab) Tài xế của Công ty Minh Quang bị đánh.", "Công ty Minh Quang"),
    ("Cư dân mạng, báo Facebook cũng vào cuộc gỡ bài về Công ty Minh Quang.", "Công ty Minh Quang"),
    ("Khi bị lừa, báo Nordwick ngay cho Công an tỉnh Hòa Bình.", "Công an tỉnh Hòa Bình"),
    ("Trên báo Long An, ông Đinh Văn Út cho biết giá lúa tăng.", "Đinh Văn Út"),
    ("Trên báo Kon Tum, bà Đinh Thị Hoa cho rằng giá cà phê sẽ giảm.", "Đinh Thị Hoa"),
    ("Xảy ra va chạm, báo CSGT, chụp ảnh hiện trường cho Công an tỉnh Hòa Bình.", "Công an tỉnh Hòa Bình"),
    ("Nếu bị làm phiền, báo Admin của Công ty Minh Quang, không tranh cãi.", "Công ty Minh Quang"),
])
def test_no_paper_after_the_verb_bao_or_before_a_place(text, other):
    from nqextract.pipeline import extract

    names = body_names(text) + [p.name for p in extract(text, published=None).persons]
    assert other in names
    assert not any(n in ("Zalo", "Facebook", "Google", "Momo", "Grab", "Nordwick", "Long An", "Kon Tum", "CSGT", "Admin")
                   for n in body_names(text) + tagged_body_names(text))


@pytest.mark.parametrize("text, outlet", [
    ("Trong tuần, báo Zalvik Times đưa tin Công ty Minh Quang bị phạt.", "Zalvik Times"),
    ("Ông Lê Văn Hào bị bắt, báo Nordwick Post hôm 3-4 cho biết.", "Nordwick Post"),
])
def test_a_paper_opening_a_clause_before_a_reporting_verb(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)
