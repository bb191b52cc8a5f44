"""A body named at length before the acronym it defines: the name reaches the "(ACRONYM)" across the lower-case words
the tail stopped at, whatever the head ("Trung tâm", "Viện", "Hiệp hội"), when those words hold no clause word and end
with a capitalized word; an agency ("Cơ quan") is named only so, or with its country
(constructed sentences; the near-misses keep a clause or a bare generic noun out)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Bộ trưởng đã gặp lãnh đạo Cơ quan Bảo vệ môi trường (EPA) của Mỹ.", "Cơ quan Bảo vệ môi trường"),
    ("Theo Cơ quan Năng lượng quốc tế (IEA), giá dầu sẽ tăng.", "Cơ quan Năng lượng quốc tế"),
    ("Ông Lâm, Chủ tịch Hiệp hội Doanh nghiệp Sydney (SBA), phát biểu tại lễ.", "Hiệp hội Doanh nghiệp Sydney"),
    ("Theo Viện nghiên cứu kinh tế Busan (BERI), kim ngạch sẽ tăng.", "Viện nghiên cứu kinh tế Busan"),
    ("Năm ngoái, nước này thành lập Trung tâm chứng nhận Halal quốc gia Lào (LHC) tại thủ đô.",
     "Trung tâm chứng nhận Halal quốc gia Lào"),
    ("Đoàn đã làm việc với Cơ quan tình báo quân sự Ukraine (HUR) trong hai ngày.",
     "Cơ quan tình báo quân sự Ukraine"),
    # another defined head may name its body in lower case alone; "Cơ quan" (defined_named) may not
    ("Tháng tới, ông sẽ dự Diễn đàn kinh tế thế giới (WEF) ở Thụy Sĩ.", "Diễn đàn kinh tế thế giới"),
])
def test_a_name_reaches_the_acronym_it_defines(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Cơ quan chức năng (CQCN) đang xác minh vụ việc.",
    "Theo cơ quan Bảo vệ môi trường (EPA), mức phạt sẽ tăng.",
    "Cơ quan này đã có văn bản gửi các bộ.",
    "Cơ quan đã được nâng cấp (MLX) trong năm.",
    "Trung tâm phát động chiến dịch (CDX) hôm qua.",
    "Theo Trung tâm Giám sát và Phòng ngừa Thiên tai Chile (CPTC), mưa sẽ giảm.",
    "Hội đồng quyết định cho biết giải đấu (VBA) sẽ khởi tranh.",
])
def test_no_acronym_reach_over_a_clause_or_a_generic_noun(text):
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text", [
    "Sáng qua, Cơ quan thuế (CQT) đã gửi thông báo nộp tiền cho hộ kinh doanh.",
    "Lô hàng bị Cơ quan hải quan (HQ) giữ lại tại cửa khẩu để kiểm tra.",
    "Bệnh nhân được chuyển đến Trung tâm y tế (TTYT) huyện vào lúc nửa đêm.",
    "Nhà đầu tư dự kiến xây một Trung tâm dữ liệu (DC) ở ngoại ô thành phố.",
    "Khu đất sẽ thành Trung tâm thương mại (TTTM) sau ba năm thi công.",
    "Hội đồng thành viên (HĐTV) của tổng công ty họp phiên thường kỳ.",
    "Hồ sơ đã được Cơ quan chuyên môn (CQCM) thẩm định trong tuần.",
    "Một Quỹ đầu tư (QĐT) ngoại đã rót vốn vào doanh nghiệp khởi nghiệp.",
    "Cơ quan chủ quản của tờ tạp chí đã có văn bản nhắc nhở.",
    "Cơ quan quản lý cần sớm vào cuộc kiểm tra.",
])
def test_no_body_from_a_head_and_common_nouns_before_an_acronym(text):
    """A head and one or two lower-case common nouns before an acronym name a unit every place has, no body."""
    assert tagged_body_names(text) == []


def test_an_agency_with_its_country_and_no_acronym_is_a_body():
    assert "Cơ quan An ninh Ukraine" in tagged_body_names("Cơ quan An ninh Ukraine đã bắt giữ hai nghi phạm.")
