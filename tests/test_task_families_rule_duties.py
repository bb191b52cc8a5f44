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


@pytest.mark.parametrize("text, assignee, action", [
    # the action ends before a second clause with a subject of its own
    ("Theo quy định, các sàn giao dịch tiền mã hóa phải công khai danh sách khách hàng và chỉ các tài khoản "
     "đã xác minh mới được giao dịch.", "các sàn giao dịch tiền mã hóa", "công khai danh sách khách hàng"),
    ("Theo quy định, ngân hàng phải công khai lãi suất tiết kiệm và khách hàng có quyền lựa chọn kỳ hạn gửi.",
     "ngân hàng", "công khai lãi suất tiết kiệm"),
    ("Theo quy định, thương nhân đầu mối phải duy trì mức dự trữ tối thiểu 20 ngày, trong khi giá bán lẻ "
     "tiếp tục tăng.", "thương nhân đầu mối", "duy trì mức dự trữ tối thiểu 20 ngày"),
    ("Theo quy định, UBND tỉnh phải công bố thông tin về dự án, còn người dân có quyền giám sát.",
     "UBND tỉnh", "công bố thông tin về dự án"),
    ("Theo quy định, người bán phải xuất hóa đơn cho người mua, tuy nhiên nhiều cửa hàng vẫn không thực hiện.",
     "người bán", "xuất hóa đơn cho người mua"),
    ("Theo quy định, cá nhân kinh doanh trực tuyến phải kê khai doanh thu hằng tháng, nhưng nhiều người vẫn "
     "trốn thuế.", "cá nhân kinh doanh trực tuyến", "kê khai doanh thu hằng tháng"),
    # near-miss: a noun phrase after "và" with a relative "được" stays in the action
    ("Theo quy định, doanh nghiệp phải báo cáo về thu nhập và chi phí được khấu trừ trong năm.",
     "doanh nghiệp", "báo cáo về thu nhập và chi phí được khấu trừ trong năm"),
    # a numbered plan or a decision issued anchors "Theo đó"
    ("UBND tỉnh Hòa Lâm ban hành quyết định về giá đất. Theo đó, các chủ đầu tư phải nộp tiền sử dụng đất "
     "trong 30 ngày.", "các chủ đầu tư", "nộp tiền sử dụng đất trong 30 ngày"),
    ("UBND tỉnh Hòa Lâm ban hành Kế hoạch 45/KH-UBND về chuyển đổi số. Theo đó, các sở, ngành phải hoàn "
     "thành số hóa hồ sơ trong năm.", "các sở, ngành", "hoàn thành số hóa hồ sơ trong năm"),
])
def test_rule_duty_action_ends(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, actions", [
    ("Theo quy định, các ngân hàng thương mại phải trích lập dự phòng rủi ro và sẽ phải báo cáo Ngân hàng "
     "Nhà nước hằng quý.", {"trích lập dự phòng rủi ro", "báo cáo Ngân hàng Nhà nước hằng quý"}),
    ("Theo quy định, công ty phải trả lương đúng hạn cho người lao động và phải đóng bảo hiểm xã hội đầy đủ.",
     {"trả lương đúng hạn cho người lao động", "đóng bảo hiểm xã hội đầy đủ"}),
    ("Theo nội quy, các đại lý phải niêm yết giá bán lẻ và cũng phải lưu hóa đơn nhập hàng trong 5 năm.",
     {"niêm yết giá bán lẻ", "lưu hóa đơn nhập hàng trong 5 năm"}),
])
def test_rule_two_duties_without_comma(run, text, actions):
    assert {t.action for t in run(text)} == actions


