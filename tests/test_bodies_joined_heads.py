"""Bodies: a title glued to its body's head printed in lower case ("Trưởng ban Tuyên giáo và Dân vận Trung
ương") names the body "Ban ..."; a name that runs on in lower-case words to the short form it defines
("Ban Chỉ đạo về giải quyết các vấn đề ... tồn đọng (Ban chỉ đạo 751)") ends at the parenthesis, and the
short form is that body (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Dự họp có đồng chí Nguyễn Văn An, Trưởng ban Tuyên giáo và Dân vận Trung ương; đồng chí Lê Văn Bình.",
     "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Ông Trần Văn Cường, Phó Trưởng ban Tổ chức Trung ương, phát biểu tại hội nghị.", "Ban Tổ chức Trung ương"),
    ("Ủy viên Ban Thường vụ Thành ủy Biên Hòa, Trưởng ban Tổ chức Thành ủy Biên Hòa Lâm Văn Khải chúc mừng.",
     "Ban Tổ chức Thành ủy Biên Hòa"),
    ("Bà Phạm Thị Dung, Phó ban Dân vận Tỉnh ủy Nghệ An, trình bày báo cáo.", "Ban Dân vận Tỉnh ủy Nghệ An"),
])
def test_a_head_in_lower_case_after_its_title_names_the_body(text, body):
    assert body in body_names(text)
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Mở đầu cuộc họp, đồng chí Trưởng ban Trần Lưu Quang nhấn mạnh tầm quan trọng của nghị quyết.",
    "Bà Nguyễn Thị Hoa được bổ nhiệm giữ chức trưởng ban, phụ trách công tác tổ chức.",
])
def test_no_body_from_a_title_before_a_person_or_without_a_name(text):
    assert not any(n.startswith("Ban ") for n in body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Phó Thủ tướng Nguyễn Văn An - Trưởng ban Chỉ đạo về giải quyết các vấn đề khó khăn, vướng mắc các dự án "
     "tồn đọng (Ban chỉ đạo 751) yêu cầu các bộ rà soát trên hệ thống của Ban chỉ đạo 751.",
     "Ban Chỉ đạo về giải quyết các vấn đề khó khăn, vướng mắc các dự án tồn đọng"),
    ("Ban Chỉ đạo về xử lý các tồn tại, hạn chế của các dự án điện (Ban Chỉ đạo 1010) đã họp phiên thứ nhất. "
     "Ban Chỉ đạo 1010 giao các bộ báo cáo.",
     "Ban Chỉ đạo về xử lý các tồn tại, hạn chế của các dự án điện"),
    ("Hội đồng về thẩm định các dự án trọng điểm của các địa phương (Hội đồng) đã họp.",
     "Hội đồng về thẩm định các dự án trọng điểm của các địa phương"),
])
def test_a_name_runs_to_the_short_form_it_defines(text, body):
    names = body_names(text)
    assert body in names
    assert set(names) == {body}
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, cut", [
    # capitals or a sentence end between the name and the parenthesis: the name is not stretched to it
    ("Ban Chỉ đạo về phòng, chống thiên tai chỉ đạo các tỉnh theo Quyết định số 12/QĐ-TTg (Ban Chỉ đạo 12).",
     "Ban Chỉ đạo về phòng, chống thiên tai chỉ đạo các tỉnh theo Quyết định"),
    ("Ban Chỉ đạo về phòng, chống thiên tai đã họp. Các tỉnh báo cáo đầy đủ (Ban Chỉ đạo 12).",
     "Ban Chỉ đạo về phòng, chống thiên tai đã họp. Các tỉnh báo cáo đầy đủ"),
])
def test_no_stretch_over_capitals_or_a_sentence_end(text, cut):
    assert not any(n.startswith(cut[:40]) and len(n) > 45 for n in body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Đồng chí Lại Văn Môn, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Trung ương, dự lễ.",
     "Ban Tuyên giáo và Dân vận Trung ương"),
    ("Đồng chí Thái Văn Quý, Phó Trưởng ban Thường trực Ban Chính sách, chiến lược Trung ương, dự lễ.",
     "Ban Chính sách, chiến lược Trung ương"),
    ("Phó Thủ tướng Trần Văn Hà, Phó Trưởng ban Thường trực Ban Chỉ đạo các công trình trọng điểm, dự án quan "
     "trọng quốc gia lĩnh vực đường sắt phát biểu.",
     "Ban Chỉ đạo các công trình trọng điểm, dự án quan trọng quốc gia lĩnh vực đường sắt"),
])
def test_a_standing_deputy_heads_title_names_no_standing_board(text, body):
    names = body_names(text)
    assert body in names
    assert not any(n.startswith("Ban Thường trực") for n in names)


@pytest.mark.parametrize("text, body", [
    ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An đã họp.",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"),
    ("Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp.",
     "Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"),
])
def test_a_standing_board_without_a_title_is_still_named(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Lãnh đạo các bộ, ngành liên quan, Phó Trưởng ban Chỉ đạo, Ủy viên Ban Chỉ đạo dự phiên họp.",
    "Lãnh đạo các bộ, ngành liên quan, Phó Trưởng Ban Chỉ đạo, Ủy viên Ban Chỉ đạo dự phiên họp.",
])
def test_a_title_after_a_bare_head_and_a_comma_is_no_topic(text):
    assert not any("Ủy viên" in n for n in body_names(text))
