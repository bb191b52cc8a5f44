"""Task pattern family: duties a speaker announces by their number, then lists one an ordinal
("Thủ tướng nhấn mạnh 5 nhóm nhiệm vụ ... với các bộ, ngành, địa phương. | Thứ nhất, ... | Thứ hai, ...").
After such a lead, an item with an agent and a directive verb is that agent's task (no modal needed; another
verb needs one), and an item opening with a verb and no subject is a duty of the assignee the lead named (a
verb no directive only with no sign of a report in its clause). A count of anything else ("ba ý nghĩa", "bốn
lý do") or of things done ("3 giải pháp mà sở đã triển khai") lists no duties, a lead naming no assignee gives
its bare items none, and an item that opens with a noun phrase and no verb, an item whose agent is the speaker
or reports ("Thứ hai, người dân phản ánh ...") gives none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


LEAD = "Khép lại phiên họp, Thủ tướng nhấn mạnh 5 nhóm nhiệm vụ cần làm ngay với các bộ, ngành, địa phương."


@pytest.mark.parametrize("item, assignee, action", [
    ("Thứ hai, các địa phương rà soát quỹ đất sạch để bố trí cho các khu nhà ở mới.",
     "các địa phương", "rà soát quỹ đất sạch để bố trí cho các khu nhà ở mới"),
    ("Thứ hai, các ngân hàng thương mại cần giảm lãi suất cho người mua nhà lần đầu.",
     "các ngân hàng thương mại", "giảm lãi suất cho người mua nhà lần đầu"),
    ("Thứ hai, di dời các hộ còn ở trong vùng quy hoạch kho bãi.",
     "các bộ, ngành, địa phương", "di dời các hộ còn ở trong vùng quy hoạch kho bãi"),
    ("Thứ hai, quan tâm đặc biệt việc phòng, chống tiêu cực khi xét duyệt hồ sơ mua nhà.",
     "các bộ, ngành, địa phương", "quan tâm đặc biệt việc phòng, chống tiêu cực khi xét duyệt hồ sơ mua nhà"),
])
def test_item_of_announced_duties(run, item, assignee, action):
    text = LEAD + "\nThứ nhất, các bộ, ngành phải quán triệt chủ trương phát triển nhà ở cho người thu nhập thấp.\n" + item
    got = pairs(run(text))
    assert ("các bộ, ngành", "quán triệt chủ trương phát triển nhà ở cho người thu nhập thấp") in got
    assert (assignee, action) in got


def test_items_in_one_paragraph(run):
    text = ("Bộ trưởng lưu ý ba việc cần làm ngay với các sở giao thông vận tải. Một là, kiểm tra toàn bộ cầu "
            "yếu trên các tuyến tỉnh lộ. Hai là, các chủ đầu tư rà soát kế hoạch thi công từng gói thầu.")
    got = pairs(run(text))
    assert ("các sở giao thông vận tải", "kiểm tra toàn bộ cầu yếu trên các tuyến tỉnh lộ") in got
    assert ("các chủ đầu tư", "rà soát kế hoạch thi công từng gói thầu") in got


def test_lead_naming_its_assignee_with_a_modal(run):
    text = ("Bộ trưởng lưu ý ba việc các sở, ngành cần làm ngay.\nThứ nhất, kiểm tra toàn bộ cầu yếu trên các "
            "tuyến tỉnh lộ.\nThứ hai, các huyện đã di dời xong hộ dân khỏi vùng sạt lở.\nThứ ba, các huyện sẽ "
            "diễn tập phòng chống lụt bão vào tháng tới.")
    got = pairs(run(text))
    assert got == {("các sở, ngành", "kiểm tra toàn bộ cầu yếu trên các tuyến tỉnh lộ")}  # reports are no items


def test_lead_naming_its_assignee_as_a_clause_subject(run):
    # the lead's assignee is the subject of "<subject> cần <verb>" after the noun and its qualifier, whatever its
    # head; an item's own next sentence may come between two items
    text = ("Bí thư Thành ủy lưu ý 3 hướng trọng tâm đội ngũ tuyên giáo ở cơ sở cần chú trọng. Một là, nắm "
            "chắc dư luận xã hội ở từng khu dân cư. Hai là, tổ chức đối thoại với thanh niên mỗi quý. Qua đó, kịp "
            "thời giải đáp thắc mắc của người dân. Ba là, tăng cường tuyên truyền trên mạng xã hội.")
    got = pairs(run(text))
    team = "đội ngũ tuyên giáo ở cơ sở"
    assert (team, "tổ chức đối thoại với thanh niên mỗi quý") in got
    assert (team, "tăng cường tuyên truyền trên mạng xã hội") in got


def test_each_item_keeps_the_list_open(run):
    text = (LEAD + "\nThứ nhất, các bộ, ngành phải quán triệt chủ trương phát triển nhà ở."
            "\nThứ hai, các địa phương rà soát quỹ đất sạch cho các khu nhà ở mới."
            "\nThứ ba, tăng cường giám sát việc bán nhà sai đối tượng.")
    lead_assignee = "các bộ, ngành, địa phương"
    assert (lead_assignee, "tăng cường giám sát việc bán nhà sai đối tượng") in pairs(run(text))


# --------------------------------------------------------------------------- near misses


def test_count_of_meanings_lists_no_duties(run):
    text = ("Chủ tịch tỉnh nhấn mạnh ba ý nghĩa của chương trình với các địa phương. Thứ nhất, khẳng định sự quan "
            "tâm tới người nghèo. Thứ hai, các địa phương thực hiện tốt chính sách an sinh cho hộ khó khăn.")
    assert run(text) == []


def test_lead_naming_no_assignee_gives_bare_items_none(run):
    text = ("Bộ trưởng nhấn mạnh ba nhiệm vụ trong năm tới.\nThứ nhất, hoàn thiện thể chế về quy hoạch đô thị.\n"
            "Thứ hai, các sở, ngành đẩy nhanh việc cấp phép cho nhà ở riêng lẻ.")
    got = pairs(run(text))
    assert all(a != "" and "hoàn thiện thể chế" not in act for a, act in got)
    assert ("các sở, ngành", "đẩy nhanh việc cấp phép cho nhà ở riêng lẻ") in got


def test_item_without_verb_gives_none(run):
    text = LEAD + "\nThứ nhất, khó khăn phát sinh ở đâu thì tháo gỡ ngay ở đó."
    assert run(text) == []


def test_item_far_from_the_lead_gives_none(run):
    text = (LEAD + "\nHội nghị cũng nghe Ngân hàng Nhà nước trình bày số liệu cho vay mua nhà."
            "\nThứ hai, quan tâm đặc biệt việc phòng, chống tiêu cực khi xét duyệt hồ sơ mua nhà.")
    assert run(text) == []


def test_count_of_things_done_lists_no_duties(run):
    text = ("Giám đốc Sở Nội vụ nhấn mạnh 3 giải pháp mà sở đã áp dụng với các phòng, ban. Thứ nhất, sở rà soát lại "
            "toàn bộ quy trình một cửa. Thứ hai, sở mở thêm kênh tiếp nhận hồ sơ qua mạng.")
    assert run(text) == []


@pytest.mark.parametrize("item", [
    "Thứ hai, Thủ tướng cảm ơn các lực lượng đã ứng trực xuyên Tết.",
    "Thứ hai, người dân phản ánh giá căn hộ cho công nhân còn quá cao.",
    "Thứ hai, các doanh nghiệp bất động sản ghi nhận sức mua tăng nhẹ.",
    "Thứ hai, tăng trưởng tín dụng bất động sản đạt 9% trong quý II.",
    "Thứ hai, lạm phát được giữ ở mức dưới 4%.",
])
def test_item_reporting_or_of_the_speaker_gives_none(run, item):
    text = LEAD + "\nThứ nhất, các bộ, ngành phải quán triệt chủ trương phát triển nhà ở cho người thu nhập thấp.\n" + item
    got = pairs(run(text))
    assert got == {("các bộ, ngành", "quán triệt chủ trương phát triển nhà ở cho người thu nhập thấp")}
