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


# staff jobs of investigation, administration and appraisal, offices only with their body printed after them
@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đại úy Trần Văn Hùng - điều tra viên Công an huyện Tân Phú - đã mời ông Lâm lên làm việc.", "Trần Văn Hùng",
     ("Điều tra viên", "Công an huyện Tân Phú")),
    ("Cùng bị truy tố có Nguyễn Thị Lan, chuyên viên Vụ Kế hoạch - Tài chính; Lê Văn Bảo, thẩm định viên Công ty "
     "cổ phần Thẩm định giá Hòa Bình.", "Nguyễn Thị Lan", ("Chuyên viên", "Vụ Kế hoạch - Tài chính")),
    ("Cùng bị truy tố có Nguyễn Thị Lan, chuyên viên Vụ Kế hoạch - Tài chính; Lê Văn Bảo, thẩm định viên Công ty "
     "cổ phần Thẩm định giá Hòa Bình.", "Lê Văn Bảo", ("Thẩm định viên", "Công ty cổ phần Thẩm định giá Hòa Bình")),
    ("Bà Maria Gonzalez, điều phối viên Liên hợp quốc tại Việt Nam, đến chào từ biệt.", "Maria Gonzalez",
     ("Điều phối viên", "Liên hợp quốc")),
    ("Ông Phạm Quốc Duy, chuyên viên Sở Tài chính tỉnh Long An, cho biết hồ sơ đã đủ.", "Phạm Quốc Duy",
     ("Chuyên viên", "Sở Tài chính tỉnh Long An")),
])
def test_an_office_job_with_its_body(pipeline, text, name, expected):
    assert (*expected, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    "Mỗi điều tra viên phải nắm chắc hồ sơ vụ án trước khi đề xuất truy tố.",
    "Các chuyên viên Ngân hàng Nhà nước dự báo lãi suất sẽ giảm trong quý tới.",
    "Đội bóng Hà Nội FC có thêm chuyên viên phân tích video người Nhật Bản.",
    "Theo thẩm định viên về giá, căn hộ ở quận 7 đang tăng giá mạnh.",
    "Điều phối viên của giải chạy Marathon Hà Nội cho biết đường chạy sẽ đổi.",
    "Ông Lê Minh Tuấn cho biết chuyên viên tư vấn của ngân hàng đã gọi cho ông.",
    "Nhóm điều tra viên của Interpol truy vết đường dây buôn người qua Campuchia.",
    "Trời mưa lớn khiến chuyên viên khí tượng Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo lũ.",
])
def test_an_office_job_in_ordinary_news_names_no_office(pipeline, text):
    assert not any(positions(pipeline, text).values())
