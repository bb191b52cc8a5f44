"""Bodies: a capitalized preposition opening the sentence is no name a head could be inside ("Theo Đài Khí
tượng thủy văn tỉnh Quảng Nam", "Tại Bệnh viện ..."); a head inside a capitalized name is still none."""

from __future__ import annotations

from conftest import body_names


def test_body_after_a_sentence_opening_preposition() -> None:
    assert body_names("Theo Đài Khí tượng thủy văn tỉnh Quảng Nam, dự báo mưa lớn.") == [
        "Đài Khí tượng thủy văn tỉnh Quảng Nam"]
    assert body_names("Tại Bệnh viện Ung bướu TP.HCM, ông A cho biết.") == ["Bệnh viện Ung bướu Thành phố Hồ Chí Minh"]
    assert body_names("Trong Học viện Chính trị khu vực I, lớp học khai giảng.")[:1] == ["Học viện Chính trị khu vực I"]


def test_head_inside_a_capitalized_name_is_none() -> None:
    assert body_names("Tây Ban Nha và Bồ Đào Nha ký thỏa thuận.") == []
    assert body_names("Ngày Hội Sách diễn ra tại Hà Nội.") == []


def test_a_capitalized_opener_after_a_name_ends_it() -> None:
    # a heading printed without its full stop runs into the next sentence
    assert body_names("Thành lập Cục Quản lý Thi hành án dân sự Theo PLO, ngày 25-6 bộ đã ban hành.") == [
        "Cục Quản lý Thi hành án dân sự"]
    assert body_names("Ra mắt Viện Nghiên cứu Dữ liệu Quốc gia Theo Bộ Y tế, viện sẽ hoạt động từ tháng 7.") == [
        "Viện Nghiên cứu Dữ liệu Quốc gia", "Bộ Y tế"]


def test_a_given_name_like_an_opener_stays_in_the_name() -> None:
    # "Như" is a common given name, also inside company names: no sentence opener
    assert "Công ty TNHH Quỳnh Như" in body_names("Công ty TNHH Quỳnh Như đã nộp hồ sơ tại Sở Tài chính.")
