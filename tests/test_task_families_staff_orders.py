"""Task pattern family of orders to staff and authority handed on, on constructed sentences: a cue's
object headed by "nhân viên" or "người bán" (``cue_agent``: an assignee only as a cue's object), and
"ủy quyền cho" right after the name of the one who hands it on (``cue_request``: "bà A ủy quyền cho nhân
viên gửi ..."). Staff as a subject, "ủy quyền cho" inside an action ("phân cấp, ủy quyền cho cơ quan
...") and a power of attorney ("giấy ủy quyền cho con ...") stay none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Giám đốc công ty Trần Văn Bảo đã chỉ đạo nhân viên làm thủ tục để hợp thức hóa hóa đơn.",
     "nhân viên", "làm thủ tục để hợp thức hóa hóa đơn"),
    ("Ông Lê Minh Tài yêu cầu các nhân viên kiểm tra lại toàn bộ hồ sơ khách hàng.",
     "các nhân viên", "kiểm tra lại toàn bộ hồ sơ khách hàng"),
    ("Bà Đỗ Thị Hạnh uỷ quyền cho nhân viên gửi thông tin phát ngôn.",
     "nhân viên", "gửi thông tin phát ngôn"),
    ("Sở Công Thương yêu cầu người bán cung cấp đầy đủ thông tin pháp lý của hàng hóa.",
     "người bán", "cung cấp đầy đủ thông tin pháp lý của hàng hóa"),
])
def test_order_to_staff(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_authority_handed_on_inside_an_action_is_no_cue(run):
    got = pairs(run("Bộ trưởng Lê Văn Tâm đề nghị Ủy ban nhân dân các tỉnh cân nhắc nguồn nhân lực để phân công, "
                    "phân cấp, ủy quyền cho cơ quan thực hiện phù hợp."))
    assert not any(a == "cơ quan" for a, _ in got)


@pytest.mark.parametrize("text", [
    "Vợ chồng ông Hòa đã viết giấy ủy quyền cho con thực hiện việc bán nhà.",
    "Nhân viên cần kiểm tra lại hồ sơ.",
])
def test_no_order_to_staff(run, text):
    assert run(text) == []
