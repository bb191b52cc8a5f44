"""Task pattern family: a sentence of two duties of one assignee, the second after ";" with no subject of its
own ("<directive cue> Sở A rà soát ...; khắc phục ... (a long clause)"): the second clause is one more task of
the assignee. Not split: a short trailing clause, a list of three or more clauses, a subject's own or a
modal's duties, a first duty that directs another agent, a request up or across ("đề nghị"), a reported past
directive, a second clause of stance, result, fact or passive, the assigner's own purse or place, a ";"
inside brackets. A split first duty keeps none of the second's dates."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LONG_SECOND = ("khắc phục ngay những ổ gà, vết nứt lớn trên các tuyến tỉnh lộ 12 và 14, giữ an toàn cho "
               "người đi đường cùng xe cộ qua lại suốt mùa mưa lũ năm nay ở mấy xã vùng núi phía tây")
SECOND_B = ("phối hợp cùng hai nhà thầu Tân Phú để đẩy nhanh khâu đền bù đất, dời cột điện, đường ống nước "
            "và cáp quang, giao đủ phần đất sạch cho bên thi công đúng như đã hứa với nhà đầu tư")
SECOND_C = ("xử lý thật nặng những tiệm, những người bán son phấn giả, không rõ xuất xứ, nêu tên từng tiệm "
            "sai phạm lên báo, đài, trang mạng của ngành để người mua biết mà tránh xa, không bị lừa thêm")


# --------------------------------------------------------------------------- two duties, the second long


@pytest.mark.parametrize("text, assignee, first, second", [
    ("Chủ tịch UBND tỉnh Hòa Lâm yêu cầu Sở Giao thông vận tải khẩn trương rà soát lại mọi con đường "
     "đã xuống cấp; " + LONG_SECOND + ".",
     "Sở Giao thông vận tải", "khẩn trương rà soát lại mọi con đường đã xuống cấp", LONG_SECOND),
    ("Phó Thủ tướng giao UBND thành phố Bình Sơn chỉ đạo làm xong giấy tờ của dự án cầu Tân Phú, cầu "
     "Hạ Vân; " + SECOND_B + ".",
     "UBND thành phố Bình Sơn", "chỉ đạo làm xong giấy tờ của dự án cầu Tân Phú, cầu Hạ Vân", SECOND_B),
    ("Bộ trưởng giao Cục Quản lý thị trường tăng cường đi xem xét các tiệm bán son phấn; " + SECOND_C + ".",
     "Cục Quản lý thị trường", "tăng cường đi xem xét các tiệm bán son phấn", SECOND_C),
])
def test_second_duty_is_a_task(run, text, assignee, first, second):
    got = pairs(run(text))
    assert (assignee, first) in got  # the first duty stops at its ";" and keeps its commas
    assert (assignee, second) in got


# --------------------------------------------------------------------------- near misses


def test_short_second_clause_not_split(run):
    # a short clause after ";" rounds off the first duty
    got = run("Thủ tướng yêu cầu Sở Tài chính tỉnh Đông Lâm rà soát lại mọi khoản chi thường xuyên; "
              "bảo đảm rõ ràng, công khai.")
    assert [t.action for t in got] == ["rà soát lại mọi khoản chi thường xuyên"]


def test_three_clause_list_not_split(run):
    got = run("Chủ tịch UBND tỉnh Hòa Lâm yêu cầu Sở Giao thông vận tải khẩn trương rà soát các con đường; "
              + LONG_SECOND + "; báo cáo kết quả về UBND tỉnh Hòa Lâm.")
    assert all(t.action != LONG_SECOND for t in got)


def test_first_duty_directing_an_agent_not_split(run):
    # "chỉ đạo các địa phương ...; <verb> ...": whose duty the second clause is stays open
    got = run("Thủ tướng giao Bộ Nội vụ chỉ đạo các địa phương rà soát lại cán bộ cấp xã; " + LONG_SECOND + ".")
    assert only(got, "Bộ Nội vụ", "chỉ đạo các địa phương rà soát lại cán bộ cấp xã")


def test_modal_duty_not_split(run):
    got = run("Giám đốc Công ty Điện lực Hòa Lâm yêu cầu các đội điện kiểm tra lại toàn bộ trạm biến áp. "
              "Các đơn vị quản lý điện lực cần tăng cường nhắc nhở dân ở gần đường dây cao thế; "
              + LONG_SECOND + ".")
    assert only(got, "Các đơn vị quản lý điện lực", "tăng cường nhắc nhở dân ở gần đường dây cao thế")


def test_second_clause_with_own_subject_not_the_first_assignee(run):
    got = pairs(run("Chủ tịch UBND tỉnh Hòa Lâm yêu cầu Sở Giao thông vận tải rà soát các con đường; Sở Tài "
                    "chính " + LONG_SECOND + "."))
    assert all(not (a == "Sở Giao thông vận tải" and act.startswith("khắc phục ngay")) for a, act in got)
    assert ("Sở Giao thông vận tải", "rà soát các con đường") in got


def test_prohibition_not_split(run):
    prohibition = ("không để xe cộ dồn ứ nhiều giờ liền ở mấy ngã tư lớn trong thành phố Đông Lâm, nhất là "
                   "lúc tan tầm buổi sáng và buổi chiều trong những ngày nghỉ lễ dài sắp đến")
    got = run("Chủ tịch UBND tỉnh Hòa Lâm yêu cầu Công an tỉnh cắt cử thêm người đi tuần đêm; " + prohibition + ".")
    assert only(got, "Công an tỉnh", "cắt cử thêm người đi tuần đêm")


def only(got, assignee, first):
    """The assignee has exactly its first duty: nothing split off."""
    return [t.action for t in got if t.assignee == assignee] == [first]


def test_split_first_duty_keeps_no_later_deadline(run):
    got = run("Chủ tịch UBND thành phố Đông Lâm yêu cầu Sở Xây dựng khẩn trương xem xét hiện trạng mấy khu tập thể "
              "xuống cấp; lập danh mục những dãy nhà hư hỏng nặng phải dời dân đi ngay, tìm chỗ ở tạm cho các gia "
              "đình ở đó, gửi kết quả về UBND thành phố trước ngày 15/5/2025.")
    dues = {t.action.split()[0]: t.deadline for t in got if t.assignee == "Sở Xây dựng"}
    assert dues == {"khẩn": None, "lập": "2025-05-15"}


# --------------------------------------------------------------------------- not a second duty of the assignee

STANCE = ("kiên quyết giữ vững chủ quyền và quyền tài phán đối với vùng biển, thềm lục địa của Việt Nam theo "
          "đúng luật pháp quốc tế, theo Công ước năm 1982 cùng các điều ước mà các bên đã ký kết từ lâu")


@pytest.mark.parametrize("text, assignee, first", [
    # a request across: the requester's own stance follows
    ("Phát ngôn viên nước Tây Lâm đề nghị Đông Lục đưa ngay tàu thăm dò rời khỏi vùng biển; " + STANCE + ".",
     "Đông Lục", "đưa ngay tàu thăm dò rời khỏi vùng biển"),
    ("Việt Nam đề nghị Đông Lục tôn trọng thỏa thuận đã ký giữa hai nước; tiếp tục phản đối mọi việc làm đơn "
     "phương khiến tình hình thêm căng thẳng, ảnh hưởng tới hòa bình, ổn định cùng sự an toàn đi lại trên biển "
     "ở cả khu vực lẫn thế giới.", "Đông Lục", "tôn trọng thỏa thuận đã ký giữa hai nước"),
    # a request up: the requester's own purse or place follows
    ("UBND tỉnh Hòa Lâm đề nghị Bộ Tài chính bố trí thêm kinh phí cho nông dân mất mùa; chủ động xuất 40 tỷ đồng "
     "từ quỹ dự phòng của tỉnh để giúp các hộ gia đình gieo trồng lại, sửa lại nhà cửa, sớm ổn định đời sống "
     "sau trận lũ lớn mới đây.", "Bộ Tài chính", "bố trí thêm kinh phí cho nông dân mất mùa"),
    # a directive cue, but the second clause is a stance, the assigner's place, a result, a fact or a passive
    ("Bộ Ngoại giao yêu cầu phía Đông Lục đưa ngay tàu thăm dò rời khỏi vùng biển; " + STANCE + ".",
     None, "đưa ngay tàu thăm dò rời khỏi vùng biển"),
    ("Sở Y tế Bình Sơn yêu cầu Bộ Y tế sớm cấp phép cho loại thuốc điều trị mới; chủ động làm việc cùng mấy bệnh "
     "viện lớn trên địa bàn thành phố để lo đủ bác sĩ, giường bệnh và thuốc men cho chừng một trăm nghìn người "
     "bệnh trong mấy tháng tới.", "Bộ Y tế", "sớm cấp phép cho loại thuốc điều trị mới"),
    ("Bộ Y tế yêu cầu các tỉnh theo dõi sát bệnh sốt xuất huyết ở mấy xóm trọ; tập trung chủ yếu ở nhóm người "
     "từ 15 tới 35 tuổi, với chừng 60% số ca bệnh ghi nhận ở các tỉnh miền Trung, nhất là ở những nơi đông dân "
     "và gần các bãi rác lớn.", "các tỉnh", "theo dõi sát bệnh sốt xuất huyết ở mấy xóm trọ"),
    ("Thủ tướng yêu cầu Bộ Giao thông vận tải đẩy nhanh dự án cầu Hạ Vân; tiếp tục được Quốc hội theo dõi sát sao "
     "trong cả quá trình làm, công trình này là dự án lớn của cả nước với số vốn nhiều nhất từ "
     "trước đến giờ.", "Bộ Giao thông vận tải", "đẩy nhanh dự án cầu Hạ Vân"),
    ("Chủ tịch UBND tỉnh Hòa Lâm chỉ đạo Công an tỉnh điều tra ngay các bãi cát trên sông Lam Hạ; chỉ đạo nêu "
     "trên đưa ra sau khi người dân phản ánh việc hút cát lậu kéo dài nhiều tháng, làm lở bờ sông, mất đất ruộng "
     "ở nhiều thôn.", "Công an tỉnh", "điều tra ngay các bãi cát trên sông Lam Hạ"),
    # a reported past directive and its results
    ("Năm 2023, UBND tỉnh Hòa Lâm giao Sở Công Thương xem xét lại các cụm công nghiệp; vượt kế hoạch 15% về thu "
     "hút vốn, đưa thêm nhiều nhà máy vào chạy, tạo chỗ làm ổn định cho hàng nghìn người ở các huyện phía bắc của "
     "tỉnh trong năm.", "Sở Công Thương", "xem xét lại các cụm công nghiệp"),
    ("Thanh tra tỉnh Hòa Lâm đã yêu cầu Sở Xây dựng sửa ngay các lỗi trong hồ sơ thầu; nghiêm túc nhận ra các thiếu "
     "sót trong khâu quản lý, điều hành của những người đứng đầu sở tại buổi làm việc hôm 5/2 vừa qua cùng đại diện "
     "nhiều sở, ngành của tỉnh.", "Sở Xây dựng", "sửa ngay các lỗi trong hồ sơ thầu"),
])
def test_not_the_assignees_second_duty(run, text, assignee, first):
    got = run(text)
    if assignee is None:  # the assignee as the base reads it
        assignee = next(t.assignee for t in got if t.action == first)
    assert only(got, assignee, first)


def test_modal_had_to_not_split(run):
    # "phải" may be "had to": a modal's clauses are not split
    got = run("Giám đốc Công ty Điện lực Hòa Lâm yêu cầu các đội điện kiểm tra lại trạm biến áp. Vì thiếu điện, "
              "các đơn vị quản lý điện lực phải ngắt điện luân phiên ở nhiều nơi; tập trung chủ yếu vào mấy khu "
              "công nghiệp lớn ở phía nam tỉnh, khiến hàng trăm nhà máy phải dừng chạy máy, hàng nghìn người lao "
              "động nghỉ việc không lương nhiều ngày.")
    assert not any(t.action.startswith("tập trung chủ yếu") for t in got)


def test_semicolon_inside_brackets_not_split(run):
    text = ("Thủ tướng giao Bộ Công Thương (đơn vị chủ trì; phối hợp cùng Bộ Tài chính, Bộ Xây dựng và mấy địa "
            "phương liên quan khi làm, giữ đúng tiến độ và chất lượng) báo cáo Chính phủ việc xem xét lại các dự "
            "án điện mặt trời trong quý III.")
    assert not any(t.action.startswith("phối hợp cùng") for t in run(text))