@pytest.mark.parametrize("text", [
    # a penalty or an outcome for a party a rule names
    "Theo quy định, tài xế phải nộp phạt 10 triệu đồng và bị tước giấy phép lái xe.",
    "Theo quy định, doanh nghiệp vi phạm phải nộp lại toàn bộ số tiền thu lợi bất chính cho Kho bạc.",
    "Theo quy định, chủ xe phải nộp phạt gấp đôi nếu tái phạm trong vòng một năm.",
    "Theo quy chế, thí sinh vi phạm quy chế thi phải rời phòng thi ngay lập tức.",
    "Theo quy định, khách hàng phải trả phí 50.000 đồng cho mỗi lần rút tiền tại quầy.",
    "Theo quy định mới, lao động phổ thông phải chấp nhận mức lương thấp hơn trước.",
    "Ngân hàng Nhà nước vừa ban hành thông tư mới về lãi suất. Theo đó, người mua nhà phải trả thêm hàng "
    "triệu đồng tiền lãi mỗi tháng.",
    # "Theo đó" after a prosecution or a verdict: a fate, though a code is named
    "Công an huyện Hòa Lâm đã ra quyết định khởi tố vụ án. Theo đó, chủ cơ sở karaoke phải chịu trách "
    "nhiệm hình sự về hành vi vi phạm.",
    "Tòa án nhân dân tỉnh Hòa Lâm tuyên án theo Bộ luật Hình sự. Theo đó, Công ty Sao Kim phải bồi thường "
    "3.000 tỷ đồng cho các nhà đầu tư.",
    "Tòa án nhân dân tỉnh Hòa Lâm xét xử theo Bộ luật Hình sự, theo đó Công ty Sao Kim phải bồi thường "
    "3.000 tỷ đồng cho các nhà đầu tư.",
    # "Theo đó" after a word in passing: a lawyer, the verb "quyết định", a firm's business plan
    "Luật sư Trần Văn Hòe trình bày quan điểm bào chữa tại phiên tòa. Theo đó, các doanh nghiệp liên quan phải hoàn trả "
    "số tiền đã nhận.",
    "Ông Lê Văn Hòa quyết định bán căn nhà để trả nợ. Theo đó, ngân hàng phải giải chấp sổ đỏ cho ông.",
    "Tập đoàn Thép Nam Hà công bố kế hoạch kinh doanh năm 2031. Theo đó, các nhà máy thép phải vận hành "
    "hết công suất.",
    # a document two sentences back anchors nothing
    "Chính phủ vừa ban hành nghị định mới về xăng dầu. Giá xăng giảm nhẹ trong kỳ này. Theo đó, thương nhân "
    "đầu mối phải duy trì mức dự trữ 20 ngày.",
    # "sàn" of a ring, no exchange
    "Theo quy định, sàn đấu phải có kích thước tối thiểu 6 m mỗi cạnh.",
])
def test_no_rule_duty_outcome(run, text):
    assert not run(text)


def test_rule_duty_opens_no_passage(run):
    tasks = run("Theo quy định, doanh nghiệp phải nộp báo cáo tài chính trước ngày 31/3. Các sở, ngành cần "
                "theo dõi chặt chẽ.")
    assert {t.assignee for t in tasks} == {"doanh nghiệp"}


