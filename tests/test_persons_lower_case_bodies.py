"""A title opening an appositive (after a dash or in parentheses, a status word between) with a body whose head is
followed by a name printed partly in lower case (constructed sentences): the body is read from after its head
phrase up to the appositive's close, a city printed last in full, or up to its parent body after a lower-case word
of the name; a body right after the head phrase is the rest of the name ("Trường đại học | Ngân hàng TP.HCM").
A "và" joining a capitalized field is part of the name ("Cục thẩm định chương trình và Khảo thí"); one before a
second body (a body head, "và Bệnh viện X", or a body the bodies component marked) ends the name before it, and a
dash's appositive may close at the sentence's full stop (not a level word's dot, "TP. Hà Nội"). A clause that goes
on past the body (a verb, a preposition, a number, an officer's duty word) or an appositive opened by a comma is
left as before."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Trong buổi gặp mặt, bà Tạ Thu Quế - hiệu trưởng Trường trung cấp Nghệ thuật xiếc TP.HCM - gửi lời cảm ơn.",
     "Tạ Thu Quế", ("Hiệu trưởng", "Trường trung cấp Nghệ thuật xiếc Thành phố Hồ Chí Minh", "current")),
    ("Theo PGS Vũ Đình Khang - ủy viên Hội đồng thẩm định quy hoạch vùng 7 - phương án này còn thiếu số liệu.",
     "Vũ Đình Khang", ("Ủy viên", "Hội đồng thẩm định quy hoạch vùng 7", "current")),
    ("Theo cáo trạng, Hoàng Văn Lũy (phó cục trưởng Cục kiểm soát chất lượng nông sản Bộ Xây dựng) đã nhận 2 tỉ đồng.",
     "Hoàng Văn Lũy", ("Phó Cục trưởng", "Cục kiểm soát chất lượng nông sản", "current")),
    ("Theo cáo trạng, Hoàng Văn Lũy (nguyên phó cục trưởng Cục kiểm soát chất lượng nông sản) đã nhận 2 tỉ đồng.",
     "Hoàng Văn Lũy", ("Phó Cục trưởng", "Cục kiểm soát chất lượng nông sản", "former")),
    ("Bà Kiều Thị Lựu - giám đốc Trung tâm bảo trợ trẻ mồ côi tỉnh Quảng Bình - đã trao quà cho các em.",
     "Kiều Thị Lựu", ("Giám đốc", "Trung tâm bảo trợ trẻ mồ côi tỉnh Quảng Bình", "current")),
    # the head phrase and the rest of the name, no parent: "Ngân hàng TP.HCM", "Ngân hàng Nhà nước" are its own
    ("Ông Lâm Quốc Viễn - hiệu trưởng Trường đại học Ngân hàng TP.HCM - trả lời phỏng vấn.",
     "Lâm Quốc Viễn", ("Hiệu trưởng", "Trường Đại học Ngân hàng Thành phố Hồ Chí Minh", "current")),
    ("Ông Lâm Quốc Viễn (viện trưởng Viện nghiên cứu Ngân hàng Nhà nước) trả lời phỏng vấn.",
     "Lâm Quốc Viễn", ("Viện trưởng", "Viện nghiên cứu Ngân hàng Nhà nước", "current")),
])
def test_a_lower_case_body_is_read_to_the_appositive_close(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "stray"), [
    # a comma opens no closed appositive: the words after the body may be the clause's verb
    ("Bà Kiều Thị Lựu, giám đốc Trung tâm bảo trợ trẻ mồ côi thường xuyên thăm hỏi các em.", "Kiều Thị Lựu",
     "thăm hỏi"),
    # a verb inside the dashes: no body name
    ("Bà Kiều Thị Lựu - giám đốc Trung tâm bảo trợ cho biết thêm - sẽ trao quà.", "Kiều Thị Lựu", "cho biết"),
    # a preposition, a number after one, a place phrase, a time phrase, a portfolio: the body's name ends before
    ("Ông Mai Văn Quyết (giám đốc Trung tâm chăm sóc người cao tuổi ở huyện) đề nghị hỗ trợ thêm.",
     "Mai Văn Quyết", " ở "),
    ("Ông Mai Văn Quyết (giám đốc Trung tâm chăm sóc người cao tuổi từ 2015) đề nghị hỗ trợ thêm.",
     "Mai Văn Quyết", "2015"),
    ("Ông Mai Văn Quyết (giám đốc Trung tâm chăm sóc người cao tuổi trên địa bàn) đề nghị hỗ trợ thêm.",
     "Mai Văn Quyết", "địa bàn"),
    ("Ông Mai Văn Quyết - giám đốc Trung tâm chăm sóc người cao tuổi ngoài giờ hành chính - vẫn trực.",
     "Mai Văn Quyết", "hành chính"),
    ("Ông Mai Văn Quyết (phó giám đốc Trung tâm chăm sóc người cao tuổi phụ trách chuyên môn) đề nghị hỗ trợ.",
     "Mai Văn Quyết", "phụ trách"),
])
def test_no_lower_case_body_past_the_clause(pipeline, text, name, stray):
    got = positions(pipeline, text).get(name, set())
    assert not any(b and stray in b for _t, b, _s in got), got


def test_a_bare_head_is_no_appositive_body(pipeline):
    got = positions(pipeline, "Ông Mai Văn Quyết (giám đốc Trung tâm Ngân hàng Nhà nước) đề nghị hỗ trợ.")
    assert ("Giám đốc", "Trung tâm", "current") not in got.get("Mai Văn Quyết", set())


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Theo PGS.TS Lê Quang Vinh – phó cục trưởng Cục thẩm định chương trình và Khảo thí Bộ Y tế. Ông nói thêm.",
     "Lê Quang Vinh", ("Phó Cục trưởng", "Cục thẩm định chương trình và Khảo thí", "current")),
    ("Bác sĩ Hồ Thị Lan - phó giám đốc Bệnh viện điều dưỡng Mắt và Tai mũi họng Cần Thơ - nói vậy.",
     "Hồ Thị Lan", ("Phó Giám đốc", "Bệnh viện điều dưỡng Mắt và Tai mũi họng Cần Thơ", "current")),
    ("Người trả lời là bà Trần Thu Hà - phó giám đốc Trung tâm kiểm soát dịch bệnh. Sau đó bà về.",
     "Trần Thu Hà", ("Phó Giám đốc", "Trung tâm kiểm soát dịch bệnh", "current")),
])
def test_a_joined_field_and_a_full_stop_close_the_body(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # "và" before a person: no part of the name
    ("Ông Đào Văn Sơn - giám đốc Trung tâm dịch vụ và ông Lê Văn Tân cùng dự buổi họp.", "Đào Văn Sơn"),
    # a level word's dot is no full stop: the body is not cut at "TP"
    ("Bà Trần Thu Hà - phó giám đốc Trung tâm kiểm soát dịch bệnh TP. Hà Nội nói thêm.", "Trần Thu Hà"),
    ("Bà Trần Thu Hà - phó giám đốc Trung tâm kiểm soát dịch bệnh TP. Sau đó bà về.", "Trần Thu Hà"),
])
def test_no_body_cut_at_a_joined_person_or_a_level_dot(pipeline, text, name):
    got = positions(pipeline, text).get(name, set())
    assert not any(b and (b.endswith(" TP") or "ông" in b or b.endswith("dịch vụ")) for _t, b, _s in got), got


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Cù Văn Thiện - phó giám đốc Trung tâm y tế huyện Sông Mã và Bệnh viện đa khoa tỉnh - vừa trực đêm.",
     "Cù Văn Thiện", ("Phó Giám đốc", "Trung tâm y tế huyện Sông Mã", "current")),
    ("Bà La Thị Hiền - giám đốc Trung tâm bảo trợ xã hội và Ủy ban nhân dân huyện Lục Ngạn - trao quà.",
     "La Thị Hiền", ("Giám đốc", "Trung tâm bảo trợ xã hội", "current")),
    ("Bà Kha Thị Duyên (phó giám đốc Trung tâm văn hóa huyện và Sở Văn hóa tỉnh) chủ trì buổi lễ.",
     "Kha Thị Duyên", ("Phó Giám đốc", "Trung tâm văn hóa huyện", "current")),
])
def test_a_second_body_after_and_ends_the_name(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert office in got
    assert not any(b and (b.endswith(" và") or " và " in b) for _t, b, _s in got), got


@pytest.mark.parametrize(("text", "name", "office"), [
    # a field opening with a head's word ("Phòng ngừa", "Phòng chống") is no second body
    ("Ông Phùng Văn Khải - phó giám đốc Trung tâm kiểm soát và Phòng ngừa dịch bệnh tỉnh - cho hay.",
     "Phùng Văn Khải", ("Phó Giám đốc", "Trung tâm kiểm soát và Phòng ngừa dịch bệnh tỉnh", "current")),
    ("Ông Phùng Văn Khải (giám đốc Trung tâm kiểm soát bệnh tật và Phòng chống sốt rét tỉnh) cho hay.",
     "Phùng Văn Khải", ("Giám đốc", "Trung tâm kiểm soát bệnh tật và Phòng chống sốt rét tỉnh", "current")),
])
def test_a_field_opening_with_a_heads_word_stays_in_the_name(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_no_body_when_a_second_body_follows_the_head_at_once(pipeline):
    # "và" right after the head: no lower-case word of the first name, so no body of the appositive's own
    got = positions(pipeline, "Ông Hà Văn Nhẫn - giám đốc Trung tâm và Bệnh viện huyện Bảo Lâm - phát biểu.")
    assert not any(b == "Trung tâm" for _t, b, _s in got.get("Hà Văn Nhẫn", set()))
