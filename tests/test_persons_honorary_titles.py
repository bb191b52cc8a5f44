"""The state's honorary titles of doctors and teachers (constructed sentences): "Thầy thuốc nhân dân",
"Thầy thuốc ưu tú", "Nhà giáo nhân dân", "Nhà giáo ưu tú" and their abbreviations introduce a name as
"NSND" does, a name the bare-name reader cannot tell ("Trần Đông A"); the title is no position, and the
words in lower case after it name no one."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name"), [
    ("GS.BS, thầy thuốc nhân dân Trần Đông A (ĐBQH khóa 11, 12) cũng đã chia sẻ kỷ niệm.", "Trần Đông A"),
    ("Phát biểu tại buổi lễ, Thầy thuốc ưu tú Lê Hà cho biết bệnh viện đã sẵn sàng.", "Lê Hà"),
    ("Nhà giáo nhân dân Phạm Tú kể lại những năm tháng đứng lớp.", "Phạm Tú"),
    ("Buổi gặp có sự tham dự của NGƯT Đỗ Văn B và nhiều thầy cô.", "Đỗ Văn B"),
    ("Theo TTND Vũ Kha, ca bệnh đã ổn định.", "Vũ Kha"),
])
def test_an_honorary_title_introduces_the_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_the_honorary_title_is_no_position(pipeline):
    got = positions(pipeline, "Nhà giáo ưu tú Phạm Tú kể lại những năm tháng đứng lớp.")
    assert got.get("Phạm Tú", set()) == set()


def test_lower_case_words_after_the_title_name_no_one(pipeline):
    text = "Năm nay có thêm 38 nhà giáo được phong tặng danh hiệu Nhà giáo ưu tú cho thấy sự ghi nhận."
    assert person_names(pipeline, text) == set()
