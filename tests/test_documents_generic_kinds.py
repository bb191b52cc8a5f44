"""Documents: a kind of document every agency has ('Đề án vị trí việc làm', each unit's own job-position
scheme) and a part of a draft ('Nghị quyết về đối tượng được áp dụng ...') name no document of their own;
a named plan that merely mentions the words still does. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import document_pairs as docs


@pytest.mark.parametrize("text", [
    "Cơ quan, đơn vị đã được cấp có thẩm quyền phê duyệt Đề án vị trí việc làm mới theo đúng quy định.",
    "Căn cứ Đề án vị trí việc làm đã được phê duyệt, các đơn vị rà soát lại biên chế.",
    "Sở Nội vụ hướng dẫn các đơn vị triển khai Đề án vị trí việc làm sau khi sắp xếp bộ máy.",
    "UBTVQH đề nghị Quốc hội cho giữ như dự thảo Nghị quyết về đối tượng được áp dụng việc miễn thuế.",
    "Ủy ban đề nghị giữ quy định của Nghị quyết về đối tượng được áp dụng chính sách như Chính phủ trình.",
])
def test_a_kind_every_agency_has_or_a_part_of_a_draft_is_no_document(extractor, text) -> None:
    assert docs(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Thủ tướng phê duyệt Đề án phát triển thị trường lao động và vị trí việc làm bền vững.",
     ("Đề án", "Đề án phát triển thị trường lao động và vị trí việc làm bền vững")),
    ("HĐND tỉnh thông qua Nghị quyết về đối tượng, mức hỗ trợ cho người có công.",
     ("Nghị quyết", "Nghị quyết về đối tượng, mức hỗ trợ")),
])
def test_a_named_document_holding_those_words_stays(extractor, text, expected) -> None:
    assert expected in docs(extractor, text)
