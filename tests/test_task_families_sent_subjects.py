"""Tasks: a document sent to a body "về việc ..." names what the document is about, not an action of the
addressee's ("Cục X có văn bản gửi Sở Y về việc chủ động tăng cường ..."), nor a cue read after "về việc" ("gửi
Sở Y về việc yêu cầu kiểm tra ...": no assignee "Sở Y về việc"); a directive verb right after the addressee, or a
cue, still gives the addressee's task (constructed sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, addressee", [
    ("Ngày 3-4, Trung tâm Kiểm nghiệm Hòa Lạc đã có văn bản gửi Ban Quản lý khu du lịch Suối Mây về việc chủ động "
     "tăng cường kiểm tra nguồn nước.", "Ban Quản lý khu du lịch Suối Mây"),
    ("Sở Tài chính đã có công văn gửi UBND huyện Tân Phú về việc khẩn trương rà soát các dự án chậm tiến độ.",
     "Ủy ban nhân dân huyện Tân Phú"),
    ("Trung tâm Kiểm nghiệm Hòa Lạc đã có văn bản gửi Ban Quản lý chợ Đồng Xuân Mới và Hợp tác xã Nông sản Suối Mây "
     "về việc chủ động lấy mẫu rau quả.", "Ban Quản lý chợ Đồng Xuân Mới"),
    ("Sở Giáo dục đã có văn bản gửi Trường Trung cấp Nghề Hòa Lạc về việc yêu cầu kiểm tra các xưởng thực hành.",
     "Trường Trung cấp Nghề Hòa Lạc"),
    ("Cục Quản lý thị trường đã có công văn gửi Ban Quản lý chợ Suối Mây về việc đề nghị tăng cường kiểm soát hàng "
     "hóa.", "Ban Quản lý chợ Suối Mây"),
])
def test_a_sent_documents_subject_is_no_task(run, text, addressee):
    tasks = run(text)
    assert not [t for t in tasks if t.assignee.startswith(addressee.split()[0]) or "về việc" in t.assignee]
    assert not [t for t in tasks if t.assignee.endswith("về việc")]


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND tỉnh có công văn gửi Công an tỉnh kiểm tra, giải quyết đơn của bà Lê Thị Mai.",
     "Công an tỉnh", "kiểm tra, giải quyết đơn của bà Lê Thị Mai"),
    ("Sở Giáo dục đã có văn bản gửi Sở Tài chính đề nghị bố trí kinh phí sửa chữa các trường học về việc xuống cấp.",
     "Sở Tài chính", "bố trí kinh phí sửa chữa các trường học về việc xuống cấp"),
])
def test_the_addressees_action_stays(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
