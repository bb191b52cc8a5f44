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
    "Thủ tướng kêu gọi cả nước chung tay ủng hộ đồng bào các tỉnh bị lũ quét.",
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
    "Hội Chữ thập đỏ kêu gọi cả cộng đồng tham gia hiến máu tình nguyện trong mùa hè.",
])
def test_the_whole_society_after_a_cue_is_no_assignee(run, text):
    assert run(text) == []


def test_a_counted_pair_after_a_cue_stays_an_assignee(run):
    got = pairs(run("Thủ tướng đề nghị cả hai bộ phối hợp xử lý dứt điểm vướng mắc về đất đai."))
    assert ("cả hai bộ", "phối hợp xử lý dứt điểm vướng mắc về đất đai") in got
