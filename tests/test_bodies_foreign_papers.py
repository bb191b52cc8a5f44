"""Bodies: a foreign paper's Latin name after the lower-case descriptor "báo" is the paper, named without a head
("theo báo Zentrum Daily", "Tuần trước, báo Nordwick Post dẫn lời ...": after "theo", "của", "trên" or opening a
clause), as after "tờ"; never after a word that makes "báo" part of
another word ("nhà báo", "tình báo", "dự báo", "thông báo", "cảnh báo"), nor the verb ("phải báo X về sự cố"), nor a country's name ("báo Israel": the
country's press) (constructed sentences, each naming another person or body)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Ông Lê Văn Hào bị bắt hôm 3-4, theo báo Zentrum Daily.", "Zentrum Daily"),
    ("Tuần trước, báo Nordwick Post dẫn lời ông Lê Văn Hào cho biết giá dầu sẽ tăng.", "Nordwick Post"),
    ("Trước đó, báo Kalvenka dẫn ba nguồn tin cho biết ông Lê Văn Hào sẽ từ chức.", "Kalvenka"),
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
