"""Task pattern family: a passive assignment ("X được giao <action>") whose subject follows an opening
adverbial's comma is read when the subject is one body's name, however long ("Từ năm 2016 đến 2017,
Trung tâm Công nghệ thông tin tài nguyên và môi trường tỉnh Thừa Thiên Huế được giao thực hiện ...");
a long stretch after a comma that is no single body's name stays a clause, no subject."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LONG = "Trung tâm Công nghệ thông tin tài nguyên và môi trường tỉnh Thừa Thiên Huế"
OPENINGS = ["Từ năm 2016 đến 2017, ", "Theo cáo trạng, từ năm 2016 đến 2017, ", "Trong năm 2024, "]


@pytest.mark.parametrize("opening", OPENINGS)
def test_a_long_body_name_after_an_opening_comma_is_the_passive_subject(run, opening):
    text = opening + LONG + (" được giao thực hiện cập nhật cơ sở dữ liệu GIS về tài nguyên và môi trường, "
                             "nhưng ban đầu chưa được cấp kinh phí.\n")
    tasks = run(text)
    assert [(t.assignee, t.action) for t in tasks] == [
        (LONG, "thực hiện cập nhật cơ sở dữ liệu GIS về tài nguyên và môi trường")]


def test_a_short_subject_after_the_comma_is_read_as_before(run):
    text = "Năm 2023, Sở Xây dựng được giao thực hiện rà soát quỹ đất phát triển nhà ở xã hội.\n"
    assert [t.assignee for t in run(text)] == ["Sở Xây dựng"]


def test_a_long_clause_after_the_comma_is_no_subject(run):
    text = ("Sau khi các hộ dân ở khu vực ven sông phía bắc của thị trấn đã di dời đến nơi ở mới ổn định, phần "
            "diện tích còn lại được giao cho xã quản lý.\n")
    assert not any(t.assignee.startswith("phần diện tích") for t in run(text))
