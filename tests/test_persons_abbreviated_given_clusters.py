"""Persons: a given name abbreviated to its initial consonant of two or three letters keeps its full stop, as a
one-letter initial does ("anh Lý Văn Kh. (40 tuổi)", "bà Trần Thị Th., trú tại ..."; person_context.tsv
initial_cluster); a glued next sentence, a word that is no consonant cluster and a cluster opening the name stay
as they were (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Anh Lý Văn Kh. (40 tuổi, quê Cà Mau) bị thương ở tay.", "Lý Văn Kh."),
    ("Bà Trần Thị Th., trú tại xã Hòa Phú, đã trình báo công an.", "Trần Thị Th."),
    ("Bị can Nguyễn Hoài Ng. khai nhận đã nhận tiền của nhóm đối tượng.", "Nguyễn Hoài Ng."),
    ("Nạn nhân là chị Phạm Thu Tr. được đưa đi cấp cứu.", "Phạm Thu Tr."),
])
def test_a_cluster_initial_keeps_its_full_stop(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Ông Nguyễn Văn Th.Sau đó bỏ đi.", "Nguyễn Văn Th."),  # a glued sentence: no full stop of the name
    ("Người phát biểu là ông Trần Văn Nam. Ông cho biết thêm.", "Trần Văn Nam"),
])
def test_other_full_stops_stay_out(pipeline, text, name):
    found = person_names(pipeline, text)
    assert name in found or name.rstrip(".") in found
    if name.endswith("."):
        assert name not in found
    else:
        assert name + "." not in found
