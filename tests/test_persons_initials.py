"""Persons: a name abbreviated to initials keeps every initial, the last one with or without its own
period ("Trương N.T.T (SN 2009)", "anh Trần V.N, trú tại ...")."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Sau khi nhận tin báo về sự việc cháu Trương N.T.T (SN 2009) bị bịt miệng, công an vào cuộc.", "Trương N.T.T"),
    ("Cháu Lê T.H (12 tuổi) bị thương nhẹ.", "Lê T.H"),
    ("Anh Trần V.N, trú tại xã Hiền Ninh, cho biết.", "Trần V.N"),
    ("Đối tượng Nguyễn V.H. (SN 1990) bị bắt giữ.", "Nguyễn V.H."),
])
def test_initials_with_or_without_a_last_period(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_a_glued_next_sentence_is_no_initial(pipeline):
    assert person_names(pipeline, "Ông Nguyễn Văn T.Sau đó bỏ đi.") == {"Nguyễn Văn T."}
