"""Task pattern family of a duty a rule or a document sets, on constructed sentences with several variants:
a frame naming the rule ("Theo quy định,", "Theo luật mới,", "Theo đó," after a document, "<document>
quy định / yêu cầu"), an adverbial perhaps ("trong mọi trường hợp,", "khi phát hiện ...,"), then a
party and an obligation modal ("phải", "có nghĩa vụ", "sẽ phải", "bắt buộc phải"). Near-misses, each naming a person or a body: opinions and quotes ("Theo ông A, X phải ..."), a
plan's schedule, a draft, "cần" of need, "phải" of consequence (a penalty, a hospital stay, a match
stopped by rain), a passive or a negated modal, a person's fate after a decision."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Theo quy định, các nhà phân phối phân bón phải mở tài khoản ký quỹ tại ngân hàng thương mại.",
     "các nhà phân phối phân bón", "mở tài khoản ký quỹ tại ngân hàng thương mại"),
    ("Theo quy định, thương nhân đầu mối kinh doanh khí đốt phải lập quỹ dự phòng rủi ro hằng năm.",
     "thương nhân đầu mối kinh doanh khí đốt", "lập quỹ dự phòng rủi ro hằng năm"),
    ("Theo luật mới, các nền tảng chia sẻ video phải gỡ bỏ nội dung vi phạm trong vòng 24 giờ.",
     "các nền tảng chia sẻ video", "gỡ bỏ nội dung vi phạm trong vòng 24 giờ"),
    ("Có hiệu lực từ ngày 1/4/2031, Nghị định 45/2031/NĐ-CP của Chính phủ quy định các quỹ khuyến học có "
     "nghĩa vụ công khai các khoản tài trợ đã tiếp nhận trên trang thông tin điện tử.",
     "các quỹ khuyến học", "công khai các khoản tài trợ đã tiếp nhận trên trang thông tin điện tử"),
    ("Thông tư 12/2031/TT-BYT yêu cầu các phòng khám tư nhân phải lưu trữ hồ sơ bệnh án điện tử tối thiểu "
     "10 năm.", "các phòng khám tư nhân", "lưu trữ hồ sơ bệnh án điện tử tối thiểu 10 năm"),
    ("Sở Giáo dục tỉnh Hòa Lâm vừa ban hành quy chế mới về sử dụng điện thoại. Theo đó, các học sinh phải "
     "nộp điện thoại cho giáo viên chủ nhiệm trước giờ học.",
     "các học sinh", "nộp điện thoại cho giáo viên chủ nhiệm trước giờ học"),
    ("Bộ Công Thương vừa ban hành quy định mới về tro xỉ. Theo đó, các nhà máy nhiệt điện phải chịu trách "
     "nhiệm tổ chức xử lý các chất thải phát sinh.",
     "các nhà máy nhiệt điện", "chịu trách nhiệm tổ chức xử lý các chất thải phát sinh"),
    ("Chính phủ ban hành Chỉ thị 15 về kỷ cương hành chính. Theo đó, trong mọi trường hợp, người đứng đầu "
     "phải chịu trách nhiệm quản lý công chức thuộc cơ quan mình.",
     "người đứng đầu", "chịu trách nhiệm quản lý công chức thuộc cơ quan mình"),
    ("Theo quy định, khi phát hiện hàng giả, các sàn thương mại điện tử phải gỡ bỏ sản phẩm trong vòng 24 giờ.",
     "các sàn thương mại điện tử", "gỡ bỏ sản phẩm trong vòng 24 giờ"),
    ("Quốc hội thông qua Luật Quảng cáo sửa đổi, theo đó các nền tảng mạng xã hội phải gắn nhãn nội dung "
     "quảng cáo.", "các nền tảng mạng xã hội", "gắn nhãn nội dung quảng cáo"),
    ("Điều này đã được ấn định trong Hiệp ước hạt nhân Bắc Âu, theo đó \"Na Uy phải thông báo cho Thụy Điển "
     "48 giờ trước khi tên lửa rời nhà máy\".", "Na Uy", "thông báo cho Thụy Điển 48 giờ trước khi tên lửa rời nhà máy"),
    ("Theo thông tư trên, học sinh Trường THCS Phan Văn Khải bắt buộc phải đo chỉ số thể lực và khám răng "
     "hàm mặt.", "học sinh Trường THCS Phan Văn Khải", "đo chỉ số thể lực và khám răng hàm mặt"),
])
def test_rule_duty(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_rule_duty_repeated_heads(run):
    got = {a for a, _ in pairs(run("Nghị định 45/2031/NĐ-CP của Chính phủ quy định quỹ khuyến học, quỹ bảo trợ "
                                   "trẻ em có nghĩa vụ công khai các khoản tài trợ trên trang thông tin điện tử."))}
    assert got == {"quỹ khuyến học", "quỹ bảo trợ trẻ em"}
    got = {a for a, _ in pairs(run("Bộ Công Thương vừa ban hành quy định mới về tro xỉ. Theo đó, các nhà máy, "
                                   "doanh nghiệp phát thải phải chịu trách nhiệm xử lý các chất thải phát sinh."))}
    assert got == {"các nhà máy, doanh nghiệp phát thải"}


def test_rule_duty_issuer_and_second_duty(run):
    tasks = run("Nghị định 45/2031/NĐ-CP của Chính phủ quy định các quỹ khuyến học có nghĩa vụ công khai các "
                "khoản tài trợ đã tiếp nhận trên trang thông tin điện tử.")
    assert {t.assigner for t in tasks} == {"Chính phủ"}
    tasks = run("Theo quy định, các đại lý xổ số phải đăng ký mã số kinh doanh tại Sở Tài chính, và phải nộp "
                "báo cáo doanh thu hằng quý cho Công ty Xổ số kiến thiết Hòa Lâm.")
    assert {t.action for t in tasks} == {"đăng ký mã số kinh doanh tại Sở Tài chính",
                                        "nộp báo cáo doanh thu hằng quý cho Công ty Xổ số kiến thiết Hòa Lâm"}
    assert {t.assigner for t in tasks} == {None}


@pytest.mark.parametrize("text", [
    # opinions and quotes: the frame names a person, or no frame at all
    "Theo ông Nguyễn Văn Hùng, Giám đốc Công ty cổ phần Sao Mai, các doanh nghiệp phải đổi mới công nghệ để "
    "cạnh tranh.",
    "Theo luật sư Trần Minh Đức, Công ty Sông Đà phải bồi thường cho người lao động theo hợp đồng.",
    "“Các doanh nghiệp phải minh bạch thông tin”, ông Phạm Văn Long, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và "
    "vừa, nói trong buổi tọa đàm.",
    "Theo dự báo của Trung tâm Dự báo khí tượng thủy văn quốc gia, người dân các tỉnh miền Trung phải đối "
    "mặt với mưa lớn.",
    # a plan's schedule (sport, travel)
    "Theo kế hoạch, đội tuyển Việt Nam sẽ phải thi đấu trận bán kết với Thái Lan vào tối 20/5 tại sân Mỹ Đình.",
    "Theo kế hoạch, đoàn công tác của Bộ Ngoại giao sẽ phải di chuyển bằng đường bộ do thời tiết xấu.",
    # "phải" of consequence: a match stopped, a hospital stay, a penalty, a person's fate after a decision
    "Theo quy định, trận đấu giữa câu lạc bộ Sông Lam Nghệ An và Bình Định phải dừng lại vì mưa lớn kéo dài.",
    "Bệnh viện Chợ Rẫy ban hành quyết định chuyển tuyến. Theo đó, ông Trần Văn Nam phải nhập viện điều trị "
    "thêm 2 tuần.",
    "Theo quy định, người vi phạm phải chịu mức phạt từ 10 đến 20 triệu đồng, Công an TP Hà Nội cho biết.",
    "Tòa án nhân dân tỉnh Hòa Lâm ra quyết định thi hành án. Theo đó, bị cáo Lê Văn Tư phải bồi thường cho "
    "bị hại 200 triệu đồng.",
    "Trọng tài Ngô Duy Lân quyết định rút thẻ đỏ. Theo đó, huấn luyện viên Park Hang-seo phải rời sân ngay.",
    # a person and the apposition of a title; an adverbial with no rule before "Theo đó"
    "Theo quy định, ông Trần Văn Bình, Giám đốc Công ty Sao Việt, phải nộp phạt 50 triệu đồng.",
    "Theo đó, sau khi Bộ Y tế công bố, các bệnh viện tư nhân như Bệnh viện Hồng Phúc phải cập nhật phác đồ.",
    # ", theo đó" after no rule: a contract, a match, a court's decision on a person
    "Công ty Hòa Bình vừa ký hợp đồng với Tập đoàn Vingroup, theo đó các kỹ sư của công ty phải làm thêm giờ.",
    "Trận đấu kết thúc với tỷ số 2-1 cho câu lạc bộ Hà Nội, theo đó đội Bình Định phải xuống hạng.",
    "Tòa án tỉnh Hòa Lâm ra quyết định, theo đó ông Lê Văn Tư phải bồi thường 200 triệu đồng.",
    # "cần" of need
    "Theo quy định, UBND tỉnh Lâm Đồng cần 5 tỷ đồng để hoàn thành dự án đường tránh.",
    # a passive, a negated modal
    "Theo quy định, hồ sơ của Công ty Hòa Phát phải được nộp trước ngày 15/6.",
    "Theo quy định, các doanh nghiệp như Công ty Thành Công không phải nộp thuế giá trị gia tăng năm đầu.",
    # a draft prescribes nothing yet; "Theo đó" with no rule before it
    "Dự thảo nghị định của Bộ Tài chính quy định các quỹ đầu tư phải công bố danh mục hằng tháng.",
    "Giá vàng tăng mạnh trong phiên sáng nay tại Công ty SJC. Theo đó, các nhà đầu tư phải cân nhắc kỹ "
    "trước khi mua.",
])
def test_no_rule_duty(run, text):
    assert not run(text)
