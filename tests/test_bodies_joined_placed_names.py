"""A body's name that goes on in lower-case words after its head and ends with a level word and its place: the
object of the name's verb joined by "các" ("Ban Quản lý các chợ huyện X") or two lines of its work joined by "và"
("Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị thành phố Y"). A verb after the name's own verb, a stop
word or a preposition starts a clause: the place then belongs to the clause (constructed sentences)."""

import pytest

from conftest import positions, tagged_body_names


@pytest.mark.parametrize(("text", "body"), [
    ("Ban Quản lý các chợ huyện Thạch Thất vừa sắp xếp lại các quầy hàng.", "Ban Quản lý các chợ huyện Thạch Thất"),
    ("Theo Ban Quản lý các công trình thủy lợi huyện Gia Lâm, mực nước đã giảm.",
     "Ban Quản lý các công trình thủy lợi huyện Gia Lâm"),
    ("Ban Quản lý các khu du lịch thị xã Sơn Tây cho biết lượng khách tăng.",
     "Ban Quản lý các khu du lịch thị xã Sơn Tây"),
    ("Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị thành phố Vinh đã khởi công.",
     "Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị thành phố Vinh"),
    ("Hồ sơ do Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và phát triển hạ tầng tỉnh Nghệ An lập.",
     "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và phát triển hạ tầng tỉnh Nghệ An"),
])
def test_a_name_joined_by_cac_or_va_runs_to_its_place(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize(("text", "word"), [
    # a verb after the name's own verb: a clause, its object and place are no part of the name
    ("Ban Quản lý kiểm tra công trình huyện Gia Lâm vào sáng nay.", "kiểm tra"),
    ("Ban Quản lý kiểm tra các công trình huyện Gia Lâm vào sáng nay.", "kiểm tra"),
    # the place belongs to the verb phrase after the name
    ("Ban Quản lý dự án đã bàn giao các công trình huyện Gia Lâm cho xã.", "huyện"),
    ("Ban Quản lý dự án và các hộ dân huyện Gia Lâm đã thống nhất phương án.", "huyện"),
    ("Ban Quản lý các công trình công cộng của huyện Gia Lâm đã họp.", "huyện"),
    ("Ban Quản lý dự án đầu tư xây dựng và kiểm tra nhà ở huyện Gia Lâm.", "huyện"),
])
def test_a_clause_after_the_name_keeps_its_place(text, word):
    assert not any(word in name for name in tagged_body_names(text))


def test_a_head_title_reads_the_whole_name(pipeline):
    text = "Ông Lê Văn Tâm, Trưởng ban Ban Quản lý các chợ huyện Thạch Thất, cho biết chợ sẽ mở cửa lại."
    assert positions(pipeline, text)["Lê Văn Tâm"] == {("Trưởng ban", "Ban Quản lý các chợ huyện Thạch Thất", "current")}


def test_a_director_of_a_board_joined_by_va(pipeline):
    text = ("Bà Trần Thị Mai, Giám đốc Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị thành phố Vinh, "
            "cho biết công trình sẽ xong trong năm nay.")
    assert positions(pipeline, text)["Trần Thị Mai"] == {
        ("Giám đốc", "Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị thành phố Vinh", "current")}
