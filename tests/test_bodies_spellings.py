"""One body, one name: a word printed in another spelling inside a body's name (body_spellings.tsv) is written in
the spelling the project names the body with, wherever it stands in the name; other names are left alone."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names
from nqextract.extract.bodies import canonical_body, find_bodies
from nqextract.extract.body_rules import load_rules
from nqextract.extract.body_spellings import respelled, spelling_table


def names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text)]


def test_bare_name_in_either_spelling_is_one_body() -> None:
    assert names("Hôm qua Liên Hiệp Quốc gửi thư cảm ơn Kelora.") == ["Liên hợp quốc"]
    assert names("Hôm qua Liên hợp quốc gửi thư cảm ơn Kelora.") == ["Liên hợp quốc"]


def test_spelling_inside_an_office_named_with_its_seat() -> None:
    text = "Bà Lê Thị Ngà, đại diện Văn phòng Liên Hiệp Quốc tại Nairobi, nói cuộc gặp sẽ dời."
    found = names(text)
    assert found and found[0].startswith("Văn phòng Liên hợp quốc")
    assert all("Hiệp" not in n for n in found)


def test_spelling_inside_a_mission_named_with_its_host() -> None:
    text = "Phái bộ Hỗ trợ chuyển tiếp Liên Hiệp Quốc ở vùng Kelora (UNKEL) đã đón đoàn."
    found = names(text)
    assert any(n.startswith("Phái bộ Hỗ trợ chuyển tiếp Liên hợp quốc") for n in found)
    assert all("Hiệp" not in n for n in found)


def test_canonical_body_respells() -> None:
    assert canonical_body("Liên Hiệp Quốc") == "Liên hợp quốc"


def test_other_bodies_keep_their_words() -> None:
    # "Liên hiệp" opening another name is no spelling of the United Nations
    found = names("Sáng nay Liên hiệp Hợp tác xã Sông Mây tổ chức đại hội.")
    assert all("Liên hợp" not in n for n in found)
    assert names("Ông Trần Văn Hiệp trao đổi với Bộ Ngoại giao sáng nay.") == ["Bộ Ngoại giao"]


def test_respelled_whole_words_only() -> None:
    table = spelling_table([{"printed": "Liên Hiệp Quốc", "name": "Liên hợp quốc", "not_before": "tế|gia"}])
    assert respelled("Quỹ Hạt giống Liên Hiệp Quốc", table) == "Quỹ Hạt giống Liên hợp quốc"
    assert respelled("Văn phòng LIÊN HIỆP QUỐC tại Kelora", table) == "Văn phòng Liên hợp quốc tại Kelora"
    # an international union: "Liên hiệp Quốc tế ..." keeps its words
    assert respelled("Liên hiệp Quốc tế Bảo vệ Chim Kelora", table) == "Liên hiệp Quốc tế Bảo vệ Chim Kelora"
    assert respelled("Bộ Ngoại giao", table) == "Bộ Ngoại giao"
    assert respelled("Bộ Ngoại giao", (None, {})) == "Bộ Ngoại giao"


@pytest.mark.parametrize("text, absent", [
    ("Ông Karl Benn, đại diện Liên hiệp Quốc tế Bảo tồn Rừng (IUFX), cho biết dự án sẽ mở rộng.", "Liên hợp quốc"),
    ("Liên Hiệp Quốc tế các Hội Nghề cá Kelora đã gửi hàng cứu trợ tới vùng lũ.", "Liên hợp quốc"),
    ("Ông Trần Văn Bình làm việc tại Liên hiệp Quốc gia Đường thủy Kelora từ năm 2010.", "Liên hợp quốc"),
    ("Đêm diễn tổ chức tại Nhà hát Liên hiệp Quốc Minh vào tối thứ bảy tuần này.", "Liên hợp quốc"),
])
def test_another_union_or_a_theatre_is_no_united_nations(text, absent):
    assert absent not in names(text)
    assert absent not in tagged_body_names(text)


def test_a_spelling_after_a_theatre_or_before_another_word_is_kept() -> None:
    table = spelling_table([{"printed": "Liên Hiệp Quốc", "name": "Liên hợp quốc", "not_before": "tế|gia",
                             "not_after": "nhà hát"}])
    assert respelled("Nhà hát Liên hiệp Quốc Minh", table) == "Nhà hát Liên hiệp Quốc Minh"
    assert respelled("Liên hiệp Quốc gia Đường thủy Kelora", table) == "Liên hiệp Quốc gia Đường thủy Kelora"
    assert respelled("Ủy ban Hạt giống Liên Hiệp Quốc", table) == "Ủy ban Hạt giống Liên hợp quốc"


def test_every_field_naming_a_body_is_respelled(pipeline) -> None:
    from nqextract.extract.spellings import respell_records
    from nqextract.models import Body, Document, Person, Position, PositionChange, Task

    doc = pipeline.make_doc("Bài báo.")
    doc._.bodies = [Body(name="Văn phòng Liên Hiệp Quốc tại Kelora")]
    doc._.documents = [Document(type="Hiến chương", number="Liên Hiệp Quốc", issuer="Liên Hiệp Quốc")]
    doc._.persons = [Person(name="Trần Văn Khải",
                            positions=[Position(title="Đại sứ", body="Văn phòng Liên Hiệp Quốc tại Kelora")])]
    doc._.tasks = [Task(assigner="Liên Hiệp Quốc", assignee="Quỹ Hạt giống Liên Hiệp Quốc", action="gửi báo cáo",
                        start=0, end=3)]
    doc._.position_changes = [PositionChange(person="Trần Văn Khải", change="appointed", body="Liên Hiệp Quốc",
                                             decided_by="Hội đồng Hạt giống Liên Hiệp Quốc", span_start=0, span_end=3)]
    respell_records(doc, load_rules().spellings)
    assert doc._.bodies[0].name == "Văn phòng Liên hợp quốc tại Kelora"
    assert doc._.documents[0].issuer == "Liên hợp quốc"
    assert doc._.documents[0].number == "Liên Hiệp Quốc"  # a document's name is no body's
    assert doc._.persons[0].positions[0].body == "Văn phòng Liên hợp quốc tại Kelora"
    assert (doc._.tasks[0].assigner, doc._.tasks[0].assignee) == ("Liên hợp quốc", "Quỹ Hạt giống Liên hợp quốc")
    change = doc._.position_changes[0]
    assert (change.body, change.decided_by) == ("Liên hợp quốc", "Hội đồng Hạt giống Liên hợp quốc")
