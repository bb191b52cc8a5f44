"""Task family of remedies after a fine printed with the party fined as the subject, on constructed sentences:

* "X bị (Y) (xử) phạt <amount> ..., buộc / và buộc <verb> ..." is a task of X;
* "Ngoài việc bị xử phạt ..., X còn bị buộc <verb> ..." is a task of X;
* "X bị phạt <amount> ... . Đồng thời(,) buộc <verb> ..." goes on with X's remedies in the next sentence.

Near misses: a fine without an amount (a rule, "bị phạt tiền"), a prison term ("bị tòa phạt 2 năm tù"), a
remedy whose amount comes after the order only, a condition stating a rule's penalty ("Nếu ..., X bị phạt ...",
"Trường hợp ..."), a "Đồng thời" sentence that is no remedy ("Đồng thời áp dụng ...") or that does not follow
the fine right away, and a clause for a subject ("Việc kiểm tra bị ..."); a rule's penalty (a range "từ ...
đến", a maximum "tới", "lên đến", a modal "có thể", "sẽ", a generic offender "hành vi", "người vi phạm", a
sentence opening "Theo quy định"); a prison term anywhere in the sentence, an added fine after it.

Who fines (the assigner) is the body printed after "bị" ("bị Sở X xử phạt") when the bodies stage read it
whole, else none: never another party fined before."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Công ty TNHH Thành Đạt bị Sở Công Thương xử phạt 40 triệu đồng, buộc thu hồi toàn bộ lô phân bón kém "
     "chất lượng.",
     "Công ty TNHH Thành Đạt", "thu hồi toàn bộ lô phân bón kém chất lượng"),
    ("Hộ kinh doanh Minh Châu bị Thanh tra Sở Y tế phạt 12 triệu đồng và buộc tiêu hủy số bánh kẹo hết hạn "
     "sử dụng.",
     "Hộ kinh doanh Minh Châu", "tiêu hủy số bánh kẹo hết hạn sử dụng"),
    ("Qua kiểm tra, cơ sở in ấn bị xử phạt 25 triệu đồng, đồng thời buộc nộp lại khoản tiền thu lợi từ việc "
     "in tài liệu không phép.",
     "cơ sở in ấn", "nộp lại khoản tiền thu lợi từ việc in tài liệu không phép"),
    ("Ngoài việc bị xử phạt 10 triệu đồng mỗi nơi, ba cửa hàng trên còn bị buộc tháo dỡ toàn bộ biển quảng "
     "cáo lấn chiếm vỉa hè.",
     "ba cửa hàng trên", "tháo dỡ toàn bộ biển quảng cáo lấn chiếm vỉa hè"),
])
def test_the_subject_fined_carries_the_remedy(run, text, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text, assignee, action", [
    ("Với những vi phạm nêu trên, nhà xe bị xử phạt 30 triệu đồng và bị tước phù hiệu 2 tháng. Đồng thời buộc "
     "hoàn trả tiền vé cho hành khách bị thu quá giá.",
     "nhà xe", "hoàn trả tiền vé cho hành khách bị thu quá giá"),
    ("Chủ quán karaoke bị phạt 18 triệu đồng. Đồng thời, buộc khắc phục các tồn tại về phòng cháy trước khi "
     "mở cửa lại.",
     "Chủ quán karaoke", "khắc phục các tồn tại về phòng cháy trước khi mở cửa lại"),
])
def test_the_next_sentence_goes_on_with_the_remedies(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Người kinh doanh bị phạt tiền, buộc phải nộp lại khoản thu lợi bất chính.",
    "Ông Bình bị tòa phạt 2 năm tù, buộc bồi thường 300 triệu đồng cho bị hại.",
    "Trong đợt này 8 trường hợp bị phạt, tổng cộng 90 triệu đồng. Đồng thời cơ quan áp dụng thêm biện pháp buộc ngừng "
    "hoạt động một tháng.",
    "Nhà hàng bị phạt 15 triệu đồng. Ông Tâm cho biết đoàn sẽ tái kiểm tra trong tháng tới. Đồng thời buộc "
    "đóng cửa.",
    "Việc kiểm tra bị phạt 5 triệu đồng, buộc dừng lại ngay.",
    "Nếu gây hư hỏng công trình, chủ phương tiện bị phạt 6 triệu đồng và buộc khôi phục lại hiện trạng ban đầu.",
    "Trường hợp tái phạm, cửa hàng bị phạt 10 triệu đồng, buộc đóng cửa trong một tháng.",
    "Theo quy định, hành vi đổ phế thải trái phép bị phạt từ 3 đến 7 triệu đồng và buộc thu dọn hiện trường.",
    "Theo luật, chủ xe bị phạt 8 triệu đồng, buộc trả lại biển số.",
    "Hành vi lấn chiếm lòng đường bị phạt tới 15 triệu đồng, buộc tháo dỡ phần lấn chiếm.",
    "Người vi phạm có thể bị phạt lên đến 40 triệu đồng và buộc hoàn trả giấy phép kinh doanh.",
    "Chủ đầu tư sẽ bị phạt 60 triệu đồng và buộc dừng thi công nếu không bổ sung hồ sơ.",
    "Bị cáo Phạm Văn Tư bị tòa phạt 3 năm tù, phạt bổ sung 25 triệu đồng, buộc nộp lại 400 triệu đồng đã chiếm đoạt.",
    "Ông Lâm bị phạt 18 tháng tù nhưng được hưởng án treo, phạt tiền 10 triệu đồng và buộc bồi thường cho gia đình bị hại.",
])
def test_no_remedy(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, assigner", [
    # another party fined before in the sentence is no assigner
    ("Cửa hàng Minh Anh bị phạt 12 triệu đồng, cửa hàng Hoa Mai bị phạt 9 triệu đồng, buộc tiêu hủy toàn bộ "
     "hàng giả.", "cửa hàng Hoa Mai", None),
    ("Chủ nhà hàng Biển Xanh bị phạt 15 triệu đồng và buộc khắc phục vệ sinh bếp ăn.", "Chủ nhà hàng Biển Xanh", None),
    # the body printed after "bị" fines
    ("Công ty TNHH Phú Gia bị UBND tỉnh Bình Phước xử phạt 70 triệu đồng, buộc tháo dỡ nhà xưởng xây trái phép.",
     "Công ty TNHH Phú Gia", "UBND tỉnh Bình Phước"),
    ("Hãng Meta bị Ủy ban châu Âu phạt 800 triệu euro và buộc chấm dứt việc gộp dữ liệu người dùng.",
     "Hãng Meta", "Ủy ban châu Âu"),
])
def test_who_fines(run, text, assignee, assigner):
    t = one(run(text))
    assert (t.assignee, t.assigner) == (assignee, assigner)
