"""Bodies: international groupings printed short ("G20", "EC", "MERCOSUR") in diplomatic news (constructed
sentences)."""

from __future__ import annotations

import pytest

from nqextract.extract.bodies import BodyRecognizer
from nqextract.nlp import blank

_NLP = blank()
_BODIES = BodyRecognizer(_NLP)


def names(text: str) -> list[str]:
    return [m.name for m in _BODIES.match(_NLP.make_doc(text))]


@pytest.mark.parametrize("text, body", [
    ("Thủ tướng đề nghị EC sớm gỡ bỏ thẻ vàng IUU đối với thủy sản.", "Ủy ban châu Âu"),
    ("Hai bên thúc đẩy các nước EU phê chuẩn hiệp định và EC sớm gỡ thẻ vàng.", "Ủy ban châu Âu"),
    ("Ủy ban châu Âu (EC) nêu rõ quan điểm của khối.", "Ủy ban châu Âu"),
    ("Thủ tướng dự Hội nghị Thượng đỉnh G20 tại Brazil.", "G20"),
    ("Ông kêu gọi các thành viên G20 cải cách thể chế toàn cầu.", "G20"),
    ("Khối Thị trường chung Nam Mỹ (MERCOSUR) sớm hoàn tất đánh giá nội bộ.", "Khối Thị trường chung Nam Mỹ"),
    ("Brazil làm cầu nối giữa Việt Nam với MERCOSUR.", "Khối Thị trường chung Nam Mỹ"),
])
def test_a_grouping_printed_short_is_named(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text", [
    "Mẫu EC50 và mã g20 không phải tổ chức.",
    "Sản phẩm đạt chuẩn ECG và G200 được bán ra.",
])
def test_codes_like_a_grouping_name_nothing(text):
    assert names(text) == []


@pytest.mark.parametrize("text, body", [
    ("VinUni được Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hiệp Quốc (UNESCO) bổ nhiệm.",
     "Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hiệp Quốc"),
    ("TWAS là một tổ chức phi chính phủ quốc tế thuộc UNESCO.", "Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hiệp Quốc"),
    ("Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc công nhận di sản.",
     "Tổ chức Giáo dục, Khoa học và Văn hóa của Liên Hiệp Quốc"),
])
def test_unesco_printed_whole_or_short_is_one_body(text, body):
    assert set(names(text)) == {body}


@pytest.mark.parametrize("text, body", [
    ("Tổng thư ký Liên Hiệp Quốc đã công nhận tổ chức này.", "Liên Hiệp Quốc"),
    ("Liên hợp quốc kêu gọi các bên kiềm chế.", "Liên hợp quốc"),
    ("Việt Nam ủng hộ vai trò của LHQ.", "Liên hợp quốc"),
])
def test_the_united_nations_keeps_its_printed_spelling(text, body):
    assert body in names(text)
