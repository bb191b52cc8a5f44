"""Names after a title or rank with a word in between (constructed sentences): a lower-case field word
between a rank or role and the name ('Thiếu tướng cảnh sát A', 'biên tập viên tin tức B'), and a writer
introduced as 'cây bút'."""

from __future__ import annotations

from conftest import person_names


def test_a_force_between_a_rank_and_a_foreign_name(pipeline):
    text = "Thiếu tướng cảnh sát Thawat Wongsanga cho biết đám đông khoảng 6.000 người."
    assert person_names(pipeline, text) == {"Thawat Wongsanga"}


def test_a_force_between_a_rank_and_a_vietnamese_name(pipeline):
    assert person_names(pipeline, "Đại tá công an Nguyễn Văn An cho biết như vậy.") == {"Nguyễn Văn An"}


def test_a_field_between_a_role_and_the_name(pipeline):
    text = ("Đại diện phía báo có Tổng Biên tập Mohammed Rasoodeen, biên tập viên tin tức Rizaik Farook "
            "và Giám đốc điều hành Raees Rezwie.")
    assert "Rizaik Farook" in person_names(pipeline, text)


def test_a_writer_introduced_as_a_pen(pipeline):
    text = "Trong bài viết đăng trên trang Geo Politica, cây bút Santiago Olarte nhận định như vậy."
    assert person_names(pipeline, text) == {"Santiago Olarte"}


def test_a_field_word_with_no_name_after_it_reads_no_person(pipeline):
    assert person_names(pipeline, "Thiếu tướng cảnh sát cho biết Hà Nội đã sẵn sàng.") == set()
    assert person_names(pipeline, "Lực lượng cảnh sát Hà Nội đã có mặt.") == set()
    assert person_names(pipeline, "Biên tập viên Báo Tuổi Trẻ cho biết như vậy.") == set()
