"""Task family of a court's order to a party in a civil or administrative judgment, on constructed texts
with several variants: "buộc" right after a court printed bare ("tòa buộc Công ty A phải bồi thường ..."),
or opening a clause ("..., buộc bà A phải hoàn trả ...", "Trong đó buộc UBND huyện B phải cấp ...") after a
court printed in its sentence or, when the sentence opens with the order or a ruling ("Chấp nhận ...,
buộc ..."), the one before, orders the person or body named after it.

Near misses: "buộc" in ordinary news of other topics, where a circumstance forces someone (sport, weather,
business, world news), a court addressed or reached ("đề nghị tòa buộc ...", "khởi kiện ra tòa"), a word that
names no court ("tòa nhà", "tòa soạn", "phiên tòa"), a passive or a purpose ("bị buộc", "để buộc"), a
circumstance of its own after a sentence naming a court ("... . Mưa lớn kéo dài, buộc UBND huyện X ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tòa án nhân dân quận Ngũ Hành Sơn mở phiên xét xử. Về trách nhiệm dân sự, tòa buộc Công ty cổ phần Xây "
     "dựng Minh Phát phải bồi thường 2 tỉ đồng cho ông Toàn.",
     "Công ty cổ phần Xây dựng Minh Phát", "bồi thường 2 tỉ đồng cho ông Toàn"),
    ("Hội đồng xét xử chấp nhận yêu cầu của nguyên đơn, buộc bà Lê Thị Hoa phải hoàn trả cho ông Bình hơn 3 "
     "tỉ đồng.",
     "Lê Thị Hoa", "hoàn trả cho ông Bình hơn 3 tỉ đồng"),
    ("Tòa bác yêu cầu khởi kiện của ông Khải. Chấp nhận yêu cầu phản tố của bị đơn, buộc ông Vũ Đình Khải "
     "phải trả lại mặt bằng cho Công ty TNHH Thành An.",
     "Vũ Đình Khải", "trả lại mặt bằng cho Công ty TNHH Thành An"),
    ("Tháng 5-2024, Tòa án nhân dân tỉnh Bình Định đã ban hành bản án phúc thẩm. Trong đó buộc UBND huyện Tuy "
     "Phước phải cấp giấy chứng nhận quyền sử dụng đất cho ông An.",
     "UBND huyện Tuy Phước", "cấp giấy chứng nhận quyền sử dụng đất cho ông An"),
    ("Hội đồng xét xử buộc UBND thị xã Sơn Tây thu hồi quyết định xử phạt đã ban hành.",
     "UBND thị xã Sơn Tây", "thu hồi quyết định xử phạt đã ban hành"),
])
def test_a_court_orders_the_party_named(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Trận thua đậm buộc HLV Park Hang-seo phải thay đổi đội hình xuất phát.",
    "Vụ cháy tòa nhà chung cư, buộc bà Nguyễn Thị Lan phải sơ tán cùng các con.",
    "Giá vàng tăng mạnh, buộc Ngân hàng Nhà nước phải can thiệp thị trường.",
    "Bão số 3 đổ bộ, buộc UBND huyện Cát Hải phải cho học sinh nghỉ học.",
    "Lệnh trừng phạt mới buộc Tập đoàn Hoàng Phát phải dừng xuất khẩu sang châu Âu.",
    "Ông Bình khởi kiện ra tòa. Giá thuê tăng, buộc bà Trần Thị Hoa phải chuyển nhà.",
    "Tại phiên tòa, bị cáo thừa nhận hành vi. Áp lực nợ nần, buộc ông Lê Văn Lâm phải bán nhà.",
    "Tòa soạn nhận được phản ánh, giá điện tăng buộc Công ty TNHH Hoàng Long phải cắt giảm sản xuất.",
    "Các thẩm phán cho biết họ có đủ căn cứ để buộc ông Netanyahu phải chịu trách nhiệm hình sự.",
    "Sau bản án, dư luận bức xúc. Công ty TNHH Minh Long bị buộc phải nộp lại 200 triệu đồng.",
    "Cơn mưa lớn buộc trận đấu giữa Hà Nội FC và Nam Định phải tạm dừng.",
    "Tòa án nhân dân tỉnh Hà Tĩnh xử sơ thẩm vụ án. Mưa lớn kéo dài, buộc UBND huyện Kỳ Anh phải sơ tán dân.",
    "Tòa tháp bị nghiêng, buộc Công ty TNHH Đông Á phải di dời toàn bộ cư dân.",
    "Bản án có hiệu lực, nhưng áp lực dư luận buộc ông Phan Văn Tú phải từ chức.",
])
def test_no_court_order(run, text):
    assert not any(t.action.startswith(("thay đổi", "sơ tán", "can thiệp", "cho học sinh", "dừng xuất khẩu",
                                        "chuyển nhà", "bán nhà", "cắt giảm", "chịu trách nhiệm", "nộp lại",
                                        "tạm dừng", "sơ tán dân", "di dời", "từ chức"))
                   for t in run(text)), pairs(run(text))


def test_a_plea_for_an_order_orders_no_party(run):
    tasks = run("Nguyên đơn đề nghị tòa buộc Công ty TNHH Hoàng Long phải trả lại 2 tỉ đồng cho bà Hạnh.")
    assert not any(t.assignee.startswith("Công ty") for t in tasks), pairs(tasks)
