"""Task families of passive administrative fines, on constructed sentences with several variants: the party
fined is the subject of "bị (xử) phạt <amount>", and a remedy after it ("và buộc ...", ", buộc ...",
", đồng thời buộc ...", "... còn bị buộc ...") is its task; a "bị buộc" with no fine, a prison term, an
accusation, an obligation or a circumstance is no task."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Với các sai phạm trên, Công ty TNHH Hoàng Phúc bị xử phạt 60 triệu đồng và buộc nộp lại số lợi bất hợp "
     "pháp có được.", "Công ty TNHH Hoàng Phúc", "nộp lại số lợi bất hợp pháp có được"),
    ("Ông Trần Văn Khang bị phạt 12 triệu đồng, buộc tháo dỡ phần công trình xây dựng sai phép.",
     "Trần Văn Khang", "tháo dỡ phần công trình xây dựng sai phép"),
    ("Cơ sở sản xuất nước đá Minh Tâm bị xử phạt hành chính 45 triệu đồng, đồng thời buộc khắc phục tình trạng "
     "ô nhiễm môi trường.", "Cơ sở sản xuất nước đá Minh Tâm", "khắc phục tình trạng ô nhiễm môi trường"),
    ("Ngoài bị xử phạt hành chính, 3 cửa hàng trên còn bị buộc tiêu hủy toàn bộ hàng hóa không rõ nguồn gốc.",
     "3 cửa hàng trên", "tiêu hủy toàn bộ hàng hóa không rõ nguồn gốc"),
    ("Phòng khám nha khoa Ánh Sao bị phạt 50 triệu đồng và bị đình chỉ hoạt động 3 tháng, đồng thời buộc gỡ bỏ "
     "quảng cáo sai sự thật.", "Phòng khám nha khoa Ánh Sao", "gỡ bỏ quảng cáo sai sự thật"),
    ("Công ty cổ phần Thực phẩm Bình An cũng bị xử phạt 80 triệu đồng và buộc thu hồi toàn bộ lô hàng vi phạm.",
     "Công ty cổ phần Thực phẩm Bình An", "thu hồi toàn bộ lô hàng vi phạm"),
])
def test_a_passive_fines_remedy_is_the_party_fineds_task(run, text, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text, assignee, action", [
    ("Cửa hàng điện máy Kim Long bị xử phạt 25 triệu đồng vì bán hàng không rõ nguồn gốc. Đồng thời buộc tiêu hủy "
     "số hàng hóa vi phạm.", "Cửa hàng điện máy Kim Long", "tiêu hủy số hàng hóa vi phạm"),
    ("Với sai phạm trên, nhà thuốc Thiên Phúc bị phạt 30 triệu đồng. Đồng thời, nhà thuốc còn bị buộc nộp lại số "
     "lợi bất hợp pháp.", "nhà thuốc", "nộp lại số lợi bất hợp pháp"),
])
def test_the_next_sentences_remedy_is_the_party_just_fineds_task(run, text, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)


@pytest.mark.parametrize("text", [
    # the sentence right after a fine: a circumstance, or one sentence too far
    "Cửa hàng điện máy Kim Long bị xử phạt 25 triệu đồng vì bán hàng không rõ nguồn gốc. Trận mưa lớn chiều qua "
    "buộc nhiều tuyến đường phải phong tỏa.",
    "Công ty Hưng Thịnh bị phạt 40 triệu đồng. Giá thép tăng mạnh. Đồng thời buộc nhiều công trình phải tạm dừng.",
    "Đồng thời buộc các bên liên quan tuân thủ hợp đồng đã ký.",
    "Tiền vệ Lê Minh Khoa bị phạt 10 triệu đồng vì phản ứng trọng tài. Đồng thời, anh bị treo giò hai trận.",
    # no fine before "bị buộc", or no one named as its subject
    "Công ty bị buộc phải tháo dỡ công trình vi phạm.",
    "Ông Lê Văn Hòa bị buộc thôi việc từ tháng 5.",
    "Người vi phạm bị phạt 2 triệu đồng và buộc phải ký cam kết.",
    # sport: a card or a ban is no fine with an amount before the remedy
    "Cầu thủ Nguyễn Văn Toàn bị phạt thẻ vàng và buộc phải rời sân sớm vì chấn thương.",
    "Đội tuyển Thái Lan bị phạt 5.000 USD và bị buộc thi đấu không khán giả trận tiếp theo.",
    # crime: a prison term, an accusation
    "Ông Phạm Văn Đức bị phạt 3 năm tù và buộc bồi thường cho bị hại 200 triệu đồng.",
    "Câu lạc bộ Sông Lam bị phạt 20 triệu đồng vì cổ động viên đốt pháo sáng, buộc tội trọng tài là vô căn cứ.",
    "Hãng hàng không Sao Việt bị phạt 40 triệu đồng sau khi cáo buộc hành khách gây rối.",
    # business, weather: an obligation, a binding clause, a circumstance
    "Doanh nghiệp bị xử phạt 30 triệu đồng, các điều khoản ràng buộc trong hợp đồng vẫn giữ nguyên hiệu lực.",
    "Nhà hàng Hải Đăng bị phạt 15 triệu đồng, bắt buộc đóng cửa trong hai tuần.",
    "Cơn bão số 3 buộc hàng trăm chuyến bay phải hủy, nhiều hành khách bị phạt phí đổi vé.",
    "Tài xế xe tải bị xử phạt 18 triệu đồng và tước giấy phép lái xe 4 tháng.",
])
def test_no_fine_or_no_remedy_is_no_task(run, text):
    assert run(text) == []
