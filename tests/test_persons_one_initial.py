"""Persons: a person named by one initial right after an intro word (person_context.tsv initials_intro: "anh T.
cho biết", "bà H., 52 tuổi", "nữ sinh Tr. được đưa đi cấp cứu"), as crime, health and school news print people;
never a capital that ends a sentence, a grade, a list label, a vitamin, a blood type, a place's abbreviation, a
photo credit, the initial of a longer name, nor a person the article named before ("bà P.T.T. ... bà T.")."""

from __future__ import annotations

import re

import pytest

from conftest import person_names


def _one_initials(names: set[str]) -> set[str]:
    return {n for n in names if re.fullmatch(r"[A-ZĐ][a-z]?\.", n)}


@pytest.mark.parametrize("text, name", [
    ("Trao đổi với phóng viên, anh K. cho biết gia đình đã báo công an xã.", "K."),
    ("Bà V., 52 tuổi, bị thương nặng và được đưa đi cấp cứu.", "V."),
    ("Ngay sau đó, nữ sinh Th. được đưa đến bệnh viện, còn bà Lê Thị Mơ ở lại.", "Th."),
    ("Chị Y. (34 tuổi, trú quận Hải An) nói đã chuyển tiền cho kẻ lừa đảo.", "Y."),
    ("Anh X. - giảng viên một trường đại học ở Đà Lạt - cho biết lương không đủ sống.", "X."),
    ("Sau ca mổ, cháu Ng. hồi phục tốt và được xuất viện.", "Ng."),
    ("\"Tôi rất lo\", bệnh nhân B. nói với bác sĩ Lò Văn Sáu.", "B."),
    ("Cô G. dạy toán ở trường này đã mười năm.", "G."),
    ("Giảng viên R. cho rằng thầy Kh. nói đúng về học phí.", "R."),
    ("Giảng viên R. cho rằng thầy Kh. nói đúng về học phí.", "Kh."),
])
def test_one_initial_after_an_intro_word(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Ông Hà Văn K. khai đã uống rượu trước khi lái xe. Sau đó ông K. bỏ về nhà.", "Hà Văn K."),
    ("Bà P.X.V. đã gửi đơn lên phường. Theo bà V., con trai bà chiếm giữ căn nhà.", "P.X.V."),
    ("Anh Đào Minh Kh. (46 tuổi) bị thương ở tay khi sửa mái nhà; hàng xóm đã đưa anh Kh. đi viện.", "Đào Minh Kh."),
])
def test_a_person_named_before_is_not_named_again(pipeline, text, name):
    names = person_names(pipeline, text)
    assert name in names and not _one_initials(names)


@pytest.mark.parametrize("text", [
    "Sau giờ học, H.X.U. (học sinh lớp 9) gây gổ với bạn. Lúc này, em U. dùng dao đâm bạn cùng lớp.",
    "Theo chị Lò X.H., mẹ cháu Lò N.X.Y (SN 2012), đến chiều cùng ngày cháu Y. mới tỉnh lại.",
    "Khoảng 22h, Đinh Công Y. (19 tuổi, quê Bến Tre) chạy xe máy trên quốc lộ. Theo công an, anh Y. không bị thương.",
])
def test_initials_printed_before_are_the_same_person(pipeline, text):
    assert not _one_initials(person_names(pipeline, text))


def test_a_place_before_an_initial_does_not_hide_a_person(pipeline):
    assert "G." in person_names(pipeline, "Hàng hóa để ở kho G. Sau đó, chị G. nói đã báo Công an phường Bến Nghé.")


@pytest.mark.parametrize("text", [
    "Hàng xóm chạy sang thì gặp anh A. Sau đó ông Trịnh Văn Bột gọi công an.",
    "Theo ông Phạm Văn Hưởng, học sinh lớp 5A. đã đạt giải nhất cuộc thi vẽ.",
    "Cầu thủ Lê Văn Quyến ghi bàn ở phút 90, đội bảng B. chỉ xếp thứ ba.",
    "Bác sĩ Mạc Minh Tâm khuyên bổ sung vitamin A. Trẻ nhỏ cần ăn đủ rau xanh.",
    "Ông Kha Văn Dũng chọn phương án C. rồi ký vào biên bản họp cổ đông.",
    "Giá vàng tăng mạnh, bà Tôn Thị Lành nói.\nẢnh: T.",
    "Ông Ngô Văn Lựu mở tiệm cà phê ở Q. 1 và P. 5 nhiều năm nay.",
    "Bệnh nhân có nhóm máu O. Bác sĩ Võ Văn Toản đã truyền máu kịp thời.",
    "Ông J. Smith, giám đốc Công ty Acme, và bà Nguyễn Thị Lài đã ký hợp đồng.",
    "Người dân Vương quốc Anh Q. ủng hộ ông Keir Starmer trong cuộc bầu cử.",
    "Trời rét đậm ở miền núi, bà Hầu Thị Pà cho biết nhiệt độ xuống 5 độ C. Trâu bò được che chắn.",
    "Ông Lục Văn Sìn đứng thứ hai ở hạng B. trong giải đua xe năm nay.",
])
def test_no_one_initial_person_without_its_grammar(pipeline, text):
    assert not _one_initials(person_names(pipeline, text))


@pytest.mark.parametrize("text", [
    "Anh H. cho biết cả nhóm đã về đến nơi an toàn.\nẢnh: Thanh H.",
    "Anh H. cho biết cả nhóm đã về đến nơi an toàn.\nTHANH H.",
    "Chị M. nói gia đình đã nhận tiền hỗ trợ.\nBài và ảnh: Ngọc M.",
])
def test_a_byline_or_credit_with_the_same_letter_does_not_hide_the_person(pipeline, text):
    assert _one_initials(person_names(pipeline, text)) == {text.split(".", 1)[0].split()[-1] + "."}
