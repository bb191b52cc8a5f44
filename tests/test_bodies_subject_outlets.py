"""Bodies: a Vietnamese outlet's brand opening a clause before a reporting verb is the outlet, the clause's subject
("Ngày 3-4, Tuổi Trẻ Online đưa tin ...", "Tuổi Trẻ đã có bài viết ..."); the same words in lower case (youth, the
people's education level), inside a longer name, in a quoted title, before a capitalized word (a dateline), after a
word that is no clause opening, or a common word's brand are none; a brand printed as a common phrase at a sentence's
start ("Dân trí", only its first letter capitalized) opening a sentence is the outlet only before a verb no common
phrase takes ("Dân trí đã đưa tin"; not "Dân trí phản ánh trình độ ...": the people's education level) (constructed sentences,
each naming another person or body)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Ngày 3-4, Tuổi Trẻ Online đưa tin Công ty Hoàng Phát bị xử phạt vì xả thải.", "Tuổi Trẻ Online"),
    ("Trước đó, Tuổi Trẻ Online đã đưa tin về vụ cháy kho hàng ở xã Tân Lộc.", "Tuổi Trẻ Online"),
    ("Tuổi Trẻ đã có bài viết phản ánh tình trạng ngập tại chợ Bình Hòa.", "Báo Tuổi Trẻ"),
    ("Ngày 17-5, Tuổi Trẻ có bài về nhà máy của Công ty Minh Quang.", "Báo Tuổi Trẻ"),
    ("Tại buổi họp báo, Tuổi Trẻ Online đặt câu hỏi cho ông Vũ Đình Khải về giá điện.", "Tuổi Trẻ Online"),
    ("Tuổi Trẻ ghi nhận nhiều phụ huynh xếp hàng từ sáng sớm trước Trường Tiểu học Hòa Bình.", "Báo Tuổi Trẻ"),
    ("Nhằm góp thêm góc nhìn, Tuổi Trẻ Online giới thiệu ý kiến của ông Lâm Văn Khoa.", "Tuổi Trẻ Online"),
    ("Dân trí sẽ tiếp tục thông tin về vụ việc ở Công ty Thép Bắc Sơn.", "Báo Dân trí"),
    ("Vụ việc xảy ra ở huyện Đông Hà. Dân trí đã đưa tin về Công ty Thép Bắc Sơn vào tối 3-5.", "Báo Dân trí"),
    ("Tối 3-5, Dân trí nhận được phản ánh của nhiều hộ dân về Công ty Thép Bắc Sơn.", "Báo Dân trí"),
    ("Liên quan đến vụ việc, Dân trí đã xác minh với ông Hà Minh Tuấn, Chủ tịch UBND xã Phú Lâm.", "Báo Dân trí"),
    ("Ngay sau khi Dân trí đưa tin, Công ty Minh Quang đã thu hồi sản phẩm.", "Báo Dân trí"),
    ("Ngay sau khi Tuổi Trẻ Online đưa tin, Công ty Minh Quang đã thu hồi sản phẩm.", "Tuổi Trẻ Online"),
    ("Vụ việc mà Tuổi Trẻ đã từng thông tin khiến ông Đỗ Văn Khôi bị kỷ luật.", "Báo Tuổi Trẻ"),
])
def test_a_brand_opening_a_clause_before_a_reporting_verb_is_the_outlet(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text, other", [
    ("Tuổi trẻ đã thông tin cho nhau qua mạng, ông Lê Văn Hào nói.", "Lê Văn Hào"),
    ("Thanh niên tình nguyện ghi nhận 300 hộ dân cần hỗ trợ, theo Ủy ban nhân dân xã Tân Lộc.",
     "Ủy ban nhân dân xã Tân Lộc"),
    ("Tuổi trẻ ghi nhận nhiều đổi thay, ông Trần Quốc Vũ chia sẻ tại buổi lễ.", "Trần Quốc Vũ"),
    ("Nâng cao dân trí đã giới thiệu nhiều cách làm mới, Sở Giáo dục và Đào tạo tỉnh Hòa Bình cho biết.",
     "Sở Giáo dục và Đào tạo tỉnh Hòa Bình"),
    ("Nhân dân đã phản ánh việc xả thải ra sông với Ủy ban nhân dân xã Tân Lộc.", "Ủy ban nhân dân xã Tân Lộc"),
    ("Bộ phim “Tuổi Trẻ” ghi nhận câu chuyện của đạo diễn Lê Văn Hào.", "Lê Văn Hào"),
    ("Cuốn sách Tuổi Trẻ và Khát Vọng giới thiệu chân dung Công ty Minh Quang.", "Công ty Minh Quang"),
    ("Nhà văn hóa Tuổi Trẻ ghi nhận 500 lượt khách, Công ty Minh Quang cho biết.", "Công ty Minh Quang"),
    ("Dân trí Thông tin từ Công an huyện Tân Lộc cho biết nghi phạm đã bị bắt.", "Công an huyện Tân Lộc"),
    ("Bài hát Tuổi Trẻ Online đưa tin vui đến ông Trần Quốc Vũ.", "Trần Quốc Vũ"),
    ("Khi tuổi trẻ đã đưa tin vui về làng, ông Trần Quốc Vũ mừng lắm.", "Trần Quốc Vũ"),
    ("Giải thưởng mà Tuổi Trẻ Cười ghi nhận năm nay thuộc về ông Trần Quốc Vũ.", "Trần Quốc Vũ"),
])
def test_no_outlet_for_a_common_word_a_title_or_a_longer_name(text, other):
    from nqextract.pipeline import extract

    names = body_names(text) + [p.name for p in extract(text, published=None).persons]
    assert other in names
    assert not any(n.startswith(("Báo", "Tuổi", "Thanh", "Dân", "Nhân")) for n in body_names(text))


@pytest.mark.parametrize("text, outlet", [
    ("Sau phản ánh của báo Dân trí, Ủy ban nhân dân xã Tân Lộc đã tháo dỡ công trình.", "Báo Dân trí"),
    ("Chia sẻ với Dân trí, ông Phan Văn Lực cho biết nhà máy sẽ tuyển thêm 200 lao động.", "Báo Dân trí"),
    ("Trả lời phỏng vấn, ông Phan Văn Lực chia sẻ với Người Đưa Tin về kế hoạch mở rộng.", "Báo Người Đưa Tin"),
    ("Ông Phan Văn Lực chia sẻ với Đất Việt rằng công ty sẽ trả đủ lương.", "Báo Đất Việt"),
    ("Theo ghi nhận của Dân Việt, giá lúa tại xã Tân Lộc đã tăng mạnh.", "Báo Dân Việt"),
])
def test_more_brands_cited_after_a_cue(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text, other", [
    ("Nâng cao dân trí là nhiệm vụ lâu dài của Ủy ban nhân dân xã Tân Lộc.", "Ủy ban nhân dân xã Tân Lộc"),
    ("Ông Phan Văn Lực chia sẻ với dân trong xã về dân trí và sinh kế.", "Phan Văn Lực"),
    ("Người dân trên Đất Việt đã chia sẻ với nhau, ông Phan Văn Lực nói.", "Phan Văn Lực"),
    ("Ông Phan Văn Lực chia sẻ với dân Việt ở nước ngoài về quê hương.", "Phan Văn Lực"),
    ("Người đưa tin cho Công an huyện Tân Lộc là một tài xế xe ôm.", "Công an huyện Tân Lộc"),
])
def test_the_new_brands_in_lower_case_or_without_a_cue_are_none(text, other):
    from nqextract.pipeline import extract

    names = body_names(text) + [p.name for p in extract(text, published=None).persons]
    assert other in names
    assert not any(n.startswith("Báo") for n in body_names(text))


@pytest.mark.parametrize("text, other", [
    ("Dân trí phản ánh trình độ phát triển của một quốc gia, Bộ trưởng Lương Văn Khải nhấn mạnh.", "Lương Văn Khải"),
    ("Ở vùng cao, dân trí còn thấp. Dân trí cũng phản ánh qua tỉ lệ trẻ em đến trường, Sở Giáo dục và Đào tạo tỉnh "
     "Hòa Bình cho biết.", "Sở Giáo dục và Đào tạo tỉnh Hòa Bình"),
    ("Dân trí ghi nhận sự tiến bộ vượt bậc nhờ chương trình của Sở Giáo dục và Đào tạo tỉnh Hòa Bình.",
     "Sở Giáo dục và Đào tạo tỉnh Hòa Bình"),
    ("Ông Lương Văn Khải nói về giáo dục.\nDân trí đã được nâng lên rõ rệt, ông Lương Văn Khải nói.", "Lương Văn Khải"),
    ("Dân trí Thông tin từ Công an huyện Tân Lộc cho biết nghi phạm đã bị bắt.", "Công an huyện Tân Lộc"),
])
def test_a_common_phrase_brand_opening_a_sentence_is_none(text, other):
    from nqextract.pipeline import extract

    names = body_names(text) + [p.name for p in extract(text, published=None).persons]
    assert other in names
    assert "Báo Dân trí" not in body_names(text)
    assert "Báo Dân trí" not in tagged_body_names(text)
