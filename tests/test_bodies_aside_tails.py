"""Bodies: a name whose lower-case field words the tagger reads as verbs, printed in an aside after a person's name
and an officer's title, runs to the mark that closes the aside when those words read as a field (a known body's word
or a line of business closing it, a line of business and its one object right after the name's capitalized words),
never a predicate (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    # a line of business and its object right after the capitalized words
    ("TS Lê Hoàng Nam - tổng thư ký Hiệp hội Nhà thầu đầu tư hạ tầng - cho rằng thủ tục còn chậm.",
     "Hiệp hội Nhà thầu đầu tư hạ tầng"),
    ("Ông Vũ Đức Thịnh, nguyên phó chủ tịch Hiệp hội Nhà sản xuất chế biến thủy sản, nhận định thêm.",
     "Hiệp hội Nhà sản xuất chế biến thủy sản"),
    # a field word closing the name: a line of business, a word of a known body's name ("Bộ Quốc phòng")
    ("Bà Phạm Thu Hà (trưởng Phòng Quản lý xuất nhập khẩu) trình bày báo cáo.", "Phòng Quản lý xuất nhập khẩu"),
    ("Bà Đỗ Minh Thư, trưởng ban Ban Thiết kế sản phẩm bán lẻ, giới thiệu gói vay.", "Ban Thiết kế sản phẩm bán lẻ"),
    ("Thiếu tướng Hà Văn Sơn, phó cục trưởng Cục Công nghiệp quốc phòng, trình bày kết quả năm.",
     "Cục Công nghiệp quốc phòng"),
    # the person named without an honorific; a former or an acting holder's title (person_context.tsv)
    ("Nguyễn Văn Bình, chủ tịch Hiệp hội Nhà thầu đầu tư hạ tầng, cho biết thêm.", "Hiệp hội Nhà thầu đầu tư hạ tầng"),
    ("Ông Hồ Sĩ Tâm, quyền cục trưởng Cục Công nghiệp quốc phòng, trình bày kết quả năm.",
     "Cục Công nghiệp quốc phòng"),
    ("Ông Hồ Sĩ Tâm, cựu tổng thư ký Hiệp hội Nhà thầu đầu tư hạ tầng, cho biết thêm.",
     "Hiệp hội Nhà thầu đầu tư hạ tầng"),
])
def test_an_aside_closes_the_lower_case_field(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, body", [
    # a reporting verb, a stop pair: the aside ended with the name, the clause is the sentence's
    ("Ông Lê Văn Hải, chủ tịch Hiệp hội Nông sản khẳng định, thị trường đang phục hồi.", "Hiệp hội Nông sản"),
    ("Ông Lê Văn Hải, chủ tịch Hội Doanh nghiệp tổ chức hội thảo, mời chuyên gia.", "Hội Doanh nghiệp"),
    # after the firm's own name the predicate opens
    ("Bà Lê Thị Hoa, giám đốc Công ty Minh Phát nêu ý kiến, sản lượng tăng.", "Công ty Minh Phát"),
    # no person's name before the title: no aside
    ("Chiều 5-3, giám đốc Hiệp hội Doanh nghiệp trao học bổng, động viên sinh viên.", "Hiệp hội Doanh nghiệp"),
    # an action verb and its objects, no line of business: the predicate
    ("Ông Lê Văn Hải, chủ tịch Hiệp hội Du lịch kêu gọi doanh nghiệp giảm giá, thu hút khách.", "Hiệp hội Du lịch"),
    ("Bà Vi Thu Hằng, chủ tịch Hiệp hội Du lịch kêu gọi doanh nghiệp, mở thêm tour.", "Hiệp hội Du lịch"),
    # a verb that is no field word, no object: the predicate
    ("Ông Lê Văn Hải, chủ tịch Hiệp hội Du lịch phản đối, sau đó rời cuộc họp.", "Hiệp hội Du lịch"),
    # a verb and its object after the name's own lower-case words: the predicate, in a comma, dash or bracket aside
    ("Bà Trần Thu Cúc - giám đốc Quỹ Bảo vệ môi trường quản lý nguồn vốn - đã ký quyết định.",
     "Quỹ Bảo vệ môi trường"),
    ("Ông Phan Văn Tới, giám đốc Trung tâm Lưu trữ lịch sử quản lý hồ sơ, đề nghị bổ sung.",
     "Trung tâm Lưu trữ lịch sử"),
    ("Bà Trần Thu Cúc (giám đốc Quỹ Bảo vệ môi trường quản lý nguồn vốn) đã ký quyết định.", "Quỹ Bảo vệ môi trường"),
    # a place or a time before the comma, no person: no aside
    ("Ở Đà Nẵng, chủ tịch Hiệp hội Du lịch kêu gọi doanh nghiệp giảm giá, thu hút khách.", "Hiệp hội Du lịch"),
    ("Tại Hà Nội, chủ tịch Hiệp hội Nhà thầu đầu tư hạ tầng, cho biết thêm.", "Hiệp hội Nhà thầu"),
    ("Trong năm 2024, chủ tịch Hiệp hội Nhà thầu đầu tư hạ tầng, cho biết thêm.", "Hiệp hội Nhà thầu"),
])
def test_no_clause_is_read_into_the_name(text, body):
    names = tagged_body_names(text)
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)


def test_a_verb_after_a_noun_of_the_run_is_no_field():
    text = "Ông Đinh Văn Kha, giám đốc Trung tâm Hỗ trợ khởi nghiệp cấp giấy chứng nhận, trao thưởng cho nhóm."
    assert not any("cấp giấy" in n for n in tagged_body_names(text))
