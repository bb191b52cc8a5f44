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


def test_an_agency_with_its_country_and_no_acronym_is_a_body():
    assert "Cơ quan An ninh Ukraine" in tagged_body_names("Cơ quan An ninh Ukraine đã bắt giữ hai nghi phạm.")
