"""'vị' as a syllable of a longer word (constructed sentences): 'kế vị vua cha Norodom Sihanouk' reads
the king's name, 'vị' no plural marker there; 'các vị lãnh đạo A, B' still opens a list."""

from __future__ import annotations

from conftest import person_names


def test_vi_inside_a_word_is_no_plural_marker(pipeline):
    text = "Ông được suy tôn làm Quốc vương Campuchia, kế vị vua cha Norodom Sihanouk thoái vị trước đó."
    assert "Norodom Sihanouk" in person_names(pipeline, text)


def test_vi_as_a_plural_marker_still_opens_a_list(pipeline):
    text = "Hội nghị có sự tham dự của các vị lãnh đạo Nguyễn Văn An, Trần Văn Bình."
    assert {"Nguyễn Văn An", "Trần Văn Bình"} <= person_names(pipeline, text)
