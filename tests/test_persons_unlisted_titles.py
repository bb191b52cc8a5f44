"""Titles the ledger gold records that titles.tsv lacked (constructed sentences): the short deputy form "Đội phó"
with its unit printed after it, read only where it opens on a whole word, in any case ("đồng đội | phó đội trưởng"
is the deputy head "Phó Đội trưởng"; "Trung đội phó", "Đại đội phó" hold no "Đội phó"); a queen mother and a
president's aide, each with no body ("Hoàng thái hậu Y", "Trợ lý Tổng thống <country>, ông Z", "Ông Z, trợ lý
Tổng thống <country>,"): a name printed right after the aide's title, its country maybe between, is the
president's ("trợ lý Tổng thống Mỹ Donald Trump" = Tổng thống Mỹ)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Trung úy Lê Văn Bình (đội phó Đội tuần tra giao thông số 7) kể lại vụ việc hôm qua.",
     "Lê Văn Bình", ("Đội phó", "Đội tuần tra giao thông số 7", "current")),
    ("Sau đó, đại úy Trần Quốc Hưng, đội phó Đội Cảnh sát kinh tế Công an huyện Mê Linh, dẫn tổ kiểm tra.",
     "Trần Quốc Hưng", ("Đội phó", "Đội Cảnh sát kinh tế Công an huyện Mê Linh", "current")),
    ("Ông Phan Đình Lộc, nguyên đội phó Đội thi hành án số 2, đã nghỉ hưu từ năm ngoái.",
     "Phan Đình Lộc", ("Đội phó", "Đội thi hành án số 2", "former")),
])
def test_the_short_deputy_form_is_a_title(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    # "đội" ends "đồng đội": the deputy head's title after it is read whole
    ("Anh cùng đồng đội phó đội trưởng Nguyễn Văn Tâm dập lửa suốt đêm.",
     "Nguyễn Văn Tâm", ("Phó Đội trưởng", None, "current")),
    ("Trong trận đánh ấy, đồng đội Phó Đội trưởng Hà Văn Khải đã hy sinh.",
     "Hà Văn Khải", ("Phó Đội trưởng", None, "current")),
])
def test_no_short_deputy_form_inside_a_word(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert office in got
    assert not any(t == "Đội phó" for t, _b, _s in got)


@pytest.mark.parametrize(("text", "name"), [
    # a platoon's, a company's, a squad's deputy: the tagger reads "Trung đội", "Đại đội", "Tiểu đội" whole
    ("Trung đội phó Đặng Văn Khoa dẫn tổ trinh sát vượt suối.", "Đặng Văn Khoa"),
    ("Hôm ấy Đại đội phó Lương Văn Toản bị thương ở chân.", "Lương Văn Toản"),
    ("Tiểu đội phó Mạc Văn Lâm được tặng bằng khen sau đợt diễn tập.", "Mạc Văn Lâm"),
    ("Anh là trung đội phó Đặng Văn Khoa, người gắn bó với đơn vị lâu nhất.", "Đặng Văn Khoa"),
])
def test_no_short_deputy_form_inside_a_capitalized_word(pipeline, text, name):
    assert not any(t == "Đội phó" for t, _b, _s in positions(pipeline, text).get(name, set()))


def test_a_capitalized_short_deputy_form_on_its_own_is_read(pipeline):
    got = positions(pipeline, "Sáng nay, Đội phó Đỗ Văn Kiên dẫn tổ công tác về xã.")["Đỗ Văn Kiên"]
    assert any(t == "Đội phó" for t, _b, _s in got)


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đoàn đã chúc thọ Hoàng thái hậu Sirikit Kitiyakara tại cung điện.",
     "Sirikit Kitiyakara", ("Hoàng thái hậu", None, "current")),
    ("Trợ lý Tổng thống Kazakhstan, ông Erlan Karin, nói cuộc điện đàm kéo dài một giờ.",
     "Erlan Karin", ("Trợ lý Tổng thống", None, "current")),
    # the aide's name printed before his title, set off by commas
    ("Ông Yury Ushakov, trợ lý Tổng thống Nga, xác nhận cuộc gặp sẽ diễn ra tuần sau.",
     "Yury Ushakov", ("Trợ lý Tổng thống", None, "current")),
])
def test_foreign_state_titles(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    # a name right after "trợ lý Tổng thống <country>" is the president's, not the aide's
    ("Phái viên Witkoff đã gặp trợ lý Tổng thống Mỹ Donald Trump tại khách sạn.",
     "Donald Trump", ("Tổng thống", "Mỹ", "current")),
    ("Ông Ushakov, trợ lý Tổng thống Nga Vladimir Putin, nói lịch trình chưa thay đổi.",
     "Vladimir Putin", ("Tổng thống", "Nga", "current")),
    ("Các trợ lý Tổng thống Pháp Emmanuel Macron đã về nước từ tối thứ sáu.",
     "Emmanuel Macron", ("Tổng thống", "Pháp", "current")),
    ("Một trợ lý Tổng thống Donald Trump nói với báo giới rằng chuyến đi bị hoãn.",
     "Donald Trump", ("Tổng thống", None, "current")),
])
def test_a_name_right_after_the_aides_title_is_the_principals(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert office in got
    assert not any(t == "Trợ lý Tổng thống" for t, _b, _s in got)


def test_an_aide_named_after_his_principal_holds_no_office(pipeline):
    # "trợ lý của Tổng thống Pháp Emmanuel Macron": the name after the title is the principal's; the aide keeps none
    got = positions(pipeline, "Theo ông Karin, trợ lý của Tổng thống Pháp Emmanuel Macron, hai bên đã thống nhất.")
    assert got.get("Karin", set()) == set()
    assert ("Tổng thống", "Pháp", "current") in got["Emmanuel Macron"]
