"""A company's legal form printed in capitals is kept as printed in its name ("Công ty TNHH X", abbreviations.tsv
kind ``form``): the press and the gold name the firm as the article prints it. One firm printed both with the
abbreviation and spelled out is one body, named as first printed (extract/bodies/aliases.py
``legal_form_printings``); across articles the store and the person identities key both printings as one firm
(identity.body_identity_key, db.body_key). "MTV" and "CP" are still spelled out (the gold spells them). Constructed
sentences."""

import pytest

from conftest import positions, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Công ty TNHH Minh Khải Phát bị xử phạt 50 triệu đồng vì xả thải.", "Công ty TNHH Minh Khải Phát"),
    ("Ông Lê Văn Tám, Giám đốc Công ty TNHH Thương mại Hòa Lộc, cho biết đơn hàng đã giao.",
     "Công ty TNHH Thương mại Hòa Lộc"),
    ("Cơ quan điều tra đã khởi tố bà Trần Thị Mơ, kế toán Công ty TNHH Xây dựng Phú Khang.",
     "Công ty TNHH Xây dựng Phú Khang"),
    # a form spelled out stays spelled out
    ("Công ty trách nhiệm hữu hạn Đồng Tâm Xanh vừa khánh thành nhà máy mới.",
     "Công ty trách nhiệm hữu hạn Đồng Tâm Xanh"),
    # "MTV" and "CP" spelled out as before
    ("Công ty TNHH MTV Thủy lợi Sông Lam đã xả lũ qua đập tràn.", "Công ty TNHH một thành viên Thủy lợi Sông Lam"),
    ("Công ty CP Xây lắp Hưng Long trúng gói thầu mở rộng đường.", "Công ty cổ phần Xây lắp Hưng Long"),
])
def test_the_legal_form_is_kept_as_printed(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, body, other", [
    ("Công ty TNHH Minh Khải Phát bị xử phạt 50 triệu đồng. Sau đó, Công ty trách nhiệm hữu hạn Minh Khải Phát đã "
     "nộp phạt.", "Công ty TNHH Minh Khải Phát", "Công ty trách nhiệm hữu hạn Minh Khải Phát"),
    ("Công ty trách nhiệm hữu hạn Sao Biển Vàng khai trương cửa hàng. Ông Đỗ Văn Lực, Giám đốc Công ty TNHH Sao "
     "Biển Vàng, cho biết.", "Công ty trách nhiệm hữu hạn Sao Biển Vàng", "Công ty TNHH Sao Biển Vàng"),
])
def test_one_firm_printed_both_ways_is_named_as_first_printed(text, body, other):
    names = tagged_body_names(text)
    assert body in names and other not in names


def test_the_holder_of_an_office_in_the_firm_names_it_as_first_printed(pipeline):
    got = positions(pipeline, "Công ty TNHH Sao Biển Vàng khai trương cửa hàng. Ông Đỗ Văn Lực, Giám đốc Công ty trách "
                              "nhiệm hữu hạn Sao Biển Vàng, cho biết sẽ mở thêm chi nhánh.")
    assert ("Giám đốc", "Công ty TNHH Sao Biển Vàng", "current") in got["Đỗ Văn Lực"]


@pytest.mark.parametrize("text, bodies", [
    # two firms whose names differ after the form stay two
    ("Công ty TNHH Hòa Bình và Công ty trách nhiệm hữu hạn Hòa Phong ký hợp đồng, ông Lê Văn Sáu cho biết.",
     ["Công ty TNHH Hòa Bình", "Công ty trách nhiệm hữu hạn Hòa Phong"]),
    # "TNHH" inside a word or another acronym is no legal form
    ("Đội bóng TNHHX của ông Nguyễn Văn Bảy thắng giải, Công ty cổ phần Thể thao Bình An tài trợ.",
     ["Công ty cổ phần Thể thao Bình An"]),
    # a bank's "TMCP" is still spelled out
    ("Bà Phạm Thị Lan, Tổng giám đốc Ngân hàng TMCP Nam Việt Á, cho biết lãi suất giảm.",
     ["Ngân hàng thương mại cổ phần Nam Việt Á"]),
    # a state body in the same sentence keeps its own name
    ("Sở Tài nguyên và Môi trường tỉnh Lâm Đồng xử phạt Công ty TNHH Đá Xanh, ông Hồ Văn Tư cho biết.",
     ["Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "Công ty TNHH Đá Xanh"]),
    # a sport federation named beside a firm is untouched
    ("Liên đoàn Bóng đá Việt Nam ký hợp đồng tài trợ với Công ty TNHH Hải Đăng, thủ môn Lê Văn Hùng dự lễ.",
     ["Liên đoàn Bóng đá Việt Nam", "Công ty TNHH Hải Đăng"]),
])
def test_near_misses_keep_their_own_names(text, bodies):
    names = tagged_body_names(text)
    assert all(b in names for b in bodies), names


def test_tnhh_inside_a_word_is_no_legal_form():
    names = tagged_body_names("Đội bóng TNHHX của ông Nguyễn Văn Bảy thắng giải, Công ty cổ phần Thể thao Bình An tài trợ.")
    assert not any("TNHHX" in n or "trách nhiệm hữu hạn" in n.lower() for n in names), names


def test_the_store_and_the_identities_key_both_printings_as_one_firm():
    from nqextract.db import body_key
    from nqextract.identity import body_identity_key, place_of

    assert body_key("Công ty TNHH Minh Khải") == body_key("Công ty trách nhiệm hữu hạn Minh Khải")
    assert body_identity_key("Công ty TNHH Minh Khải") == "công ty trách nhiệm hữu hạn minh khải"
    assert place_of("Công ty TNHH Minh Khải") == place_of("Công ty trách nhiệm hữu hạn Minh Khải")
    # a word holding the letters is no legal form
    assert body_key("Công ty TNHHX") == "công ty tnhhx"


def test_the_store_holds_one_body_row_for_the_firm_printed_both_ways_in_two_articles(tmp_path):
    import datetime as dt

    from nqextract.db import Database
    from nqextract.models import Article, Body, Person, Position, Sentence

    def article(aid: str, firm: str) -> Article:
        text = f"Bà Lê Thị Na, Giám đốc {firm}, cho biết.\n"
        return Article(id=aid, url=f"https://example.vn/{aid}", title=aid, published=dt.date(2025, 3, 4),
                       site="example.vn", source=f"{aid}.txt", text=text, extractor_version="test",
                       sentences=[Sentence(start=0, end=len(text) - 1)],
                       persons=[Person(name="Lê Thị Na", positions=[Position(title="Giám đốc", body=firm)])],
                       bodies=[Body(name=firm)])

    db = Database(tmp_path / "facts.duckdb", lock_timeout=20)
    db.write_articles([article("a1", "Công ty TNHH Minh Khải"), article("a2", "Công ty trách nhiệm hữu hạn Minh Khải")])
    _, rows = db.query("SELECT body_id FROM bodies")
    assert rows == [("công ty trách nhiệm hữu hạn minh khải",)]
    _, rows = db.query("SELECT DISTINCT body_id FROM positions")
    assert rows == [("công ty trách nhiệm hữu hạn minh khải",)]
