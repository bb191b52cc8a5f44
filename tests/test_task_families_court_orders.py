"""Task family of a court's order to a party in a civil or administrative judgment, on constructed texts
with several variants: "buộc" right after a court printed bare ("tòa buộc Công ty A phải bồi thường ..."),
or opening a clause ("..., buộc bà A phải hoàn trả ...", "Trong đó buộc UBND huyện B phải cấp ...") after a
court printed in its sentence or, when the sentence opens with the order or a ruling ("Chấp nhận ...,
buộc ..."), the one before, orders the person or body named after it.

Near misses: "buộc" in ordinary news of other topics, where a circumstance forces someone (sport, weather,
business, world news), a court addressed or reached ("đề nghị tòa buộc ...", "khởi kiện ra tòa"), a word that
names no court ("tòa nhà", "tòa soạn", "phiên tòa"), a passive or a purpose ("bị buộc", "để buộc"), a
circumstance of its own after a sentence naming a court ("... . Mưa lớn kéo dài, buộc UBND huyện X ..."), a
court whose clause is no ruling or not the one before ", buộc" ("Tòa án X chặn chính sách ..., buộc ...",
"Sau khi tòa bác đơn, áp lực tăng, buộc ..."), a word that only looks like a ruling ("Xử lý ...", "Hủy chuyến
bay ...", "Chấp nhận rủi ro ..."), a building named "tòa" with its label ("tòa B2", "Tòa A").

An administrative authority's decision orders too ("UBND tỉnh X ra quyết định xử phạt ..., buộc Công ty A
phải ..."); the assigner is the court or the authority, never the party ordered."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("HĐXX chấp nhận yêu cầu khởi kiện, buộc ông Đặng Văn Lực phải trả cho bà Thoa 1,5 tỉ đồng.",
     "HĐXX", "Đặng Văn Lực", "trả cho bà Thoa 1,5 tỉ đồng"),
    ("Tòa án Liên bang Úc bác đơn, buộc ông Peter Hollis phải nộp khoản bảo lãnh 2 triệu USD.",
     "Tòa án Liên bang Úc", "Peter Hollis", "nộp khoản bảo lãnh 2 triệu USD"),
    ("Tòa bác yêu cầu khởi kiện của bà Quyên. Chấp nhận yêu cầu độc lập của Trung tâm Phát triển quỹ đất, buộc "
     "bà Lò Thị Quyên phải hoàn trả 4 tỉ đồng.",
     "Tòa", "Lò Thị Quyên", "hoàn trả 4 tỉ đồng"),
    ("Tòa đã xử xong. Đồng thời, buộc ông Khúc Văn Phong phải trả lại căn nhà cho bà Nhàn.",
     "Tòa", "Khúc Văn Phong", "trả lại căn nhà cho bà Nhàn"),
    ("UBND tỉnh Quảng Ngãi ra quyết định xử phạt Công ty cổ phần khoáng sản Đồng Tiến 200 triệu đồng, buộc "
     "Công ty cổ phần khoáng sản Đồng Tiến phải khôi phục hiện trạng.",
     "Ủy ban nhân dân tỉnh Quảng Ngãi", "Công ty cổ phần khoáng sản Đồng Tiến", "khôi phục hiện trạng"),
    ("Thanh tra Bộ Xây dựng kết luận nhiều sai phạm, buộc UBND quận Thanh Xuân phải thu hồi giấy phép đã cấp.",
     "Thanh tra Bộ Xây dựng", "UBND quận Thanh Xuân", "thu hồi giấy phép đã cấp"),
    ("Chủ tịch UBND tỉnh ký quyết định thu hồi đất, buộc Công ty TNHH Hưng Thịnh phải bàn giao mặt bằng.",
     "Chủ tịch UBND tỉnh", "Công ty TNHH Hưng Thịnh", "bàn giao mặt bằng"),
])
def test_the_court_or_authority_orders(run, text, assigner, assignee, action):
    tasks = run(text)
    assert (assigner, assignee, action) in {(t.assigner, t.assignee, t.action) for t in tasks}, \
        [(t.assigner, t.assignee, t.action) for t in tasks]


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
    tasks = run(text)
    assert (assignee, action) in pairs(tasks), pairs(tasks)
    assert all(t.assigner != t.assignee for t in tasks), [(t.assigner, t.assignee) for t in tasks]


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
    "Sau khi tòa án bác đơn kháng cáo, áp lực dư luận tăng cao, buộc ông Lương Văn Khải phải từ chức giám đốc.",
    "Tòa án Tối cao Canada chặn chính sách thuế mới, buộc chính phủ liên bang phải tìm phương án khác.",
    "Tòa án Hình sự quốc tế ra lệnh bắt, buộc ông Aldo Vesper phải hủy chuyến thăm Kenya.",
    "Phán quyết của trọng tài khiến đội khách bức xúc, buộc HLV Lại Văn Sâm phải rút cầu thủ ra sân.",
    "Hỏa hoạn bùng phát tại tòa HH4 của khu đô thị, buộc Ban quản lý tòa nhà phải cắt điện toàn bộ.",
    "Tòa A chung cư Hoàng Cầu bị nứt tường, buộc ông Mạc Văn Tuệ phải đưa gia đình đi nơi khác.",
    "Tòa B2 của dự án đã cất nóc. Giữ nguyên giá bán, buộc chủ đầu tư phải chấp nhận lỗ.",
    "Cổ phiếu lao dốc sau phán quyết của tòa, buộc Tập đoàn Minh Khang phải bán bớt tài sản.",
    "Vụ kiện kéo dài nhiều năm tại tòa khiến chi phí pháp lý tăng vọt, buộc doanh nghiệp phải cắt giảm nhân sự.",
    "Tòa án nhân dân quận 5 thụ lý vụ án. Xử lý nghiêm vi phạm, buộc bà Tạ Thị Ngát phải tháo dỡ công trình.",
    "Tòa án nhân dân quận 5 thụ lý vụ án. Hủy chuyến bay đột ngột, buộc bà Tạ Thị Ngát phải ở lại sân bay.",
    "Tòa án nhân dân quận 5 thụ lý vụ án. Sửa đường kéo dài, buộc bà Tạ Thị Ngát phải đi đường vòng.",
    "Tòa án nhân dân quận 5 thụ lý vụ án. Chấp nhận rủi ro, buộc bà Tạ Thị Ngát phải vay thêm tiền.",
    "Tòa án tỉnh Tây Ninh mở phiên phúc thẩm. Hủy chuyến bay đột ngột, buộc ông Hứa Minh Tâm phải ở lại sân bay.",
    "Lệnh cấm vận được tòa án phúc thẩm giữ nguyên, buộc Tập đoàn Viễn Sơn phải tìm nhà cung cấp khác.",
    "Ông Tạ Văn Lộc cho biết, từ bản án này, đơn vị đã rút kinh nghiệm, buộc các cán bộ phải kiểm tra kỹ hồ sơ.",
])
def test_no_court_order(run, text):
    assert run(text) == [], pairs(run(text))


def test_a_plea_for_an_order_orders_no_party(run):
    tasks = run("Nguyên đơn đề nghị tòa buộc Công ty TNHH Hoàng Long phải trả lại 2 tỉ đồng cho bà Hạnh.")
    assert not any(t.assignee.startswith("Công ty") for t in tasks), pairs(tasks)
