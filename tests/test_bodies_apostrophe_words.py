"""A word with an apostrophe inside it ("Cư M'gar", "Đắk R'lấp", "L’Étoile") is one word of a body's name: the
name is not cut at the apostrophe; a quote mark closing a word (a space after it) still ends it (constructed
sentences)."""

import pytest

from conftest import body_names, positions


@pytest.mark.parametrize("text, body", [
    ("UBND huyện Krông M'lan vừa họp về mùa khô.", "Ủy ban nhân dân huyện Krông M'lan"),
    ("Phòng Tài nguyên và Môi trường huyện Đắk R'lang đã kiểm tra.", "Phòng Tài nguyên và Môi trường huyện Đắk R'lang"),
    ("Tập đoàn L’Étoile vừa khai trương khách sạn mới.", "Tập đoàn L’Étoile"),
    ("Công ty TNHH D'Amour đã nộp hồ sơ.", "Công ty TNHH D'Amour"),
])
def test_a_word_holding_an_apostrophe_stays_whole_in_a_body_name(text, body):
    names = body_names(text)
    assert body in names
    assert not any(n != body and body.startswith(n) and body[len(n)] in "'’" for n in names)  # no cut name


@pytest.mark.parametrize("text, name, expected", [
    ("Ông Lê Văn Tâm - phó trưởng Phòng Giáo dục và Đào tạo huyện Cư M'lan - cho biết sẽ làm.", "Lê Văn Tâm",
     ("Phó Trưởng phòng", "Phòng Giáo dục và Đào tạo huyện Cư M'lan", "current")),
    ("Bà Trần Thị Hoa, Phó Chủ tịch Tập đoàn L’Étoile, cho biết sẽ mở rộng.", "Trần Thị Hoa",
     ("Phó Chủ tịch", "Tập đoàn L’Étoile", "current")),
])
def test_an_office_in_such_a_body_keeps_the_whole_name(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize("text, body", [
    # near-misses: a closing quote after a word, a space after it, is no part of the name
    ("Sở Y tế tỉnh Nghệ An gọi đây là ‘Bệnh viện Vệ tinh’ của tỉnh.", "Sở Y tế tỉnh Nghệ An"),
    ("Hội Nông dân tỉnh Bình Định' vừa họp.", "Hội Nông dân tỉnh Bình Định"),
])
def test_a_quote_mark_before_a_space_ends_the_word(text, body):
    assert body in body_names(text)
