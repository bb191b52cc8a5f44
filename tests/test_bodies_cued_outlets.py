"""Bodies: a Vietnamese outlet's brand cited after a cue ("chia sẻ với Tuổi Trẻ", "theo tìm hiểu của Tuổi Trẻ
Online", "sau phản ánh của báo Thanh Niên") is a mention of the outlet; the same words in lower case (youth, young
people), inside a longer capitalized name, in a credit, or after a word that makes the cue another word are none
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlet", [
    ("Chia sẻ với Tuổi Trẻ, bà Phạm Thị Lan cho biết giá rau đã tăng gấp đôi.", "Báo Tuổi Trẻ"),
    ("Chia sẻ với Tuổi Trẻ Online, ông Đào Văn Cường nói đội bóng sẽ thay thủ môn.", "Tuổi Trẻ Online"),
    ("Theo tìm hiểu của Tuổi Trẻ Online, cửa hàng này đã bán hàng giả nhiều tháng.", "Tuổi Trẻ Online"),
    ("Theo ghi nhận của Tuổi Trẻ online, mưa lớn khiến nhiều tuyến đường ngập sâu.", "Tuổi Trẻ Online"),
    ("Ngày 3-4, nguồn tin của Tuổi Trẻ Online xác nhận nghi phạm đã bị bắt.", "Tuổi Trẻ Online"),
    ("Sau phản ánh của báo Thanh Niên, chính quyền đã tháo dỡ công trình.", "Báo Thanh Niên"),
    ("\"Chúng tôi sẽ xử lý\", một cán bộ phường nói với Người Lao Động.", "Báo Người Lao Động"),
    ("Vị giám đốc trả lời phóng viên Tuổi Trẻ Online rằng nhà máy vẫn hoạt động.", "Tuổi Trẻ Online"),
    ("Chia sẻ với VnExpress, nhiều du khách cho rằng giá vé quá cao.", "VnExpress"),
    ("Cuộc thi do nhà trường và báo Sài Gòn Giải Phóng phối hợp tổ chức.", "Báo Sài Gòn Giải Phóng"),
    ("Bạn đọc Lê Văn Tư phản ánh đến Tuổi Trẻ Online về tình trạng xả rác.", "Tuổi Trẻ Online"),
])
def test_a_brand_cited_after_a_cue_is_the_outlet(text, outlet):
    assert outlet in body_names(text)
    assert outlet in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Nhiều người chia sẻ với tuổi trẻ hôm nay rằng cơ hội là vô hạn.",
    "Huấn luyện viên nói với thanh niên trong đội về kỷ luật thi đấu.",
    "Anh Tuấn nói với Tuổi Trẻ Cười rằng bức tranh đã được duyệt.",
    "Ông chia sẻ với Lao Động Trẻ, một ban nhạc, về chuyến lưu diễn.",
    "Đội bóng đã cảnh báo Thanh Niên về thời tiết xấu trước trận đấu.",
    "Cô ấy nói với Thanh Tâm về kế hoạch mở tiệm bánh.",
    "Nhà hàng Tuổi Trẻ ở quận 3 bị xử phạt vì vi phạm an toàn thực phẩm.",
    "Bão số 3 gây mưa lớn, thanh niên tình nguyện đã hỗ trợ người dân sơ tán.",
    "Phóng viên Tuổi Trẻ có mặt tại hiện trường vụ cháy.",
    "Trả lời phóng viên, ông Nam cho biết công ty sẽ tăng giá bán.",
])
def test_no_outlet_without_a_cue_and_a_capitalized_brand(text):
    assert not any(n.startswith(("Báo", "Tuổi", "Thanh", "Lao", "VnExpress")) for n in body_names(text))


_BRANDS = ["Tuổi Trẻ", "Thanh Niên", "Người Lao Động", "Tiền Phong", "Lao Động", "Sài Gòn Giải Phóng"]


@pytest.mark.parametrize("brand", _BRANDS)
@pytest.mark.parametrize("shape", [
    "Báo {} tổ chức giải chạy vì trẻ em nghèo vào tháng tới.",
    "Ông Hà Quang Vĩnh, Tổng Biên tập Báo {}, phát biểu khai mạc.",
    "Bà Lục Thị Nguyệt, Phó Tổng biên tập Báo {}, trao giải cho các tác giả.",
    "Ông Vĩnh nói với Báo {} rằng dự án sẽ khởi công vào quý tới.",
])
def test_the_papers_own_capitalized_bao_keeps_its_whole_name(brand, shape):
    """"Báo X" printed capitalized is the paper's own name: one body, its whole span, no alias "X"."""
    from nqextract.extract.bodies import find_bodies
    from nqextract.pipeline import extract

    text = shape.format(brand)
    at = text.index("Báo ")
    found = [(m.start, m.end, m.name) for m in find_bodies(text)]
    assert found == [(at, at + len("Báo " + brand), "Báo " + brand)]
    bodies = extract(text, published="2025-01-01").bodies
    assert [(b.name, b.aliases, [m.text for m in b.mentions]) for b in bodies] == [
        ("Báo " + brand, [], ["Báo " + brand])]


