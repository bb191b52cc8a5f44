"""Bodies: the organising board of a tournament a federation's acronym opens ("Ban Tổ chức AFF Cup 2024") is the
tournament's board, named as printed, never the federation's board; a federation before an office's term ("Chủ tịch
VFF 2022-2026") stays the federation."""

from __future__ import annotations

import pytest

from conftest import body_names

VFF = "Liên đoàn Bóng đá Việt Nam"


@pytest.mark.parametrize("text, body", [
    ("Ban Tổ chức AFF Cup 2024 vừa đổi giờ hai trận bán kết.", "Ban Tổ chức AFF Cup 2024"),
    ("Theo Ban Tổ chức FIFA World Cup 2026, vé trận mở màn đã hết.", "Ban Tổ chức FIFA World Cup 2026"),
    ("Ban Tổ chức VFF Cup năm nay mời thêm hai đội khách.", "Ban Tổ chức VFF Cup"),
    ("Ban Tổ chức giải AFF Cup đã phạt tiền đội chủ nhà.", "Ban Tổ chức giải AFF Cup"),
])
def test_a_tournaments_board_is_named_as_printed(text: str, body: str) -> None:
    names = body_names(text)
    assert body in names
    assert not any(n.startswith("Ban Tổ chức Liên đoàn") for n in names)


def test_the_boards_head_keeps_his_position() -> None:
    text = "Trưởng Ban Tổ chức FIFA World Cup 2026 Trần Minh Khoa trả lời báo chí sau lễ bốc thăm."
    from nqextract.pipeline import extract

    persons = extract(text, published="2025-01-01").persons
    assert [p.name for p in persons] == ["Trần Minh Khoa"]
    assert [x.body for x in persons[0].positions] == ["Ban Tổ chức FIFA World Cup 2026"]


@pytest.mark.parametrize("text", [
    "Ông Phạm Văn Long, Chủ tịch VFF 2022-2026, dự lễ khai mạc.",  # a term, no tournament
    "Ông Phạm Văn Long, Chủ tịch VFF nhiệm kỳ 2022 – 2026, dự lễ khai mạc.",
])
def test_a_term_after_the_federation_keeps_it(text: str) -> None:
    assert VFF in body_names(text)


def test_a_federation_committee_is_still_joined() -> None:
    assert body_names("Ban Kỷ luật VFF đã họp và phạt câu lạc bộ.") == [f"Ban Kỷ luật {VFF}"]
