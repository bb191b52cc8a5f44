"""A professional printed with his role before the name and the body he serves in parentheses after it holds that
role in that body (constructed sentences): "luật sư A (Đoàn luật sư TP.HCM)", "chuyên gia B (Ngân hàng Thế
giới)". An aside that names no body (an age, a place), no role before the name, or a list in the parentheses
give no such office."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Luật sư Nguyễn Văn Phú (Đoàn luật sư TP.HCM) cho biết sẽ kháng cáo.",
     "Nguyễn Văn Phú", ("Luật sư", "Đoàn luật sư Thành phố Hồ Chí Minh", "current")),
    ("Phân tích vụ việc, luật sư Trần Hồng Hà (Đoàn luật sư tỉnh Khánh Hòa) cho biết như vậy.",
     "Trần Hồng Hà", ("Luật sư", "Đoàn luật sư tỉnh Khánh Hòa", "current")),
    ("Theo chuyên gia Andrea Coppola (Ngân hàng Thế giới), căng thẳng thương mại đã giảm.",
     "Andrea Coppola", ("Chuyên gia", "Ngân hàng Thế giới", "current")),
])
def test_a_role_and_its_body_in_parentheses(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name"), [
    ("Luật sư Nguyễn Văn An (45 tuổi) cho biết sẽ kháng cáo.", "Nguyễn Văn An"),
    ("Luật sư Nguyễn Văn An (Hà Nội) cho biết sẽ kháng cáo.", "Nguyễn Văn An"),
    ("Ông Nguyễn Văn An (Ngân hàng Thế giới) cho biết như vậy.", "Nguyễn Văn An"),
    ("Luật sư Nguyễn Văn An (Đoàn luật sư Hà Nội, Văn phòng luật Minh Long) cho biết.", "Nguyễn Văn An"),
])
def test_guard_no_body_no_role_or_a_list(pipeline, text, name):
    assert all(t not in ("Luật sư", "Chuyên gia") for t, _b, _s in positions(pipeline, text).get(name, set()))