@pytest.mark.parametrize("text, outlet", [
    ("Theo ghi nhận của Thanh Niên, nhiều cửa hàng đã đóng cửa sớm.", "Báo Thanh Niên"),
    ("Chia sẻ với Người Lao Động, anh Lò Văn Thuận cho biết lương đã được trả đủ.", "Báo Người Lao Động"),
    ("Ông Khổng Minh Đạt chia sẻ với Tiền Phong rằng đội sẽ dự giải.", "Báo Tiền Phong"),
    ("Ông Đạt trả lời phóng viên Lao Động về tiến độ dự án.", "Báo Lao Động"),
    ("Bà Âu Thị Duyên nói với PV Thanh Niên trong khu công nghiệp.", "Báo Thanh Niên"),
    ("\"Chúng tôi chưa nhận được hồ sơ\", một cán bộ xã nói với Thanh Niên.", "Báo Thanh Niên"),
    # "gửi đến" cites only a site's own brand
    ("Bạn đọc Tạ Văn Bình có bài viết gửi đến Tuổi Trẻ Online về nạn kẹt xe.", "Tuổi Trẻ Online"),
    ("Nhiều độc giả gửi đến VnExpress câu hỏi về thuế thu nhập.", "VnExpress"),
])
def test_a_common_word_brand_after_the_press_or_in_a_reporting_clause(text, outlet):
    assert outlet in body_names(text)


@pytest.mark.parametrize("text", [
    # a title in quotes: a film, a book
    "Bộ phim \"Nói với Tuổi Trẻ\" của đạo diễn Cù Văn Lợi sẽ ra rạp tháng sau.",
    "Tập thơ “Chia sẻ với Tuổi Trẻ” của nhà thơ Mạc Thị Hoa được tái bản.",
    "Chuyên mục 'Chia sẻ với Tuổi Trẻ Online' vừa ra mắt độc giả.",
    # "gửi đến": youth, a commune, workers
    "Chủ tịch tỉnh gửi đến Thanh Niên cả nước lời chúc năm mới.",
    "Hàng cứu trợ được gửi đến Tiền Phong, một xã vùng cao của huyện.",
    "Công đoàn gửi đến Người Lao Động những phần quà Tết.",
    "Thầy hiệu trưởng gửi đến Tuổi Trẻ cả nước lời nhắn nhủ.",
    # the common-word brands after a plain cue: workers, a person, youth
    "Doanh nghiệp cam kết trả lời Người Lao Động về chế độ bảo hiểm.",
    "Bà Khúc Thị Mai nói với Tiền Phong, con trai bà, rằng nhà đã bán.",
    "Liên đoàn lao động tỉnh nói với Người Lao Động trong khu công nghiệp về quyền lợi.",
    "Ông Vĩnh nói với Thanh Niên trong xã về việc nhập ngũ.",
    # a reporting cue without a closer after the common-word brand
    "Cán bộ xã chia sẻ với Thanh Niên trong thôn kinh nghiệm trồng rau.",
    # a work as the subject of the cue
    "Bài hát nói với Tuổi Trẻ về khát vọng cống hiến.",
    "Bộ phim này nói với Tuổi Trẻ rằng ước mơ cần được nuôi dưỡng.",
    # "họa báo": a pictorial, no cue
    "Họa báo Thanh Niên ra số đặc biệt mừng năm mới.",
])
def test_no_outlet_in_a_title_a_work_or_for_common_words(text):
    names = body_names(text)
    assert not any(n.startswith(("Báo Tuổi", "Báo Thanh", "Báo Người", "Báo Tiền", "Tuổi Trẻ")) for n in names), names


