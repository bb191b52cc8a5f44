"""position_changes in a state communiqué's career summary: "Đồng chí" (capitalized, the reverent form)
stands for the deceased, seats on party boards are taken by "được bầu vào <board>", and the same seat
taken again at a later congress is another change (several constructed variants each)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle

_LEAD = ("Đồng chí {name}, nguyên Phó Thủ tướng Chính phủ, đã từ trần. Đồng chí mất đi là một tổn thất to lớn "
         "đối với gia quyến Đồng chí.\n")
_LATER = ("\nDANH SÁCH BAN LỄ TANG\n1. Đồng chí Lê Văn Tám, Uỷ viên Bộ Chính trị, Chủ tịch Hội đồng Dân tộc.\n"
          "2. Đồng chí Đại tướng Hoàng Văn Chín, Bộ trưởng Bộ Quốc phòng.\n")


def changes(extractor, text: str, published: str = "2025-05-22") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body, c.effective) for c in art.position_changes]


@pytest.mark.parametrize("name, step, want", [
    ("Trần Văn Nam",
     "Tháng 02/1987 đến tháng 8/1992: Đồng chí làm Phó Chủ tịch Hội đồng Bộ trưởng. Tại Đại hội đại biểu toàn "
     "quốc lần thứ VII của Đảng (tháng 6/1991), Đồng chí được bầu làm Uỷ viên Ban Chấp hành Trung ương Đảng.",
     ("Trần Văn Nam", "elected", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "1991-06")),
    ("Phạm Quang Huy",
     "Tháng 3/1990 đến tháng 5/1995: Đồng chí làm Chủ tịch Ủy ban Khoa học Nhà nước. Tại Đại hội đại biểu "
     "toàn quốc lần thứ VI của Đảng (tháng 12/1986), Đồng chí được bầu làm Uỷ viên dự khuyết Ban Chấp hành "
     "Trung ương Đảng.",
     ("Phạm Quang Huy", "elected", "Ủy viên dự khuyết", "Ban Chấp hành Trung ương Đảng", "1986-12")),
])
def test_reverent_pronoun_is_the_deceased(extractor, name, step, want):
    # the title-only mention before the pronoun ("Hội đồng Bộ trưởng" holds "Bộ trưởng") is no antecedent
    got = changes(extractor, _LEAD.format(name=name) + step + _LATER)
    assert want in got, got
    assert all(c[0] == name for c in got), got


def test_ordinary_article_pronoun_keeps_last_person(extractor):
    # no capitalized "Đồng chí" inside a sentence: the pronoun is the person mentioned last
    text = ("Đồng chí Lê Văn Tám phát biểu tại hội nghị. Đồng chí Nguyễn Văn Hòa, Bí thư Tỉnh ủy Hà Tĩnh, cho "
            "biết tỉnh sẽ tổ chức đại hội. Đồng chí được bầu làm Phó Bí thư Tỉnh ủy Hà Tĩnh năm 2015.")
    got = changes(extractor, text)
    assert all(c[0] == "Nguyễn Văn Hòa" for c in got), got


@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn Hai được bầu vào Ban Chấp hành Trung ương Đảng.",
     [("Lê Văn Hai", "elected", "Ủy viên", "Ban Chấp hành Trung ương Đảng", None)]),
    ("Tại Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, ông Trần Minh Đức được bầu vào Ban Chấp hành "
     "Trung ương Đảng, được Ban Chấp hành Trung ương Đảng bầu vào Bộ Chính trị (tháng 1/2021).",
     [("Trần Minh Đức", "elected", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "2021-01"),
      ("Trần Minh Đức", "elected", "Ủy viên", "Bộ Chính trị", "2021-01")]),
    ("Tháng 1/2016, bà Nguyễn Thị Lan được bầu vào Ban Bí thư Trung ương Đảng.",
     [("Nguyễn Thị Lan", "elected", "Ủy viên", "Ban Bí thư", "2016-01")]),
])
def test_elected_into_a_board_is_a_seat(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_elected_into_a_legislature_is_no_board_seat(extractor):
    got = changes(extractor, "Năm 2021, ông Lê Văn Hai được bầu vào Quốc hội khóa XV.")
    assert not any(c[2] == "Ủy viên" for c in got), got


def test_same_seat_at_successive_congresses(extractor):
    text = ("Ông Trần Minh Đức là Phó Thủ tướng Chính phủ. Tại Đại hội đại biểu toàn quốc lần thứ VIII của Đảng "
            "(tháng 6/1996), ông được bầu làm Uỷ viên Ban Chấp hành Trung ương Đảng. Tại Đại hội đại biểu toàn "
            "quốc lần thứ IX của Đảng (tháng 4/2001), ông tiếp tục được bầu làm Uỷ viên Ban Chấp hành Trung "
            "ương Đảng.")
    got = changes(extractor, text)
    assert ("Trần Minh Đức", "elected", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "1996-06") in got, got
    assert ("Trần Minh Đức", "elected", "Ủy viên", "Ban Chấp hành Trung ương Đảng", "2001-04") in got, got


def test_same_change_printed_twice_in_one_year_is_one(extractor):
    text = ("Ngày 5/3/2024, HĐND tỉnh Hà Tĩnh bầu ông Lê Văn Hai giữ chức Chủ tịch UBND tỉnh Hà Tĩnh. Ông Lê "
            "Văn Hai được bầu giữ chức Chủ tịch UBND tỉnh Hà Tĩnh với số phiếu tán thành cao (ngày 5/3/2024).")
    got = [c for c in changes(extractor, text) if c[1] == "elected"]
    assert len(got) == 1, got


@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn Hai được Bộ Công an cho nghỉ hưu theo chế độ từ ngày 1/8/2025.",
     ("Lê Văn Hai", "retired", "2025-08-01")),
    ("Bà Nguyễn Thị Lan, nguyên Giám đốc Sở Y tế tỉnh Hà Tĩnh, đã được cấp có thẩm quyền cho nghỉ hưu từ ngày "
     "1/3/2024.", ("Nguyễn Thị Lan", "retired", "2024-03-01")),
])
def test_let_retire_by_a_body(extractor, text, want):
    got = [(c[0], c[1], c[4]) for c in changes(extractor, text)]
    assert want in got, got
