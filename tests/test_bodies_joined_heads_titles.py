"""Bodies and positions: a body's head printed in lower case right after an officer's title ("Chủ tịch phòng
Thương mại ...", "phó tổng biên tập báo ...", "phó trưởng phòng Kinh tế huyện ...") names the body with its
head capitalized, and the title holds that body; not where the capitalized word after the head is another
body's head ("Trưởng phòng Ban ...") or the given name of a person the article names ("ông Phan Tất Hưng" ...
"phó phòng Hưng"; a middle name is none); "phòng" only with its parent or a place (the parent a body too) or as a
known body; a name cut before another body ("báo Điện tử [Chính phủ]") none; an officer's title ("Chủ tịch") before
a lower-case alias or anaphor head names no body of the article's (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import body_names, positions, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông Vũ Văn Lạc, Chủ tịch phòng Thương mại và Công nghiệp Việt Nam, cho biết nhiều doanh nghiệp đã ký kết.",
     "Phòng Thương mại và Công nghiệp Việt Nam"),
    ("Ông Đinh Quang Thái - phó tổng biên tập báo Người Lao Động - cho rằng du lịch cần thêm sản phẩm mới.",
     "Báo Người Lao Động"),
    ("Ông Lê Văn Tùng, phó trưởng phòng Kinh tế huyện Yên Lạc, cho biết xe chưa được cấp phép.",
     "Phòng Kinh tế huyện Yên Lạc"),
    ("Các bị cáo gồm Lê Văn Hòa, trưởng phòng Tài nguyên và Môi trường huyện Kỳ Sơn, và ông Trần Văn Nam.",
     "Phòng Tài nguyên và Môi trường huyện Kỳ Sơn"),
])
def test_a_lower_case_head_after_a_title_names_the_body(text, body):
    assert body in body_names(text)
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, name, title, body", [
    ("Ông Vũ Văn Lạc, Chủ tịch phòng Thương mại và Công nghiệp Việt Nam, cho biết nhiều doanh nghiệp đã ký kết.",
     "Vũ Văn Lạc", "Chủ tịch", "Phòng Thương mại và Công nghiệp Việt Nam"),
    ("Ông Đinh Quang Thái - phó tổng biên tập báo Người Lao Động - cho rằng du lịch cần thêm sản phẩm mới.",
     "Đinh Quang Thái", "Phó Tổng Biên tập", "Báo Người Lao Động"),
])
def test_the_title_holds_that_body(pipeline, text, name, title, body):
    held = positions(pipeline, text)
    assert any(t == title and b == body for t, b, _ in held.get(name, set()))


@pytest.mark.parametrize("text, wrong", [
    # the capitalized word after the head opens another body: the title's head is no body of its own
    ("Bà Nguyễn Thị Lan, Trưởng phòng Ban Chính sách tín dụng, Ngân hàng Hòa Bình, giới thiệu sản phẩm.",
     "Phòng Ban"),
    # a given name of a person the article names, printed after a title glued to its head
    ("Ông Phan Tất Hưng từng làm ở sở. Do đã nhận lời giúp đỡ, cựu phó phòng Hưng tham mưu ký quyết định.",
     "Phòng Hưng"),
    # a person's full name after the title (a surname opens it): no body
    ("Tham dự có Chủ tịch phòng Nguyễn Văn Bình và các cán bộ.", "Phòng Nguyễn"),
    # a lower-case word after the head: no name
    ("Ông Trần Văn Minh, chủ tịch phòng thương mại của thị xã, phát biểu.", "Phòng thương mại"),
])
def test_no_body_from_a_head_before_another_body_or_a_person(text, wrong):
    assert not any(n.startswith(wrong) for n in body_names(text))


@pytest.mark.parametrize("text, body", [
    # a middle name of a person the article names is no given name: the body is named
    ("Ông Nguyễn Văn Hùng, trưởng phòng Văn hóa và Thông tin huyện Đông Anh, cho biết lễ hội sẽ diễn ra.",
     "Phòng Văn hóa và Thông tin huyện Đông Anh"),
    ("Bà Trần Văn Thị Lan từng công tác ở huyện. Bà Hà Văn Thu, trưởng phòng Văn hóa quận Ba Đình, cho biết.",
     "Phòng Văn hóa quận Ba Đình"),
    # a two-word place opened by a surname ("Hà Nội") gives no given name
    ("Tại Hà Nội, ông Lê Văn Tùng, phó trưởng phòng Nội vụ huyện Gia Lâm, cho biết hồ sơ đã đủ.",
     "Phòng Nội vụ huyện Gia Lâm"),
    ("Ông Lê Văn Tùng, trưởng phòng Tài chính - Kế hoạch quận Hoàn Kiếm, cho biết.",
     "Phòng Tài chính - Kế hoạch quận Hoàn Kiếm"),
    ("Ông Lê Văn Tùng, phó trưởng phòng Giáo dục và Đào tạo thành phố Vinh, cho biết.",
     "Phòng Giáo dục và Đào tạo thành phố Vinh"),
    # the place the article gives a department printed without one
    ("UBND huyện Yên Lạc họp bàn về đất đai. Ông Lê Văn Tùng, nguyên trưởng phòng Tài nguyên và Môi trường, thừa "
     "nhận sai phạm.", "Phòng Tài nguyên và Môi trường huyện Yên Lạc"),
])
def test_a_department_named_with_its_place(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text, unit, parent", [
    ("Ông Lê Văn An, trưởng phòng Cảnh sát hình sự Công an tỉnh Nghệ An, cho biết vụ án đã được khởi tố.",
     "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An"),
    ("Bà Lê Thị Hoa, phó trưởng phòng Giáo dục Tiểu học Sở GD&ĐT Hà Nội, cho biết lịch thi đã công bố.",
     "Phòng Giáo dục Tiểu học Sở Giáo dục và Đào tạo thành phố Hà Nội", "Sở Giáo dục và Đào tạo thành phố Hà Nội"),
])
def test_the_parent_stays_a_body(text, unit, parent):
    names = body_names(text)
    assert unit in names and parent in names


@pytest.mark.parametrize("text, wrong", [
    # the given name (last word) of a person named in full, printed alone after the glued head
    ("Ông Phan Tất Thắng từng làm ở sở. Cựu phó trưởng phòng Thắng tham mưu ký quyết định.", "Phòng Thắng"),
    # a name cut short before "tại" and the country: none rather than a wrong one
    ("Chủ tịch phòng Thương mại châu Âu tại Việt Nam (EuroCham) Gabor Fluit cho biết dòng vốn vẫn tăng.",
     "Phòng Thương mại"),
    ("Ông John Smith, Chủ tịch phòng Thương mại Mỹ tại Việt Nam (AmCham), cho biết.", "Phòng Thương mại"),
    # a company's department: its company is no parent the unit takes; the company alone
    ("Ông Lê Văn An, trưởng phòng Kinh doanh Công ty Thép Hòa Phong, cho biết giá thép tăng.", "Phòng Kinh doanh"),
    # a place after the head, no field: no body
    ("Ông Lê Văn An, Chủ tịch phòng Hà Nội của hiệp hội doanh nghiệp, cho biết.", "Phòng Hà Nội"),
    # no parent nor place: no body
    ("Ông Lê Văn Tùng, trưởng phòng Tổ chức cán bộ, cho biết.", "Phòng Tổ chức"),
    ("Ông Lê Văn Tùng, nguyên trưởng phòng Tài nguyên và Môi trường, thừa nhận sai phạm.", "Phòng Tài nguyên"),
])
def test_no_cut_or_parentless_department(text, wrong):
    assert not any(n.startswith(wrong) for n in body_names(text))


def test_the_company_stays_when_its_department_is_dropped():
    text = "Ông Lê Văn An, trưởng phòng Kinh doanh Công ty Thép Hòa Phong, cho biết giá thép tăng."
    assert "Công ty Thép Hòa Phong" in body_names(text)


@pytest.mark.parametrize("text, wrong, printed", [
    # an officer's title (officer_joined) before a lower-case "ủy ban", "hội đồng", "ban chỉ đạo": no reference to
    # the article's body of that head nor to a short form it defines (only title_joined rows feed the aliases)
    ("Ủy ban Dân tộc của Quốc hội họp phiên toàn thể. Về xã Lũng Cú, ông Lê Văn An, Chủ tịch ủy ban cho biết đường "
     "đã thông.", "Ủy ban Dân tộc", "ủy ban"),
    ("Hội đồng Bảo an Liên Hợp Quốc (Hội đồng Bảo an) họp khẩn. Ông Lê Văn Bình, Chủ tịch hội đồng bảo an trật tự "
     "của phường, cho biết.", "Hội đồng Bảo an Liên hợp quốc", "hội đồng bảo an"),
    ("Hội đồng Thẩm định nhà nước (Hội đồng Thẩm định) họp. Ông Lê Văn Cường, Chủ tịch hội đồng thẩm định giá của "
     "huyện, cho biết.", "Hội đồng Thẩm định nhà nước", "hội đồng thẩm định"),
    ("Ban Chỉ đạo 389 quốc gia và Ban Chỉ đạo phòng chống tham nhũng tỉnh (Ban Chỉ đạo) họp. Ông Lê Văn Dũng, Phó "
     "Chủ tịch ban chỉ đạo 389 tỉnh, phát biểu.", "Ban Chỉ đạo phòng chống tham nhũng tỉnh", "ban chỉ đạo"),
    ("Ban Chỉ đạo phòng chống dịch tỉnh (gọi tắt là Ban Chỉ đạo) họp. Phó Chủ tịch ban chỉ đạo huyện Lò Văn Mừng "
     "phát biểu.", "Ban Chỉ đạo phòng chống dịch tỉnh", "ban chỉ đạo"),
])
def test_no_alias_after_an_officers_title(text, wrong, printed):
    from nqextract.extract.bodies import find_bodies

    found = find_bodies(text)
    assert not any(text[m.start : m.end].startswith(printed) for m in found)
    assert not any(n.lower().startswith(printed) for n in (m.name for m in found) if n != wrong and n[0].islower())


@pytest.mark.parametrize("text", [
    "Ủy ban Dân tộc của Quốc hội họp. Về xã Lũng Cú, ông Lê Văn An, Chủ tịch ủy ban cho biết đường đã thông.",
    "Hội đồng Bảo an Liên Hợp Quốc (Hội đồng Bảo an) họp. Ông Lê Văn Bình, Chủ tịch hội đồng bảo an trật tự của "
    "phường, cho biết.",
    "Ban Chỉ đạo phòng chống dịch tỉnh (gọi tắt là Ban Chỉ đạo) họp. Ông Lò Văn Tiến, Phó Chủ tịch ban chỉ đạo "
    "huyện, phát biểu.",
])
def test_the_officer_holds_no_body_of_an_alias(pipeline, text):
    for held in positions(pipeline, text).values():
        assert all(b is None for _, b, _ in held)


@pytest.mark.parametrize("text, wrong", [
    # the name runs on to its owner, another body's name: a name cut before it is none
    ("Ông Trần Văn Cao, Phó tổng biên tập báo Điện tử Chính phủ, cho biết.", "Báo Điện tử"),
    ("Ông Trần Văn Cao, tổng biên tập báo Điện tử Đảng Cộng sản Việt Nam, cho biết.", "Báo Điện tử"),
])
def test_no_paper_cut_before_its_owner(pipeline, text, wrong):
    assert wrong not in body_names(text) and wrong not in tagged_body_names(text)
    assert all(b != wrong for held in positions(pipeline, text).values() for _, b, _ in held)


def test_a_paper_named_whole_after_a_title():
    text = "Ông Trần Văn Cao, phó tổng biên tập báo Điện tử Dân Việt, cho biết."
    assert "Báo Điện tử Dân Việt" in body_names(text)


def test_no_anaphor_from_a_board_of_directors():
    text = ("Hội đồng nhân dân tỉnh Nghệ An họp kỳ họp thứ 5. Ông Lê Văn An, Chủ tịch hội đồng quản trị Công ty cổ "
            "phần Sông Lam, phát biểu.")
    assert body_names(text).count("Hội đồng nhân dân tỉnh Nghệ An") == 1


def test_only_the_title_joined_rows_feed_the_aliases():
    from nqextract.extract.body_rules import load_rules

    rules = load_rules()
    assert rules.title_joined.search("Phó Trưởng ") and rules.title_joined.search("Trưởng ")
    assert not any(rules.title_joined.search(w + " ") for w in ("Chủ tịch", "Phó Chủ tịch", "Tổng Biên tập"))
    assert rules.joined_head.search("chủ tịch phòng Thương mại")
