"""Task families of orders, on constructed sentences with several variants:

* a clause opening with "buộc" right before a body's name compels that body ("Tòa án ... tuyên ông A thắng
  kiện, buộc UBND tỉnh X cấp ...", "Đồng thời buộc Sở Y phải ..."), whoever prints the judgment;
* the remedies of an administrative fine: ", buộc <verb> ..." after "xử phạt / phạt <party> ..." is a task of
  the party fined, each fine its own party.

Near misses: a plea asking the court to order ("đề nghị tòa tuyên buộc ..."), a circumstance forcing a body
("chiến sự kéo dài buộc ..."), a sentence's remedy in a criminal judgment ("tuyên phạt", or a prison term
where a fine's amount would be), a fine whose party is no name. The one who fines is the body (else the
person) named nearest before the verb in the sentence, never a word of the decision ("ra quyết định")."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tháng 8-2024, Tòa án nhân dân cấp cao tại Đà Nẵng tuyên ông Dũng thắng kiện, buộc UBND tỉnh Quảng Nam "
     "thực hiện các thủ tục công nhận liệt sĩ.",
     "UBND tỉnh Quảng Nam", "thực hiện các thủ tục công nhận liệt sĩ"),
    ("Tòa án nhân dân tỉnh Bình Định xét xử vụ kiện hành chính. Đồng thời buộc UBND TP Quy Nhơn phải cấp giấy "
     "phép xây dựng cho bà Hạnh.",
     "UBND TP Quy Nhơn", "cấp giấy phép xây dựng cho bà Hạnh"),
    ("Bản án phúc thẩm tuyên hủy quyết định hành chính, buộc Sở Tài nguyên và Môi trường tỉnh Lâm Đồng thu "
     "hồi quyết định số 12.",
     "Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "thu hồi quyết định số 12"),
])
def test_an_order_compels_the_body_named(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_a_plea_for_an_order_orders_nothing(run):
    tasks = run("Người dân đề nghị tòa tuyên buộc UBND huyện Cam Lâm chấm dứt việc ngăn chặn.")
    assert [t.assignee for t in tasks] == ["Tòa án"]  # the plea to the court, no order to the body


@pytest.mark.parametrize("text", [
    "Chiến sự kéo dài buộc Nhà Trắng phải thay đổi chính sách với khu vực này.",
    "Việc thiếu vốn buộc UBND huyện phải tạm dừng dự án.",
])
def test_no_order(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Thanh tra Sở Y tế vừa xử phạt Công ty cổ phần Dược phẩm Hòa Bình 120 triệu đồng do bán thuốc không rõ "
     "nguồn gốc, đồng thời đình chỉ hoạt động của cửa hàng này trong 7 tháng, buộc tiêu hủy toàn bộ số "
     "thuốc vi phạm.",
     "Công ty cổ phần Dược phẩm Hòa Bình", "tiêu hủy toàn bộ số thuốc vi phạm"),
    ("Sở Công Thương xử phạt Công ty TNHH Minh Phát 50 triệu đồng, buộc thu hồi toàn bộ sản phẩm không đạt "
     "chất lượng.",
     "Công ty TNHH Minh Phát", "thu hồi toàn bộ sản phẩm không đạt chất lượng"),
    ("Thanh tra Sở Y tế xử phạt Công ty cổ phần Dược phẩm quận 3 số tiền 200 triệu đồng do bán thuốc không rõ "
     "nguồn gốc, buộc tiêu hủy toàn bộ số thuốc vi phạm.",
     "Công ty cổ phần Dược phẩm quận 3", "tiêu hủy toàn bộ số thuốc vi phạm"),
    ("UBND huyện Đức Trọng đã ra quyết định xử phạt hành chính ông Lê Văn Hòa 7 triệu đồng về hành vi san "
     "lấp đất nông nghiệp, buộc khôi phục lại tình trạng ban đầu của đất.",
     "Lê Văn Hòa", "khôi phục lại tình trạng ban đầu của đất"),
])
def test_a_fine_remedy_is_the_party_task(run, text, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text", [
    "Tòa tuyên phạt bị cáo 3 năm tù, buộc hoàn trả hơn 140 triệu đồng.",
    "Tòa tuyên phạt Nguyễn Văn An 3 năm tù, buộc bồi thường 200 triệu đồng cho bị hại.",
    "Tòa án nhân dân tỉnh Bình Định tuyên phạt bị cáo Trần Minh Khoa 30 triệu đồng, buộc nộp lại số tiền thu "
    "lợi bất chính.",
    "Hội đồng xét xử phạt Lê Thị Hoa 2 năm tù, buộc bồi thường cho bị hại 50 triệu đồng.",
    "Người vi phạm bị phạt tiền, buộc phải nộp lại số lợi bất hợp pháp.",
    "Thanh tra Sở Y tế vừa xử phạt Công ty cổ phần Dược phẩm Hòa Bình 120 triệu đồng do bán thuốc không rõ "
    "nguồn gốc.",
])
def test_no_remedy(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assigner", [
    ("UBND huyện Đức Trọng đã ra quyết định xử phạt hành chính ông Lê Văn Hòa 7 triệu đồng về hành vi san lấp "
     "đất nông nghiệp, buộc khôi phục lại tình trạng ban đầu của đất.",
     "Ủy ban nhân dân huyện Đức Trọng"),
    ("UBND xã Hòa Bình xử phạt Công ty TNHH Minh Phát 30 triệu đồng, buộc khôi phục lại tình trạng ban đầu "
     "của đất.",
     "Ủy ban nhân dân xã Hòa Bình"),
    ("Thanh tra Sở Y tế tỉnh Lâm Đồng xử phạt Công ty TNHH Dược phẩm An Khang 20 triệu đồng, buộc tiêu hủy "
     "toàn bộ số thuốc vi phạm.",
     "Thanh tra Sở Y tế tỉnh Lâm Đồng"),
])
def test_the_body_named_before_the_fine_fines(run, text, assigner):
    assert one(run(text)).assigner == assigner


def test_each_fine_its_own_party(run):
    tasks = run("Sở Y tế xử phạt Công ty TNHH Minh Phát 50 triệu đồng, buộc thu hồi toàn bộ sản phẩm vi phạm. "
                "Cạnh đó, phạt hộ kinh doanh ở chợ Bến Thành 5 triệu đồng, buộc tiêu hủy toàn bộ hàng hóa.")
    assert pairs(tasks) == {("Công ty TNHH Minh Phát", "thu hồi toàn bộ sản phẩm vi phạm")}
