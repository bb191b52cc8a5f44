"""A title opening an appositive (after a dash or in parentheses) with a body whose capitalized head is followed
by a name printed partly in lower case (constructed sentences): the body is read up to the appositive's close,
a city printed last in full; a clause that goes on past the body with a verb, or an appositive opened by a comma,
is left as before."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Phát biểu tại buổi lễ, ông Lương Văn Thạch - hiệu trưởng Trường trung cấp Múa TP.HCM - bày tỏ mong muốn.",
     "Lương Văn Thạch", ("Hiệu trưởng", "Trường trung cấp Múa Thành phố Hồ Chí Minh", "current")),
    ("Trả lời câu hỏi, TS Trần Văn Lịch - chủ tịch Hội đồng tư vấn thực hiện nghị quyết 45 - cho rằng cần làm rõ.",
     "Trần Văn Lịch", ("Chủ tịch", "Hội đồng tư vấn thực hiện nghị quyết 45", "current")),
    ("Bị cáo Đặng Văn Khởi (phó cục trưởng Cục quản lý giá Bộ Tài chính) bị truy tố về tội nhận hối lộ.",
     "Đặng Văn Khởi", ("Phó Cục trưởng", "Cục quản lý giá", "current")),
    ("Bị cáo Đặng Văn Khởi (cựu phó cục trưởng Cục quản lý giá) bị truy tố về tội nhận hối lộ.",
     "Đặng Văn Khởi", ("Phó Cục trưởng", "Cục quản lý giá", "former")),
    ("Ông Hà Minh Tuấn - giám đốc Trung tâm tư vấn pháp luật tỉnh Hà Tĩnh - cho biết sẽ kiểm tra.",
     "Hà Minh Tuấn", ("Giám đốc", "Trung tâm tư vấn pháp luật tỉnh Hà Tĩnh", "current")),
])
def test_a_lower_case_body_is_read_to_the_appositive_close(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # a comma opens no closed appositive: the words after the body may be the clause's verb
    ("Ông Hà Minh Tuấn, giám đốc Trung tâm tư vấn pháp luật thường xuyên kiểm tra, đôn đốc cấp dưới.", "Hà Minh Tuấn"),
    # a verb inside the dashes: no body name
    ("Ông Hà Minh Tuấn - giám đốc Trung tâm tư vấn cho biết thêm - sẽ kiểm tra.", "Hà Minh Tuấn"),
])
def test_no_lower_case_body_past_the_clause(pipeline, text, name):
    got = positions(pipeline, text).get(name, set())
    assert not any(b and ("kiểm tra" in b or "cho biết" in b) for _t, b, _s in got)
