"""Bodies: a word abbreviation inside a public body's name is spelled out ("Vụ BHYT" = "Vụ Bảo hiểm y tế", "Trường
ĐH X" = "Trường Đại học X"), only in a name a public head opens, never in a firm's or a brand's, whose capitals may
be its brand ("Tập đoàn ĐH Holdings"); outside a body's name it names nothing (constructed sentences; the tagged
recognizer, as the pipeline runs it)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names, positions, tagged_body_names


@pytest.mark.parametrize(("text", "body"), [
    ("Bà Trần Thị Lan, Vụ trưởng Vụ BHYT, Bộ Y tế, cho biết.", "Vụ Bảo hiểm y tế, Bộ Y tế"),
    ("Vụ BHYT đề nghị các địa phương rà soát danh mục thuốc.", "Vụ Bảo hiểm y tế"),
    ("Trường ĐH Sư phạm Kỹ thuật Vĩnh Long tuyển thêm 300 chỉ tiêu.", "Trường Đại học Sư phạm Kỹ thuật Vĩnh Long"),
    ("Viện KSND huyện Tân Lạc đã phê chuẩn quyết định khởi tố.", "Viện kiểm sát nhân dân huyện Tân Lạc"),
    # spelled as the head abbreviation VKSND is: one procuracy however printed
    ("Viện KSND tỉnh Nam Hà khởi tố vụ án. VKSND tỉnh Nam Hà cho biết.", "Viện kiểm sát nhân dân tỉnh Nam Hà"),
    ("Ban QLDA Đầu tư xây dựng tỉnh Hòa Bình mời thầu gói số 3.",
     "Ban Quản lý dự án Đầu tư xây dựng tỉnh Hòa Bình"),
])
def test_a_public_bodys_word_abbreviation_is_spelled_out(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize(("text", "name", "office"), [
    ("PGS Lê Văn Minh, hiệu trưởng Trường ĐH Kinh tế Vĩnh Long, cho biết.", "Lê Văn Minh",
     ("Hiệu trưởng", "Trường Đại học Kinh tế Vĩnh Long", "current")),
    ("Hòa thượng Thích Minh Tâm, Trưởng ban Trị sự GHPGVN tỉnh Long An, phát biểu.", "Thích Minh Tâm",
     ("Trưởng ban", "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Long An", "current")),
    ("Ông Phan Quốc Bảo - phó vụ trưởng Vụ BHYT - cho biết thêm.", "Phan Quốc Bảo",
     ("Phó Vụ trưởng", "Vụ Bảo hiểm y tế", "current")),
])
def test_an_office_in_such_a_body_names_it_spelled_out(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "body"), [
    # a company's capitals are its brand: kept as printed
    ("Ông Lê Văn Đức, giám đốc Công ty cổ phần ĐH Logistics, cho biết đơn hàng tăng.", "Công ty cổ phần ĐH Logistics"),
    ("Bà Vũ Thị Hạnh, Tổng giám đốc Tổng công ty QLDA Sông Hồng, ký hợp đồng.", "Tổng công ty QLDA Sông Hồng"),
    # a group's, a bank's, a brand's: no public head opens the name, or a Latin brand word ends it (business,
    # world news, education market)
    ("Ông Đặng Văn Lực, Chủ tịch Tập đoàn ĐH Holdings, công bố kế hoạch niêm yết.", "Tập đoàn ĐH Holdings"),
    ("Bà Hồ Thị Nga, Tổng giám đốc Ngân hàng TMCP ĐH Bank, cho biết lãi suất giảm.", "ĐH Bank"),
    ("Ngân hàng ĐH Bank vừa mở thêm 12 chi nhánh, ông Tạ Quang Vinh cho biết.", "Ngân hàng ĐH Bank"),
    ("Tập đoàn BHYT Group của Hàn Quốc mua lại 30% cổ phần Công ty Minh Phát.", "Tập đoàn BHYT Group"),
    ("Trung tâm Anh ngữ ĐH Smart khai giảng khóa mới, bà Lục Thị Yến cho biết.", "Trung tâm Anh ngữ ĐH Smart"),
    ("Ông Vương Đình Khải, thành viên Ban kiểm soát Tập đoàn ĐH Phú Thịnh, từ nhiệm.", "ĐH Phú Thịnh"),
])
def test_a_firms_or_brands_capitals_are_kept(text, body):
    names = tagged_body_names(text)
    assert any(body in n for n in names)
    assert not any(w in n.lower() for n in names for w in ("đại học", "quản lý dự án", "bảo hiểm y tế"))


@pytest.mark.parametrize("text", [
    # near misses: the abbreviation outside any body's name (business, sport, crime, weather, culture)
    "Ông Trần Văn Hòa đã đóng BHYT cho cả gia đình từ khi làm cho Công ty Minh Phát.",
    "Thẻ BHYT của bà Lê Thị Thu, giáo viên Trường THPT Lê Lợi, hết hạn từ tháng trước.",
    "Em Nguyễn Văn Nam thi đỗ ĐH năm 2024, Sở Giáo dục và Đào tạo tỉnh Nghệ An cho biết.",
    "Tiền vệ Lê Văn Tài vừa tốt nghiệp ĐH và trở lại CLB Hải Phòng thi đấu.",
    "Dự án chậm vì QLDA yếu kém, ông Phạm Văn An, Chủ tịch UBND huyện Gia Lâm, nhận định.",
    "Theo KSND, bị can Trần Văn Tư đã khai nhận hành vi trộm cắp tại chợ Long Biên.",
    "Mưa lớn kéo dài, Trung tâm Dự báo khí tượng thủy văn quốc gia khuyến cáo người dân mua BHYT và bảo hiểm nhà.",
    # a private clinic's name is no public body's
    "Bác sĩ Kiều Văn Bình, giám đốc Phòng khám ĐH Nam Việt, cho biết số ca sốt xuất huyết tăng.",
])
def test_the_abbreviation_outside_a_body_names_none(text):
    names = tagged_body_names(text)
    spelled = ("bảo hiểm y tế", "đại học", "quản lý dự án", "kiểm sát nhân dân", "giáo hội phật giáo")
    assert not any(w in n.lower() for n in names for w in spelled)


def test_one_procuracy_printed_both_ways_is_one_body():
    # "Viện KSND tỉnh X" and "VKSND tỉnh X" in one article: KSND spelled out as VKSND is, one body out of the pipeline
    text = ("Viện KSND tỉnh Nam Hà đã phê chuẩn quyết định khởi tố bị can Trần Văn Tư. "
            "Theo VKSND tỉnh Nam Hà, bị can bị tạm giam 4 tháng để điều tra.")
    procuracies = [n for n in extracted_body_names(text) if "nam hà" in n.lower()]
    assert procuracies == ["Viện kiểm sát nhân dân tỉnh Nam Hà"]
