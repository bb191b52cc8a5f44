"""A role stated of a named subject ("X có nhiệm vụ <verb> ..."): a named body or person given a duty is
an assignment without a cue, the role phrase left out of the action; a generic noun phrase
("Đoàn liên ngành", "các cơ quan", "lực lượng kiểm lâm") states what such a body does, no task;
"có nhiệm vụ" without a verb after it is none."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Theo phân công, Sở Xây dựng Lạng Sơn có nhiệm vụ lập danh mục thủ tục chuyển về cấp xã.",
     "Sở Xây dựng Lạng Sơn", "lập danh mục thủ tục chuyển về cấp xã", None),
    ("Sở Tài chính có nhiệm vụ tổng hợp dự toán ngân sách, báo cáo UBND tỉnh trước ngày 15/10/2025.",
     "Sở Tài chính", "tổng hợp dự toán ngân sách, báo cáo UBND tỉnh", "2025-10-15"),
    ("UBND huyện có nhiệm vụ tổ chức cưỡng chế thu hồi đất.", "UBND huyện", "tổ chức cưỡng chế thu hồi đất", None),
    ("Sở Tài chính tỉnh Nghệ An vừa gửi văn bản lấy ý kiến về phí trông giữ xe. Sở có nhiệm vụ rà lại mức "
     "thu phí theo từng quý để đề xuất UBND tỉnh điều chỉnh.",
     "Sở", "rà lại mức thu phí theo từng quý", None),
])
def test_named_subject_with_a_role_is_assigned(run, text, assignee, action, deadline):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)
    assert "nhiệm vụ" not in t.action.split(",")[0][:12]
    assert t.deadline == deadline


@pytest.mark.parametrize("text", [
    "Đoàn kiểm tra liên ngành có nhiệm vụ xác minh lỗi của từng đơn vị, gửi báo cáo lên Thủ tướng chậm nhất 25/10.",
    "Các cơ quan có nhiệm vụ bảo vệ môi trường.",
    "Theo quy định, lực lượng kiểm lâm có nhiệm vụ tuần tra, bảo vệ rừng.",
    "Mỗi đảng viên có nhiệm vụ gương mẫu.",
    "Đoàn kiểm tra có nhiệm vụ và quyền hạn theo quy định.",
])
def test_generic_subject_or_no_verb_states_a_role(run, text):
    assert run(text) == []