@pytest.mark.parametrize("text, outlet", [
    # quoted speech going on past the brand: no title
    ("\"Tôi đã nói với Tuổi Trẻ rồi\", ông Lương Văn Minh nhấn mạnh.", "Báo Tuổi Trẻ"),
    ("“Chúng tôi đã trả lời Tuổi Trẻ Online hôm qua”, bà Hứa Thị Ngân nói.", "Tuổi Trẻ Online"),
    # a work's clause ends at "và" or "nhưng"
    ("Bộ phim ra mắt tuần trước và đạo diễn Kha Văn Tín nói với Tuổi Trẻ rằng ông hài lòng.", "Báo Tuổi Trẻ"),
    ("Cuốn sách bán chạy nhưng tác giả chia sẻ với Tuổi Trẻ Online về nỗi lo.", "Tuổi Trẻ Online"),
])
def test_quoted_speech_and_a_clause_after_a_work_cite(text, outlet):
    assert outlet in body_names(text)


@pytest.mark.parametrize("text", [
    "Chương trình “Trả lời Tuổi Trẻ” phát sóng tối thứ bảy.",
    "Ca khúc \"Nói với Tuổi Trẻ\" được nhiều người yêu thích.",
])
def test_a_title_closed_right_after_the_brand_cites_none(text):
    names = body_names(text)
    assert not any(n.startswith(("Báo Tuổi", "Tuổi Trẻ")) for n in names), names


@pytest.mark.parametrize("shape", [
    "Báo {} tổ chức giải chạy vì trẻ em nghèo vào tháng tới.",
    "Ông Vĩnh nói với Báo {} rằng dự án sẽ khởi công vào quý tới.",
])
@pytest.mark.parametrize("brand", ["VnExpress", "Tuổi Trẻ Online"])
def test_a_site_brand_after_a_capitalized_bao_keeps_its_own_name(brand, shape):
    """A site whose name does not open with "Báo" keeps it: "Báo VnExpress" -> VnExpress, one body per outlet."""
    from nqextract.pipeline import extract

    text = shape.format(brand)
    bodies = extract(text, published="2025-01-01").bodies
    assert [b.name for b in bodies] == [brand]


@pytest.mark.parametrize("text, outlet", [
    # a plain cue opening the sentence or a clause, the common-word brand then a comma
    ("Trả lời Thanh Niên, ông Phan Văn Khải Lâm khẳng định công trình sẽ xong đúng hạn.", "Báo Thanh Niên"),
    ("Nói với Tiền Phong, bà Vi Thị Hằng cho biết trường đã đủ giáo viên.", "Báo Tiền Phong"),
    ("'Trả lời Người Lao Động, ông Bế Văn Bình nói.", "Báo Người Lao Động"),
    ("Chiều 12-6, trả lời Lao Động, đại diện công ty Sao Mai cho biết sẽ trả lương.", "Báo Lao Động"),
    # a reporting cue at the end of the sentence or the text, or before "cho thấy"
    ("Ông Tạ Văn Sơn chia sẻ với Tiền Phong.", "Báo Tiền Phong"),
    ("Cả nhóm đã nhiều lần chia sẻ với Người Lao Động. Nay họ trở lại.", "Báo Người Lao Động"),
    ("Bà Ông Thị Mơ chia sẻ với Thanh Niên", "Báo Thanh Niên"),
    ("Theo ghi nhận của Thanh Niên cho thấy giá rau đã giảm mạnh.", "Báo Thanh Niên"),
])
def test_a_common_brand_answered_at_a_clause_start_or_ending_a_sentence(text, outlet):
    assert outlet in body_names(text)


@pytest.mark.parametrize("text", [
    # a plain cue inside the sentence, or no comma after the brand: the common word
    "Công ty đã trả lời Người Lao Động, nhưng chưa trả lương.",
    "Trả lời Người Lao Động trong buổi đối thoại, giám đốc hứa tăng lương.",
    "Ông Vĩnh nói với Thanh Niên trong xã rằng phải sống có lý tưởng.",
    "Bí thư nói với Thanh Niên rằng phải sống có lý tưởng.",
    # a reporting cue with more words after the common brand
    "Cán bộ xã chia sẻ với Thanh Niên địa phương kinh nghiệm làm giàu.",
])
def test_a_common_brand_inside_a_clause_or_run_on_cites_none(text):
    names = body_names(text)
    assert not any(n.startswith(("Báo Tuổi", "Báo Thanh", "Báo Người", "Báo Tiền", "Tuổi Trẻ")) for n in names), names
