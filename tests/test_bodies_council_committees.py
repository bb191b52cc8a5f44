"""Bodies: a council's committee printed before its council ("Ban Kinh tế - Ngân sách HĐND thành phố") is named
with the council spelled out, and the committee printed alone later in the article is that body (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names

_HN = "Hội đồng nhân dân thành phố Hà Nội"


@pytest.mark.parametrize("text", [
    "Kỳ họp HĐND TP Hà Nội khai mạc. Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND thành phố cũng thống "
    "nhất. Đại diện Ban Kinh tế - Ngân sách trình bày báo cáo thẩm tra.",
    "Ban Kinh tế - Ngân sách HĐND TP Hà Nội đã thẩm tra tờ trình. Ban Kinh tế - Ngân sách đề nghị bổ sung.",
])
def test_a_council_committee_is_one_body_named_with_its_council(text):
    for names in (body_names(text), tagged_body_names(text)):
        assert f"Ban Kinh tế - Ngân sách {_HN}" in names
        assert "Ban Kinh tế - Ngân sách" not in names
        assert "Ban Kinh tế - Ngân sách HĐND thành phố Hà Nội" not in names


def test_a_committee_of_another_council_is_not_folded():
    text = ("Ban Pháp chế HĐND tỉnh Nghệ An đã thẩm tra. Ban Kinh tế - Ngân sách HĐND tỉnh Hà Tĩnh đề nghị bổ sung. "
            "Ban Đô thị chưa có ý kiến.")
    names = body_names(text)
    assert "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Hà Tĩnh" in names
    assert "Ban Đô thị" in names
    assert "Ban Pháp chế Hội đồng nhân dân tỉnh Nghệ An" in names