@pytest.mark.parametrize("text, assignee, action", [
    # a word inside a longer tagged word opens no new subject nor a contrast ("cần thiết", "song song")
    ("Theo quy định, các doanh nghiệp xây dựng phải cung cấp sổ sách kế toán và các tài liệu cần thiết cho đoàn thanh tra "
     "của Sở Tài chính.", "các doanh nghiệp xây dựng",
     "cung cấp sổ sách kế toán và các tài liệu cần thiết cho đoàn thanh tra của Sở Tài chính"),
    ("Theo quy chế, các trung tâm ngoại ngữ phải tổ chức lớp học tại chỗ, song song với việc duy trì lớp "
     "trực tuyến.", "các trung tâm ngoại ngữ",
     "tổ chức lớp học tại chỗ, song song với việc duy trì lớp trực tuyến"),
    # "và" + an object noun phrase with a relative modal stays in the action
    ("Theo quy định, các doanh nghiệp xây dựng phải công khai dư nợ vay và các khoản phải trả trong báo cáo quyết toán năm.",
     "các doanh nghiệp xây dựng", "công khai dư nợ vay và các khoản phải trả trong báo cáo quyết toán năm"),
    ("Theo quy định, chủ đầu tư dự án Khu đô thị Nam Hòa phải lập danh sách các hộ dân và những người được "
     "phép tái định cư tại chỗ.", "chủ đầu tư dự án Khu đô thị Nam Hòa",
     "lập danh sách các hộ dân và những người được phép tái định cư tại chỗ"),
    ("Theo quy định, chủ đầu tư dự án Khu đô thị Nam Hòa phải lập danh sách các hộ dân và các lô đất được "
     "phép chuyển đổi.", "chủ đầu tư dự án Khu đô thị Nam Hòa",
     "lập danh sách các hộ dân và các lô đất được phép chuyển đổi"),
    ("Theo quy định, Ngân hàng Hòa Lâm phải thông báo cho khách hàng và người thân được phép nhận tiền thay.",
     "Ngân hàng Hòa Lâm", "thông báo cho khách hàng và người thân được phép nhận tiền thay"),
    ("Theo quy định, Trung tâm Bảo trợ Nam Hòa phải hỗ trợ người khuyết tật và người cao tuổi cần chăm sóc dài "
     "hạn.", "Trung tâm Bảo trợ Nam Hòa", "hỗ trợ người khuyết tật và người cao tuổi cần chăm sóc dài hạn"),
    ("Theo quy định, các đơn vị sự nghiệp phải báo cáo kết quả kiểm kê và những tài sản được phép thanh lý "
     "trong năm.", "các đơn vị sự nghiệp", "báo cáo kết quả kiểm kê và những tài sản được phép thanh lý trong năm"),
    # "vi phạm" as the object of another verb names no offender
    ("Theo quy định, các doanh nghiệp phát hiện vi phạm phải báo cáo ngay cho Sở Công Thương tỉnh Hòa Lâm.",
     "các doanh nghiệp phát hiện vi phạm", "báo cáo ngay cho Sở Công Thương tỉnh Hòa Lâm"),
    # "chấp nhận" of a payment accepted is a duty ("chấp nhận mức lương ..." is not)
    ("Theo quy định, các cửa hàng xăng dầu phải chấp nhận thanh toán bằng thẻ ngân hàng nội địa.",
     "các cửa hàng xăng dầu", "chấp nhận thanh toán bằng thẻ ngân hàng nội địa"),
    # a verdict word after "hướng dẫn", "thẩm quyền", "kiến nghị" is a guidance's topic, no verdict
    ("Tòa án tối cao nước Cộng hòa Nam Sơn ban hành nghị quyết hướng dẫn xét xử các vụ án buôn lậu. Theo đó, "
     "các tòa án cấp tỉnh phải áp dụng thống nhất khung hình phạt.", "các tòa án cấp tỉnh",
     "áp dụng thống nhất khung hình phạt"),
    ("Luật Tổ chức Tòa án của nước Cộng hòa Nam Sơn quy định rõ thẩm quyền xét xử. Theo đó, các tòa án khu "
     "vực phải giải quyết các vụ án hành chính sơ thẩm.", "các tòa án khu vực",
     "giải quyết các vụ án hành chính sơ thẩm"),
    ("Bộ Nội vụ nước Cộng hòa Nam Sơn ban hành thông tư hướng dẫn tiếp nhận tin báo và kiến nghị khởi tố. "
     "Theo đó, cơ quan điều tra phải trả lời người báo tin trong 15 ngày.", "cơ quan điều tra",
     "trả lời người báo tin trong 15 ngày"),
])
def test_rule_duty_second_review(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    # a person's noun after "và" before its own modal opens a new subject: the action ends before "và"
    ("Theo quy định của Trường THPT Nam Hòa, học sinh phải mặc đồng phục và giáo viên được phép mặc trang phục tự "
     "chọn.", "học sinh", "mặc đồng phục"),
    ("Theo quy định của Công ty Hòa Lâm, người lao động phải khai báo tạm trú và những người được phép nghỉ phải "
     "nộp giấy xác nhận.", "người lao động", "khai báo tạm trú"),
])
def test_rule_duty_ends_before_a_persons_own_modal(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, actions", [
    # a second duty that is a penalty or negated is no task
    ("Theo quy định, các chủ xe khách phải dừng xe đúng bến của Bến xe Hòa Lâm và phải nộp phạt nếu vi phạm.",
     {"dừng xe đúng bến của Bến xe Hòa Lâm"}),
    ("Theo nội quy, các đại lý của Công ty Sao Mai phải niêm yết giá bán lẻ và phải chịu mức phạt nếu tái phạm.",
     {"niêm yết giá bán lẻ"}),
    ("Theo quy định, các phòng khám tư nhân phải lưu trữ hồ sơ bệnh án, và phải không ngừng cập nhật phần "
     "mềm của Sở Y tế.", {"lưu trữ hồ sơ bệnh án"}),
    # near-miss: a new subject after "và" (a party) still ends the action
    ("Theo quy định, Ngân hàng Sao Việt phải công khai biểu phí và khách hàng có quyền từ chối dịch vụ.",
     {"công khai biểu phí"}),
])
def test_rule_second_duty_refused(run, text, actions):
    assert {t.action for t in run(text)} == actions


@pytest.mark.parametrize("text", [
    # near-misses: the offender right after the party's head; a verdict is the sentence's own word
    "Theo quy định, các doanh nghiệp vi phạm quy định về môi trường của tỉnh Hòa Lâm phải khắc phục hậu quả.",
    "Theo quy định, người tái phạm tại Khu công nghiệp Nam Hòa phải khắc phục toàn bộ thiệt hại.",
    "Tòa án nhân dân tỉnh Hòa Lâm xét xử theo Bộ luật Hình sự. Theo đó, Công ty Sao Kim phải hoàn trả "
    "500 tỷ đồng cho khách hàng.",
])
def test_no_rule_duty_second_review(run, text):
    assert not run(text)
