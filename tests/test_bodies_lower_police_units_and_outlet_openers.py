"""Bodies: more police units printed with their field in lower case right before their Công an parent ("Phòng an
ninh kinh tế Công an huyện X", "Phòng kỹ thuật hình sự Công an tỉnh Y", "Phòng quản lý xuất nhập cảnh Công an Z":
body_patterns.tsv lower_unit rows), and a foreign outlet after a descriptor flagged ``start`` ("tờ", "tờ báo", "trang
tin") also where the descriptor is printed capitalized opening a sentence ("Tờ Daily Sample đưa tin"). Constructed
sentences; the near-misses name a person or a body and must not gain the unit or the outlet."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Theo Phòng kỹ thuật hình sự Công an TP Hòa Đông, nghi phạm Lò Văn Sáu đã bỏ trốn.",
     "Phòng Kỹ thuật hình sự Công an thành phố Hòa Đông"),
    ("Kết luận của Phòng kỹ thuật hình sự Công an tỉnh Bình Lâm cho thấy nạn nhân tử vong do ngạt.",
     "Phòng Kỹ thuật hình sự Công an tỉnh Bình Lâm"),
    ("Phòng quản lý xuất nhập cảnh Công an tỉnh Hòa Lâm phát hiện công ty vi phạm.",
     "Phòng Quản lý xuất nhập cảnh Công an tỉnh Hòa Lâm"),
    ("Phòng an ninh kinh tế Công an tỉnh Bình Lâm đang xác minh nguồn tiền.",
     "Phòng An ninh kinh tế Công an tỉnh Bình Lâm"),
])
def test_a_lower_case_police_unit_before_its_parent_is_named_with_it(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, wrong", [
    # no Công an right after the lower-case run: a clause, another parent, a business or a school
    ("Phòng kỹ thuật hình sự đã báo cáo lãnh đạo Công an tỉnh Bình Lâm về vụ tai nạn của ông Lê Văn Tư.",
     "Phòng Kỹ thuật"),
    ("Phòng quản lý chất lượng Bệnh viện Đa khoa Hòa Lâm họp sau sự cố của bệnh nhân Nguyễn Thị Mai.", "Phòng Quản lý"),
    ("Phòng an ninh Công ty cổ phần Thép Bình Lâm bắt quả tang ông Hà Văn Chín lấy trộm.", "Phòng An ninh"),
    ("Phòng kỹ thuật của đội bóng Hòa Lâm FC đã làm việc với HLV Phạm Văn Năm.", "Phòng Kỹ thuật"),
    ("Phòng quản lý đô thị quận Tân Bình cho biết ông Vũ Văn Hai đã nộp phạt.", "Phòng Quản lý đô thị"),
    ("Nhân viên phòng kỹ thuật Công an tỉnh Bình Lâm là anh Đỗ Văn Ba.", "Phòng Kỹ thuật"),  # lower-case head
])
def test_no_police_unit_without_its_parent_right_after(text, wrong):
    assert not any(n.startswith(wrong) for n in tagged_body_names(text))


@pytest.mark.parametrize("text, name", [
    ("Tờ Morning Zapper đưa tin Thủ tướng Brant sẽ từ chức.", "Morning Zapper"),
    ("Kinh tế suy giảm. Tờ Daily Quillon dẫn lời Bộ trưởng Vexley cho biết.", "Daily Quillon"),
    ("Tờ báo Zolvar (Nga) đánh giá cuộc tấn công là nghiêm trọng.", "Zolvar"),
    ("Theo tờ báo Kestrel Times, ông Marlon sẽ tranh cử.", "Kestrel Times"),
    ("Trang tin Quorra đưa tin xe của ông Delvin được tìm thấy.", "Quorra"),
    ("Đoạn video được chia sẻ bởi trang tin Brisk Haber cho thấy khói bốc lên.", "Brisk Haber"),
])
def test_a_foreign_outlet_after_its_descriptor_also_opening_a_sentence(text, name):
    assert name in body_names(text)


@pytest.mark.parametrize("text, wrong", [
    ("Tờ Israel Hayom nhận định quân đội đã rút.", "Israel Hayom"),      # a country opens the run
    ("Trang tin Ukraine cho biết Tổng thống Zelensky đã đến Kiev.", "Ukraine"),  # a country's sites
    ("Ảnh: Tờ Zentra Post", "Zentra Post"),                              # a credit, not a sentence's start
    ("Hãng tin Reuters cho biết ông Brant đã đến.", "Hãng tin Reuters"),  # "Hãng tin X": the outlet is named X
    ("Cầu thủ Nguyễn Văn Tám ký vào tờ giấy cho CLB Hòa Lâm.", "Hòa Lâm"),
])
def test_no_outlet_where_the_descriptor_names_none(text, wrong):
    assert wrong not in body_names(text)


def test_a_form_opening_a_sentence_adds_no_body():
    """"Tờ khai" ("a form") opening a sentence: the sentence names the same bodies as without it."""
    plain = body_names("Công ty Thép Bình Lâm ghi rõ số hàng trong tờ khai.")
    assert body_names("Tờ khai hải quan của Công ty Thép Bình Lâm ghi rõ số hàng.") == plain
    assert body_names("Tờ khai Zentra Form của Công ty Thép Bình Lâm ghi rõ số hàng.") == plain


@pytest.mark.parametrize("text, wrong", [
    ("Tờ A4 ghi số tiền ông Lê Văn Tám đã nộp.", "A4"),
    ("Tờ A4 viết tay của ông Lê Văn Tám được nộp cho tòa.", "A4"),              # a digit, a verb after it
    ("Tờ CV của ứng viên Trần Thị Hoa ghi rõ kinh nghiệm.", "CV"),
    ("Tờ CV viết rõ kinh nghiệm của anh Đỗ Văn Ba.", "CV"),                     # a code of capitals, a verb after it
    ("Tờ PDF hướng dẫn thủ tục được gửi cho bà Lê Thị Mai.", "PDF"),
    ("Tờ USD 100 giả được ông Hà Văn Chín mang đến ngân hàng.", "USD"),
    ("Tờ Visa bị từ chối khiến chị Phạm Thị Lan lỡ chuyến bay.", "Visa"),
    ("Tờ Zentra Page của cửa hàng đăng ảnh sản phẩm.", "Zentra Page"),
    ("Tờ Zentra Maps chỉ sai đường cho anh Vũ Văn Hai.", "Zentra Maps"),
    ("Tờ Quillo Shop ghi giá sai, khách hàng Lê Văn Tám phản ánh.", "Quillo Shop"),
    ("Trang tin Quillo Shop cho biết giá đã giảm.", "Quillo Shop"),             # a product's word, a verb after it
    ("Họ mua hàng trên trang tin Quillo Shop từ tháng 5.", "Quillo Shop"),
])
def test_no_outlet_opening_a_sentence_without_a_reporting_verb(text, wrong):
    assert wrong not in body_names(text)


@pytest.mark.parametrize("text, name", [
    ("Tờ Morning Zapper hôm 3-4 đưa tin ông Brant đã từ chức.", "Morning Zapper"),
    ("Tờ Daily Quillon viết rằng Thủ tướng Vexley sẽ tới thăm.", "Daily Quillon"),
    ("Tờ Zentra Herald của Hàn Quốc dẫn lời ông Park Min-su nói tại sự kiện.", "Zentra Herald"),
])
def test_an_outlet_opening_a_sentence_with_a_day_or_a_plain_verb(text, name):
    assert name in body_names(text)


@pytest.mark.parametrize("text", [
    "Hãng thông tấn này cho biết Zorvik đã gửi công hàm tới ông Vexley.",     # any lower-case words: none
    "Hãng thông tấn đưa tin Quillon sẽ tổ chức bầu cử sớm.",
    "Hãng thông tấn dẫn lời ông Vexley nói rằng đàm phán sẽ tiếp tục.",
    "Hãng thông tấn Moscow cho biết tên lửa đã được phóng hôm 3-4.",             # a city of the data
    "Hãng thông tấn Bangkok đưa tin Thủ tướng Vexley đã đến.",
])
def test_no_named_agency_after_other_words_or_naming_a_place(text):
    assert not any(n.startswith("Hãng thông tấn") for n in body_names(text))


@pytest.mark.parametrize("text, name", [
    ("Hãng thông tấn nhà nước Zolvar đưa tin ông Vexley đã đến.", "Hãng thông tấn Zolvar"),
    ("Theo Hãng thông tấn quốc gia Mirae, tên lửa đã được phóng.", "Hãng thông tấn Mirae"),
])
def test_a_named_agency_with_a_listed_qualifier(text, name):
    assert name in body_names(text)


@pytest.mark.parametrize("text, name", [
    ("Hãng thông tấn Zolvar dẫn một bài đăng của Bộ Quốc phòng Nga.", "Hãng thông tấn Zolvar"),
    ("Theo Hãng thông tấn Nga Zolvar, tên lửa đã được phóng hôm 3-4.", "Hãng thông tấn Zolvar"),
    ("Hãng thông tấn Hàn Quốc Mirae đưa tin ông Park Min-su đã từ chức.", "Hãng thông tấn Mirae"),
    ("Hãng thông tấn bán chính thức Qerx ngày 23-6 trích lời ông Vahidi.", "Hãng thông tấn Qerx"),
    ("Hãng thông tấn Kestrel (Thụy Điển) dẫn lời chuyên gia Jonas Berg.", "Hãng thông tấn Kestrel"),
    ("Ông Brant đã đến Paris, theo Hãng thông tấn Vexo.", "Hãng thông tấn Vexo"),
    ("Hãng thông tấn Sample Nga cho biết Bộ trưởng Vexley đã đến.", "Hãng thông tấn Sample"),  # country after it
])
def test_a_capitalized_news_agency_is_named_by_its_descriptor_and_latin_name(text, name):
    names = body_names(text)
    assert name in names
    assert not any(n != name and name.split()[-1] in n for n in names)  # no country kept, no bare name beside it


@pytest.mark.parametrize("text", [
    "Hãng thông tấn Việt Nam đưa tin Chủ tịch UBND tỉnh Bình Lâm Trần Văn Tám đã tiếp đoàn.",  # a country, no name
    "Hãng thông tấn của Nga cũng ước tính chi phí, theo chuyên gia Igor Brant.",               # no Latin name
    "Hãng thông tấn Nhà nước Xyzia cho biết Thủ tướng Vexley đã đến.",                    # a capitalized Vietnamese word
    "Phóng viên Lê Thị Mai của hãng thông tấn nước ngoài đã đến Sở Y tế Hòa Lâm.",           # lower case, no name
])
def test_no_named_agency_where_no_latin_name_follows(text):
    assert not any(n.startswith("Hãng thông tấn") for n in body_names(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a country with a case-marked capital after "của" ("Úc", "Ấn Độ", "Ý")
    ("Tờ Zentra Herald của Ấn Độ cho biết chính phủ sẽ tăng chi tiêu quốc phòng.", "Zentra Herald"),
    ("Tờ Quillon Morning Post của Úc đưa tin về vụ cháy rừng.", "Quillon Morning Post"),
    # the reporting verbs of an opinion or a statement
    ("Tờ Marlow Times cho rằng các nhà máy đang thiếu lao động.", "Marlow Times"),
    ("Tờ Vexley Journal nói rằng các cuộc biểu tình vẫn tiếp diễn.", "Vexley Journal"),
])
def test_an_outlet_opening_a_sentence_before_its_reporting_verb(text, expected):
    assert expected in body_names(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a reporting verb's first word opening another word ("nói trên", "dẫn đầu", "đăng ký") reports nothing
    ("Tờ Vorla nói trên đã hết hạn từ tháng trước, ông Lê Văn An cho biết.", "Vorla"),
    ("Tờ Zentra Mail dẫn đầu thị trường thư điện tử, bà Lê Thị Hoa cho biết.", "Zentra Mail"),
    ("Tờ Passvorn đăng ký tại lãnh sự quán đã hết hạn, ông Lê Văn An cho biết.", "Passvorn"),
])
def test_no_outlet_before_a_compound_of_a_reporting_word(text, wrong):
    assert wrong not in body_names(text)
