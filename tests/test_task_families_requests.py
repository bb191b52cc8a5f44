"""Task pattern families of requests, each on constructed sentences with several variants: requests
made by voters, deputies and members of parliament ("cử tri / đại biểu / nghị sĩ đề nghị X ..."), and
a reason adjunct (", với lý do ...") that ends the action."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


# --------------------------------------------------------------------------- public speakers


@pytest.mark.parametrize("text, assignee, action", [
    ("Cử tri đề nghị Quốc hội tăng mức hình phạt đối với các hành vi này.",
     "Quốc hội", "tăng mức hình phạt đối với các hành vi này"),
    ("Nhiều cử tri kiến nghị Chính phủ sớm điều chỉnh giá điện sinh hoạt.",
     "Chính phủ", "sớm điều chỉnh giá điện sinh hoạt"),
    ("Đại biểu đề nghị Bộ Giáo dục và Đào tạo sớm ban hành thông tư hướng dẫn.",
     "Bộ Giáo dục và Đào tạo", "sớm ban hành thông tư hướng dẫn"),
    ("Các nghị sĩ đã kêu gọi chính phủ rà soát toàn bộ các hợp đồng mua sắm.",
     "chính phủ", "rà soát toàn bộ các hợp đồng mua sắm"),
])
def test_public_speaker_request(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Cử tri tỉnh Nam Định cho rằng giá điện tăng cao.",
    "Đại biểu Quốc hội tiếp xúc cử tri tại huyện Hải Hậu.",
    "Các nghị sĩ đã thảo luận về dự luật trong hai ngày.",
])
def test_public_speaker_without_request(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- reason adjunct


@pytest.mark.parametrize("text, assignee, action", [
    ("Các nghị sĩ đã kêu gọi chính phủ cấm sử dụng các camera này, với lý do công nghệ giám sát có thể "
     "gây ra mối đe dọa.", "chính phủ", "cấm sử dụng các camera này"),
    ("Thủ tướng yêu cầu Bộ Tài chính rà soát các dự án, lý do là tiến độ giải ngân còn chậm.",
     "Bộ Tài chính", "rà soát các dự án"),
    ("UBND tỉnh giao Sở Xây dựng kiểm tra các công trình, với lý do nhiều công trình xuống cấp.",
     "Sở Xây dựng", "kiểm tra các công trình"),
])
def test_reason_ends_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_reason_word_inside_action_kept(run):
    # "lý do" without the comma-led adjunct is part of what is to be done
    got = pairs(run("Thủ tướng yêu cầu Bộ Công an làm rõ lý do chậm trễ trong việc cấp hộ chiếu."))
    assert ("Bộ Công an", "làm rõ lý do chậm trễ trong việc cấp hộ chiếu") in got


# --------------------------------------------------------------------------- "đề nghị với X"


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng đã đề nghị với lãnh đạo Cộng hòa Dominica sớm đàm phán các hiệp định về thương mại.",
     "lãnh đạo Cộng hòa Dominica", "sớm đàm phán các hiệp định về thương mại"),
    ("Bộ trưởng đề nghị với Chính phủ Lào sớm hoàn thành tuyến đường.",
     "Chính phủ Lào", "sớm hoàn thành tuyến đường"),
    ("Chủ tịch UBND tỉnh yêu cầu với các sở, ngành rà soát toàn bộ hồ sơ tồn đọng.",
     "các sở, ngành", "rà soát toàn bộ hồ sơ tồn đọng"),
])
def test_request_with_preposition(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Thủ tướng đề nghị với tinh thần cầu thị.",
    "Các ý kiến đề nghị với nội dung tương tự đã được tiếp thu.",
])
def test_request_with_preposition_no_addressee(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- "các cấp ủy đảng"


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng yêu cầu các cấp ủy đảng tăng cường lãnh đạo công tác phòng chống tham nhũng.",
     "các cấp ủy đảng", "tăng cường lãnh đạo công tác phòng chống tham nhũng"),
    ("Tỉnh ủy Nghệ An tổ chức hội nghị. Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng tăng cường lãnh "
     "đạo công tác phòng chống tham nhũng.",
     "các cấp ủy đảng", "tăng cường lãnh đạo công tác phòng chống tham nhũng"),
    ("Ban Bí thư yêu cầu cấp ủy đảng các cấp quán triệt sâu sắc nghị quyết.",
     "cấp ủy đảng các cấp", "quán triệt sâu sắc nghị quyết"),
    ("Thủ tướng yêu cầu các cấp ủy đảng, chính quyền tăng cường lãnh đạo công tác phòng chống tham nhũng.",
     "các cấp ủy đảng, chính quyền", "tăng cường lãnh đạo công tác phòng chống tham nhũng"),
])
def test_party_committees_as_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_party_committees_reported_no_task(run):
    assert run("Các cấp ủy đảng đã tăng cường lãnh đạo công tác phòng chống tham nhũng trong năm qua.") == []


# --------------------------------------------------------------------------- "UBND xã giao ..."


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND xã giao công an xã tăng cường tuần tra ban đêm.", "công an xã", "tăng cường tuần tra ban đêm"),
    ("Chủ tịch UBND xã đề nghị công an huyện điều tra làm rõ vụ việc.",
     "công an huyện", "điều tra làm rõ vụ việc"),
    ("Ủy ban nhân dân xã yêu cầu công an xã tháo dỡ lều quán lấn chiếm vỉa hè.",
     "công an xã", "tháo dỡ lều quán lấn chiếm vỉa hè"),
    ("UBND xã yêu cầu các đơn vị tháo dỡ lều quán lấn chiếm vỉa hè.",
     "các đơn vị", "tháo dỡ lều quán lấn chiếm vỉa hè"),
])
def test_commune_body_speaks_cue(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Cán bộ xã giao tiếp với người dân còn hạn chế.",
    "Ông Nam là người có tính xã giao tốt.",
])
def test_social_word_xa_giao_no_cue(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- cue glued to an office


@pytest.mark.parametrize("text, assignee, action", [
    ("Huyện Quỳnh Lưu thuộc tỉnh Nghệ An. Chủ tịch UBND huyện giao phòng Kinh tế rà soát các hộ kinh doanh.",
     "phòng Kinh tế", "rà soát các hộ kinh doanh"),
    ("Chủ tịch UBND huyện giao phòng Tài chính - Kế hoạch rà soát các khoản chi.",
     "phòng Tài chính - Kế hoạch", "rà soát các khoản chi"),
    ("UBND huyện giao phòng Tài nguyên và Môi trường kiểm tra các bãi cát.",
     "phòng Tài nguyên và Môi trường", "kiểm tra các bãi cát"),
])
def test_cue_glued_to_office(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ông Nam giao phòng cho con trai.",
    "Khách sạn đã bàn giao phòng cho khách lúc 14 giờ.",
])
def test_giao_phong_without_office(run, text):
    assert run(text) == []


# --------------------------------------------------------------------------- "yêu cầu X: <action>" in one sentence


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng yêu cầu các bộ, ngành: rà soát các thủ tục hành chính còn chồng chéo.",
     "các bộ, ngành", "rà soát các thủ tục hành chính còn chồng chéo"),
    ("Bộ trưởng yêu cầu Cục Đường bộ Việt Nam: khẩn trương sửa chữa các đoạn hư hỏng.",
     "Cục Đường bộ Việt Nam", "khẩn trương sửa chữa các đoạn hư hỏng"),
    ("Chủ tịch UBND tỉnh giao Sở Tài chính: chủ trì thẩm định phương án giá.",
     "Sở Tài chính", "chủ trì thẩm định phương án giá"),
])
def test_assignee_colon_action_in_one_sentence(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Thủ tướng nhấn mạnh yêu cầu: phải làm ngay.",
    "Bộ trưởng yêu cầu các nội dung sau: thời gian, địa điểm và thành phần.",
])
def test_colon_without_assignee_action(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, actions", [
    ("Thủ tướng yêu cầu Ủy ban nhân dân các tỉnh: chủ động sử dụng các nguồn tài chính tạm thời nhàn rỗi; "
     "kịp thời rà soát, kiện toàn Ban Chỉ đạo các cấp; gửi danh sách cán bộ đầu mối về Bộ Xây dựng.",
     "Ủy ban nhân dân các tỉnh",
     ["chủ động sử dụng các nguồn tài chính tạm thời nhàn rỗi", "kịp thời rà soát, kiện toàn Ban Chỉ đạo các cấp",
      "gửi danh sách cán bộ đầu mối về Bộ Xây dựng"]),
    ("Bộ trưởng yêu cầu Cục Đường bộ Việt Nam: khẩn trương sửa chữa các đoạn hư hỏng; hằng tuần báo cáo "
     "tiến độ sửa chữa về Bộ.",
     "Cục Đường bộ Việt Nam",
     ["khẩn trương sửa chữa các đoạn hư hỏng", "hằng tuần báo cáo tiến độ sửa chữa về Bộ"]),
])
def test_assignee_colon_then_duties_split_at_semicolons(run, text, assignee, actions):
    got = pairs(run(text))
    assert got == {(assignee, a) for a in actions}


@pytest.mark.parametrize("text, assignee, first", [
    # no colon: the clauses after ";" may be the duties of whoever the first one directs
    ("Thủ tướng yêu cầu Ủy ban nhân dân các tỉnh chỉ đạo các sở rà soát hồ sơ; báo cáo kết quả trong tuần.",
     "Ủy ban nhân dân các tỉnh", "chỉ đạo các sở rà soát hồ sơ"),
    # a clause with its own subject or a prohibition is no duty of the listed assignee
    ("Thủ tướng yêu cầu các bộ, ngành: rà soát các thủ tục hành chính; tuyệt đối không để tồn đọng hồ sơ.",
     "các bộ, ngành", "rà soát các thủ tục hành chính"),
])
def test_semicolon_clauses_that_stay_out(run, text, assignee, first):
    assert {(t.assignee, t.action) for t in run(text) if t.assignee == assignee} == {(assignee, first)}
