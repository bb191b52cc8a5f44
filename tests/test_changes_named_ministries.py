"""position_changes: a minister's post printed with its field and no country after it ("chọn bà A làm bộ
trưởng nông nghiệp") is the ministry of that field the article itself names, as its body's printed span
("Bộ Giáo dục và Đào tạo" for "bộ trưởng giáo dục"), of the minister's country (the one his sentence prints,
else the article's only foreign country, else the home country): "Bộ Tư pháp Mỹ" for a minister of the US,
never "Bộ Ngoại giao Việt Nam" nor a bare "Bộ Y tế" for a foreign minister, nor another country's ministry;
with no such name, names for several countries or an unknown country, a name in lower case, or no cue, no body
is read (and a pick keeps no change); a cue after a question's or a hypothesis' word ("liệu ... có", "nếu",
"giả sử") is no change. Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2024, 11, 25)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    # the field ends the sentence; the ministry named with the minister's country in a later sentence
    ("Hôm 2-12, thủ tướng Canada đề cử bà Karen Moss làm bộ trưởng nông nghiệp. "
     "Bộ Nông nghiệp Canada phụ trách các chương trình trợ giá cho nông dân.",
     ("Karen Moss", "nominated", "Bộ trưởng", "Bộ Nông nghiệp Canada")),
    # the whole printed name of the ministry, not its head and the field alone
    ("Ông Lê Hữu Nghĩa được bổ nhiệm làm bộ trưởng giáo dục và đào tạo. Bộ Giáo dục và Đào tạo sẽ tổ chức "
     "lễ công bố vào tuần sau.", ("Lê Hữu Nghĩa", "appointed", "Bộ trưởng", "Bộ Giáo dục và Đào tạo")),
    ("Ông Lê Hữu Nghĩa được bổ nhiệm làm bộ trưởng khoa học. Sáng nay Bộ Khoa học và Công nghệ họp giao ban đầu tuần.",
     ("Lê Hữu Nghĩa", "appointed", "Bộ trưởng", "Bộ Khoa học và Công nghệ")),
    # the ministry named with its country: that name, the bare one aside
    ("Ông Carver chọn ông Tom Hale làm bộ trưởng tư pháp của nội các mới. Hai năm trước ông Hale bị "
     "Bộ Tư pháp Mỹ thanh tra, nhưng Bộ Tư pháp sau đó khép lại hồ sơ.",
     ("Tom Hale", "nominated", "Bộ trưởng", "Bộ Tư pháp Mỹ")),
    # a passive, the field capitalized, the ministry named before the change
    ("Bộ Lao động Canada vừa công bố số liệu việc làm. Bà Anne Leclerc được thủ tướng bổ nhiệm làm bộ "
     "trưởng Lao động hôm 4-11.",
     ("Anne Leclerc", "appointed", "Bộ trưởng", "Bộ Lao động Canada")),
    # a Vietnamese name, the home ministry named bare
    ("Ông Nguyễn Văn Hùng được bổ nhiệm giữ chức bộ trưởng y tế; lễ công bố quyết định do Bộ Y tế chủ trì.",
     ("Nguyễn Văn Hùng", "appointed", "Bộ trưởng", "Bộ Y tế")),
])
def test_the_ministry_the_article_names(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # no ministry of that field named in the article
    "Tổng thống đắc cử Paul Carver đề cử bà Karen Moss làm bộ trưởng giáo dục.",
    # another field's ministry named: not this one
    "Ông Carver đề cử bà Karen Moss làm bộ trưởng giáo dục. Bộ Tài chính Mỹ chưa bình luận.",
    # the ministry named for two countries: no telling which
    "Ông Carver đề cử bà Karen Moss làm bộ trưởng tư pháp, điều mà Bộ Tư pháp Mỹ và Bộ Tư pháp Canada đã bàn.",
    # the ministry's words in lower case are no name
    "Ông Carver đề cử bà Karen Moss làm bộ trưởng tư pháp, người sẽ cải tổ bộ tư pháp.",
    # the home country's ministry for a foreign minister: printed with its country, or bare
    "Tổng thống Mỹ đề cử ông Glen Archer làm bộ trưởng ngoại giao. Cùng ngày, Bộ Ngoại giao Việt Nam tiếp "
    "đoàn khách quốc tế.",
    "Thủ tướng Canada đề cử bà Karen Moss làm bộ trưởng y tế. Một đoàn của Bộ Y tế đang công tác ở Ottawa.",
    # another country's ministry than the minister's
    "Thủ tướng Anh bổ nhiệm ông Neil Foster làm bộ trưởng tài chính. Bộ Tài chính Mỹ gửi lời chúc mừng.",
    # the minister's country unknown: two foreign countries, none in his sentence
    "Ông Carver chọn ông Tom Hale làm bộ trưởng tư pháp. Bộ Tư pháp Mỹ và giới chức Canada đã trao đổi.",
    # the bodies read only the ministry's first words: no shortened name for a foreign minister
    "Thủ tướng Nhật Bản bổ nhiệm ông Kenji Mori làm bộ trưởng y tế. Bộ Y tế, Lao động và Phúc lợi Nhật Bản "
    "đã chuẩn bị lễ bàn giao.",
])
def test_no_ministry_named_reads_no_body(extractor, text):
    got = changes(extractor, text)
    assert all(body is None or not body.startswith("Bộ ") for _, _, _, body in got), got


@pytest.mark.parametrize("text", [
    # a pick without a body read keeps no change
    "Ông Carver chọn ông Tom Hale làm bộ trưởng năng lượng. Bộ Năng lượng Mỹ và Bộ Năng lượng Anh đã họp.",
    # plans, questions, negations and hypotheses: no change of office though the ministry is named
    "Ông Carver dự kiến sẽ chọn ông Tom Hale làm bộ trưởng tư pháp, còn Bộ Tư pháp Mỹ im lặng.",
    "Ông Carver không chọn ông Tom Hale làm bộ trưởng tư pháp, còn Bộ Tư pháp Mỹ im lặng.",
    "Liệu ông Carver có chọn ông Tom Hale làm bộ trưởng tư pháp, khi Bộ Tư pháp Mỹ im lặng?",
    "Nếu ông Carver chọn ông Tom Hale làm bộ trưởng tư pháp, giới luật sư trong Bộ Tư pháp Mỹ phản đối.",
    "Giả sử ông Tom Hale được đề cử giữ chức bộ trưởng tư pháp, giới luật sư trong Bộ Tư pháp Mỹ phản đối.",
    # a minister named, no cue
    "Bộ trưởng tư pháp Tom Hale đến thăm Bộ Tư pháp Mỹ hôm 3-11.",
])
def test_no_change_without_a_real_cue(extractor, text):
    got = changes(extractor, text)
    assert not any(body and body.startswith("Bộ Tư pháp") or body == "Bộ Năng lượng Mỹ"
                   for _, _, _, body in got), got
