"""Task pattern family of local news: the political system and its mass organizations addressed as one
collective ("yêu cầu cả hệ thống chính trị ...", "đề nghị các đoàn thể chính trị - xã hội ..."), the
assignee kept as printed (with "cả" and a qualifier such as "cơ sở"), on constructed sentences; near misses
(the same words as a subject, a report or a pledge) give no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Bí thư Huyện ủy yêu cầu cả hệ thống chính trị tập trung hoàn thành kè chống sạt lở trước mùa mưa.",
     "cả hệ thống chính trị", "tập trung hoàn thành kè chống sạt lở trước mùa mưa"),
    ("Chủ tịch UBND xã đề nghị hệ thống chính trị cơ sở chủ động rà soát các hộ có nguy cơ tái nghèo.",
     "hệ thống chính trị cơ sở", "chủ động rà soát các hộ có nguy cơ tái nghèo"),
    ("Phó Bí thư Đảng ủy phường yêu cầu hệ thống chính trị các cấp vào cuộc đồng bộ trong chuyển đổi số.",
     "hệ thống chính trị các cấp", "vào cuộc đồng bộ trong chuyển đổi số"),
    ("Bí thư Đảng ủy xã đề nghị các đoàn thể chính trị - xã hội tiếp tục nhân rộng mô hình nuôi ong của hội viên.",
     "các đoàn thể chính trị - xã hội", "tiếp tục nhân rộng mô hình nuôi ong của hội viên"),
    ("Bí thư Đảng ủy phường đề nghị các đoàn thể và hệ thống chính trị cơ sở tăng cường nắm bắt dư luận.",
     "các đoàn thể và hệ thống chính trị cơ sở", "tăng cường nắm bắt dư luận"),
])
def test_the_political_system_addressed_as_one_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_a_second_addressee_after_a_semicolon_gets_its_own_task(run):
    got = pairs(run("Bí thư Huyện ủy yêu cầu cả hệ thống chính trị tập trung lãnh đạo công tác dồn điền đổi thửa; "
                    "các đoàn thể chính trị - xã hội chủ động gặp từng hộ, giải thích rõ lợi ích cho bà con."))
    assert ("cả hệ thống chính trị", "tập trung lãnh đạo công tác dồn điền đổi thửa") in got
    assert ("các đoàn thể chính trị - xã hội", "chủ động gặp từng hộ, giải thích rõ lợi ích cho bà con") in got


@pytest.mark.parametrize("text", [
    # the system as the subject of a report
    "Cả hệ thống chính trị của xã đã dồn sức cho việc bê tông hóa các ngõ xóm trong năm nay.",
    # "cả nước" stays a universal, no addressee
    "Ông cho biết cả nước hiện có hơn ba nghìn xã, phường mới sau khi hợp nhất.",
    # a pledge of the speaker's own organization
    "Hội sẽ tiếp tục sát cánh với các đoàn thể chính trị - xã hội trong việc giúp nông dân tiêu thụ nông sản.",
    # attendance, no directive
    "Lãnh đạo các đoàn thể chính trị - xã hội của phường đã có mặt tại buổi lễ khánh thành.",
    # praise of the system's work
    "Đồng chí biểu dương hệ thống chính trị cơ sở vì những kết quả đạt được trong năm qua.",
])
def test_no_task_without_a_directive(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    # "cả nước" after a cue exhorts the whole country: a universal, no assignee ("cả" is a determiner only)
    "Bộ Công an yêu cầu cả nước tăng cường tuần tra kiểm soát trong những ngày nghỉ lễ.",
    "Thủ tướng kêu gọi cả nước chung tay góp sức cho bà con vùng vừa bị lũ quét.",
    "Chủ tịch nước đề nghị cả nước tiếp tục đẩy mạnh phong trào thi đua yêu nước.",
    "Ban Chỉ đạo yêu cầu cả nước hoàn thành việc xóa nhà tạm trước quý ba.",
])
def test_the_whole_country_after_a_cue_is_no_assignee(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    # the whole society or community exhorted: universal, as "cả nước" and "toàn dân" are
    "Chủ tịch Ủy ban Mặt trận kêu gọi cả xã hội chung tay giúp đỡ các gia đình khó khăn.",
    "Bộ trưởng đề nghị toàn xã hội quan tâm hơn nữa tới người cao tuổi sống một mình.",
    "Giám đốc Sở yêu cầu cả xã hội cùng vào cuộc phòng chống đuối nước cho trẻ em.",
    "Bí thư phường đề nghị cả cộng đồng cùng chung sức giữ gìn vệ sinh các tuyến ngõ.",
    "Hội Chữ thập đỏ kêu gọi cả cộng đồng đăng ký hiến máu trong dịp nghỉ hè này.",
])
def test_the_whole_society_after_a_cue_is_no_assignee(run, text):
    assert run(text) == []


def test_a_counted_pair_after_a_cue_stays_an_assignee(run):
    got = pairs(run("Thủ tướng đề nghị cả hai bộ phối hợp xử lý dứt điểm vướng mắc về đất đai."))
    assert ("cả hai bộ", "phối hợp xử lý dứt điểm vướng mắc về đất đai") in got


@pytest.mark.parametrize("text", [
    # a stance verb, its comma, then "cả <collective> phải/cần": an exhortation, as "..., tất cả các sở phải ..."
    "Ông nhấn mạnh, cả hệ thống chính trị phải vào cuộc quyết liệt để không còn hộ ở nhà tạm.",
    "Bí thư Đảng ủy xã lưu ý, cả hệ thống chính trị cần kiên trì vận động từng hộ dân.",
    "Đồng chí khẳng định: cả hệ thống chính trị phải đồng lòng thì mới hoàn thành chỉ tiêu.",
    "Chủ tịch phường nhấn mạnh, cả ngành giáo dục cần chuẩn bị chu đáo cho năm học mới.",
    # the same collective opening its sentence
    "Cả hệ thống chính trị phải vào cuộc để giải phóng mặt bằng đúng hẹn.",
])
def test_a_whole_collective_opening_its_clause_is_exhorted(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    # without "cả" the collective after the stance's comma is the assignee, as "..., các sở phải ..." is
    ("Ông nhấn mạnh, hệ thống chính trị cơ sở phải vào cuộc quyết liệt để không còn hộ ở nhà tạm.",
     "hệ thống chính trị cơ sở", "vào cuộc quyết liệt để không còn hộ ở nhà tạm"),
    ("Bí thư Đảng ủy phường nhấn mạnh, Mặt trận và các đoàn thể cần lắng nghe kiến nghị của hội viên ở từng tổ dân phố.",
     "Mặt trận và các đoàn thể", "lắng nghe kiến nghị của hội viên ở từng tổ dân phố"),
    # a counted pair opening the clause stays an assignee
    ("Bộ trưởng nhấn mạnh, cả hai cục phải hoàn thành việc rà soát hồ sơ trong tháng này.",
     "cả hai cục", "hoàn thành việc rà soát hồ sơ"),
    # "toàn thể" right after a cue addresses the system
    ("Bí thư Huyện ủy yêu cầu toàn thể hệ thống chính trị tập trung hoàn thành việc xóa nhà tạm.",
     "toàn thể hệ thống chính trị", "tập trung hoàn thành việc xóa nhà tạm"),
])
def test_a_collective_without_a_whole_word_is_an_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    # "toàn thể" (an addressed_all word) before the system addresses all of it, kept in the assignee
    ("Bí thư Đảng ủy xã đề nghị toàn thể hệ thống chính trị cơ sở vào cuộc vận động người dân hiến đất mở đường.",
     "toàn thể hệ thống chính trị cơ sở", "vào cuộc vận động người dân hiến đất mở đường"),
    ("Chủ tịch UBND phường kêu gọi toàn thể các đoàn thể chính trị - xã hội ra quân làm sạch kênh mương.",
     "toàn thể các đoàn thể chính trị - xã hội", "ra quân làm sạch kênh mương"),
])
def test_all_of_the_system_addressed_after_toan_the(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # "giao toàn bộ" hands a thing over: "toàn bộ" is no addressee word ("toàn bộ hệ thống chính trị" is left out)
    "Ban quản lý dự án đã giao toàn bộ mặt bằng sạch cho nhà thầu thi công trong tháng trước.",
    "Đoàn kiểm tra giao toàn bộ số gỗ tang vật cho hạt kiểm lâm tạm giữ.",
])
def test_toan_bo_after_giao_addresses_no_one(run, text):
    assert run(text) == []
