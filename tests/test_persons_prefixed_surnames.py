"""A foreign family name whose Gaelic or Romance prefix runs into an inner capital (constructed sentences): 'ông
Paul LaMotte', 'Thống đốc Ron DeVito', 'bà Anna Ruiz-DeLuca' are whole names, the inner capital no acronym; a word of
two capitals and no such prefix stays an acronym."""

from __future__ import annotations

from conftest import person_names


def test_a_prefixed_family_name_after_an_honorific_or_a_title(pipeline):
    assert "Paul LaMotte" in person_names(pipeline, "Theo ông Paul LaMotte, hội nghị sẽ kéo dài hai ngày.")
    assert "Ron DeVito" in person_names(pipeline, "Thống đốc Ron DeVito đã ký sắc lệnh mới vào tối qua.")
    text = "Tổng thống chọn bà Anna Ruiz-DeLuca làm bộ trưởng. Sau đó bà Ruiz-DeLuca phát biểu ngắn."
    assert "Anna Ruiz-DeLuca" in person_names(pipeline, text)


def test_the_gaelic_prefix_still_reads(pipeline):
    assert "Owen McAllister" in person_names(pipeline, "Ông Owen McAllister cho biết giá dầu sẽ tăng.")


def test_near_misses(pipeline):
    for text, word in (
        ("Giải đấu LaLiga khởi tranh vào tuần tới với nhiều trận cầu hấp dẫn.", "LaLiga"),  # no title, no honorific
        ("Ông Peter cho biết công ty DeFi của ông đã đóng cửa.", "DeFi"),  # one lower-case letter after the capital
    ):
        assert not any(word in n for n in person_names(pipeline, text)), text
