"""Task pattern families of an assignee printed as a named body's (or a person's) mention: the assignee that
ran on past the name into the action's first words ends with the name, those words going back to the action
("yêu cầu Đảng bộ X kiến tạo | ...", "buộc UBND tỉnh X cấp giấy | ...", "giao Phòng Y trực tiếp | ...");
a body's name printing a city written short ("Cảnh sát PCCC TP HCM") is named by the body's full name."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Tòa án buộc UBND tỉnh Bình Định cấp giấy phép xây dựng cho hộ ông Lâm.",
     "UBND tỉnh Bình Định", "cấp giấy phép xây dựng cho hộ ông Lâm"),
    ("Bộ Chính trị giao Ban Tổ chức Trung ương cụ thể hoá các tiêu chuẩn chức danh cán bộ.",
     "Ban Tổ chức Trung ương", "cụ thể hoá các tiêu chuẩn chức danh cán bộ"),
    ("Sở đã giao cho Phòng Quản lý đô thị trực tiếp kiểm tra hiện trạng công trình.",
     "Phòng Quản lý đô thị", "trực tiếp kiểm tra hiện trạng công trình"),
    ("UBND tỉnh giao Ban An toàn giao thông huyện Phù Cát cùng phối hợp xử lý xe chở quá tải trọng.",
     "Ban An toàn giao thông huyện Phù Cát", "cùng phối hợp xử lý xe chở quá tải trọng"),
    ("Bộ Nội vụ yêu cầu Đảng bộ TP.Đà Nẵng kiến tạo môi trường thuận lợi cho doanh nghiệp.",
     "Đảng bộ thành phố Đà Nẵng", "kiến tạo môi trường thuận lợi cho doanh nghiệp"),
    ("Trung ương giao Đảng bộ TP.Hải Phòng tiến hành tổng kết mô hình thí điểm.",
     "Đảng bộ thành phố Hải Phòng", "tiến hành tổng kết mô hình thí điểm"),
])
def test_assignee_ends_with_the_name(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got, got


@pytest.mark.parametrize("text, assignee", [
    # words that go on naming stay in the assignee (a companion list, no action opener)
    ("UBND tỉnh yêu cầu Sở Y tế cùng các địa phương đẩy mạnh giám sát các bếp ăn tập thể.",
     "Sở Y tế cùng các địa phương"),
    # the name printed whole before its action: nothing to move
    ("Bộ Tài chính đề nghị Bệnh viện Chợ Rẫy tiếp nhận và bảo quản các mẫu xét nghiệm.", "Bệnh viện Chợ Rẫy"),
])
def test_naming_words_stay(run, text, assignee):
    got = pairs(run(text))
    assert assignee in {a for a, _ in got}, got


@pytest.mark.parametrize("text, assignee, action", [
    ("UBND TP HCM chỉ đạo Cảnh sát PCCC TP HCM kiểm định hệ thống báo cháy của các nhà trọ.",
     "Cảnh sát Phòng cháy chữa cháy Thành phố Hồ Chí Minh", "kiểm định hệ thống báo cháy của các nhà trọ"),
    ("Sở Công Thương đề nghị Tổng công ty Điện lực TP HCM bảo đảm cung cấp điện cho các khu công nghiệp.",
     "Tổng công ty Điện lực Thành phố Hồ Chí Minh", "bảo đảm cung cấp điện cho các khu công nghiệp"),
    ("Bộ Nội vụ đề nghị Đảng bộ TP.Hà Nội sớm hoàn thành việc sắp xếp các chi bộ.",
     "Đảng bộ thành phố Hà Nội", "sớm hoàn thành việc sắp xếp các chi bộ"),
    ("Thành ủy yêu cầu Sở Y tế TP. Hồ Chí Minh bổ sung thuốc cho các trạm y tế phường.",
     "Sở Y tế Thành phố Hồ Chí Minh", "bổ sung thuốc cho các trạm y tế phường"),
])
def test_city_short_in_body_name_spelled_out(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got, got


@pytest.mark.parametrize("text, assignee", [
    # a body named with its province printed in full keeps its printed name
    ("UBND tỉnh yêu cầu Sở Giao thông vận tải Thanh Hóa rà soát các điểm đen tai nạn.",
     "Sở Giao thông vận tải Thanh Hóa"),
    # a title before the city is no body's mention: it stays as printed
    ("Thủ tướng đề nghị lãnh đạo TP.HCM giải quyết dứt điểm hồ sơ tồn đọng của người dân.", "lãnh đạo TP.HCM"),
])
def test_no_city_short_body_stays(run, text, assignee):
    got = pairs(run(text))
    assert assignee in {a for a, _ in got}, got


@pytest.mark.parametrize("text, assignee, action", [
    # a city written short ends the body's printed name, not its full name's last word ("Minh")
    ("UBND thành phố yêu cầu Sở Xây dựng TP.HCM trực tiếp kiểm tra công trình này.",
     "Sở Xây dựng Thành phố Hồ Chí Minh", "trực tiếp kiểm tra công trình này"),
    ("Bộ Công Thương giao Sở Công Thương TP HCM tiến hành đo lại cân của các sạp rau trong chợ đêm.",
     "Sở Công Thương Thành phố Hồ Chí Minh", "tiến hành đo lại cân của các sạp rau trong chợ đêm"),
    ("Thành ủy đề nghị Công an TPHCM trực tiếp làm rõ các đường dây cho vay nặng lãi.",
     "Công an Thành phố Hồ Chí Minh", "trực tiếp làm rõ các đường dây cho vay nặng lãi"),
    ("Bộ Công an giao Công an TP.Cần Thơ trực tiếp điều tra vụ việc.",
     "Công an thành phố Cần Thơ", "trực tiếp điều tra vụ việc"),
    ("Bộ Tài chính yêu cầu Cục Thuế TP.Hải Phòng tiến hành đối soát các hóa đơn điện tử.",
     "Cục Thuế thành phố Hải Phòng", "tiến hành đối soát các hóa đơn điện tử"),
    # a province's body printed without its province ends where it is printed too
    ("UBND tỉnh Nghệ An yêu cầu Giám đốc Sở Tài chính trực tiếp làm việc với các nhà đầu tư.",
     "Giám đốc Sở Tài chính", "trực tiếp làm việc với các nhà đầu tư"),
])
def test_printed_name_ends_the_assignee(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got, got


@pytest.mark.parametrize("text, assignee, action", [
    # a lower-case part of the body's name opening with an opener word ("điều tra", "cấp") stays in the name
    ("Viện kiểm sát tỉnh đề nghị Cơ quan Cảnh sát điều tra xác minh lại lời khai của hai người làm chứng.",
     "Cơ quan Cảnh sát điều tra", "xác minh lại lời khai của hai người làm chứng"),
    ("Viện kiểm sát yêu cầu Cơ quan Cảnh sát điều tra làm rõ dòng tiền của các bị can.",
     "Cơ quan Cảnh sát điều tra", "làm rõ dòng tiền của các bị can"),
    ("UBND tỉnh yêu cầu Hội đồng nhân dân cấp huyện xem xét việc điều chỉnh dự toán ngân sách.",
     "Hội đồng nhân dân cấp huyện", "xem xét việc điều chỉnh dự toán ngân sách"),
    ("Sở Nội vụ giao Ủy ban nhân dân cấp phường cập nhật sổ theo dõi người cao tuổi trước tháng 10.",
     "Ủy ban nhân dân cấp phường", "cập nhật sổ theo dõi người cao tuổi"),
])
def test_opener_word_inside_the_name_stays(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got, got


@pytest.mark.parametrize("text, assignees, action", [
    # a list of bodies run on into the action: one task each, the words going back to the action
    ("UBND tỉnh Quảng Ngãi giao Sở Nội vụ, Công an tỉnh, Ban Dân tộc tỉnh cùng phối hợp rà soát hồ sơ cán bộ.",
     ("Sở Nội vụ", "Công an tỉnh", "Ban Dân tộc tỉnh"), "cùng phối hợp rà soát hồ sơ cán bộ"),
    ("Chính phủ giao Bộ Công Thương, Bộ Tài chính, Ngân hàng Nhà nước Việt Nam cùng phối hợp hoàn thiện đề án.",
     ("Bộ Công Thương", "Bộ Tài chính", "Ngân hàng Nhà nước Việt Nam"), "cùng phối hợp hoàn thiện đề án"),
    # a list the cut after the last name leaves ("Bộ A, Bộ B và Bộ C | trực tiếp ..."): split after the cut
    ("Chính phủ giao Bộ Nội vụ, Bộ Tư pháp và Thanh tra Chính phủ trực tiếp chỉ đạo việc sửa quy chế tiếp dân.",
     ("Bộ Nội vụ", "Bộ Tư pháp", "Thanh tra Chính phủ"), "trực tiếp chỉ đạo việc sửa quy chế tiếp dân"),
    ("Chủ tịch UBND tỉnh Bình Định giao Sở Y tế, Công an tỉnh và Sở Tài chính trực tiếp làm việc với nhà thầu.",
     ("Sở Y tế", "Công an tỉnh", "Sở Tài chính"), "trực tiếp làm việc với nhà thầu"),
    ("UBND thành phố giao Sở Xây dựng TP.HCM và Công an TP.HCM trực tiếp kiểm tra lại móng của khu nhà xưởng.",
     ("Sở Xây dựng Thành phố Hồ Chí Minh", "Công an Thành phố Hồ Chí Minh"),
     "trực tiếp kiểm tra lại móng của khu nhà xưởng"),
])
def test_listed_bodies_keep_their_tasks(run, text, assignees, action):
    got = pairs(run(text))
    assert {(a, action) for a in assignees} <= got, got


def test_title_without_a_body_found_is_not_cut(run):
    # near-miss, current behaviour: no body's mention is found in "Sở Tài chính" without its province, so
    # nothing ends the assignee and it keeps the run-on word (the same sentence with the province named cuts)
    got = pairs(run("UBND tỉnh yêu cầu Giám đốc Sở Tài chính trực tiếp làm việc với các nhà đầu tư."))
    assert ("Giám đốc Sở Tài chính trực tiếp", "làm việc với các nhà đầu tư") in got, got
