"""Rank-and-file jobs ("giáo viên", "giảng viên", "nhân viên"; titles.tsv flags needs_body, staff) are offices
only with the body printed after them ("giáo viên Trường X"); without one they are no title at all, not even
a title span for the later components ("Mỗi giảng viên, nhà khoa học ... phải ..."). Constructed texts."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Còn theo thầy Nguyễn Anh Nhật - giáo viên Trường trung học cơ sở thị trấn Tuy Phước (Bình Định), thầy luôn "
     "cố gắng.", "Nguyễn Anh Nhật", ("Giáo viên", "Trường trung học cơ sở thị trấn Tuy Phước")),
    ("Cô Nguyễn Thị Chuyên, giáo viên Trường phổ thông dân tộc bán trú tiểu học Mường Toong số 1 (huyện Mường "
     "Nhé, Điện Biên), cho biết.", "Nguyễn Thị Chuyên",
     ("Giáo viên", "Trường phổ thông dân tộc bán trú tiểu học Mường Toong số 1")),
    ("Giảng viên Trường Đại học Bách khoa Hà Nội Nguyễn Văn Tâm cho biết.", "Nguyễn Văn Tâm",
     ("Giảng viên", "Trường Đại học Bách khoa Hà Nội")),
])
def test_a_job_with_its_body(pipeline, text, name, expected):
    assert (*expected, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    ("Anh Lê Văn Tuấn, nhân viên giao hàng, cho biết thu nhập giảm.", "Lê Văn Tuấn"),
    ("Nhân viên Nguyễn Văn Tâm cho biết nhiều giáo viên đã nghỉ việc.", "Nguyễn Văn Tâm"),
])
def test_a_job_without_a_body_is_no_office(pipeline, text, name):
    assert not positions(pipeline, text).get(name)


def test_a_bare_job_leaves_no_title_span(pipeline):
    doc = pipeline.make_doc("Mỗi giảng viên, nhà khoa học của trường phải là tấm gương sáng. Giáo viên Trường "
                            "Tiểu học Kim Đồng Lê Thị Hoa phát biểu.")
    for _name, component in pipeline.pipeline:
        doc = component(doc)
        if _name == "nq_persons":
            break
    spans = [s.text.lower() for s in doc.spans["titles"]]
    assert "giáo viên" in spans
    assert "giảng viên" not in spans
