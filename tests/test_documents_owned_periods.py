"""Documents: a plan whose name holds 'của' and what it is of, then its period or horizon ('đề án bảo tồn giá
trị văn hóa của đồng bào dân tộc thiểu số đến năm 2030, tầm nhìn đến năm 2045'); a rate inside a subject ('giảm 3%
tiền thuê đất'). Near-misses: an owner body or place after 'của', no period after it (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh đang triển khai thực hiện đề án bảo tồn giá trị văn hóa của đồng bào dân tộc thiểu số đến năm 2030, "
         "tầm nhìn đến năm 2045.",
         ("Đề án", "Đề án bảo tồn giá trị văn hóa của đồng bào dân tộc thiểu số đến năm 2030, tầm nhìn đến năm 2045")),
        ("UBND thành phố đã phê duyệt đề án nâng cấp trang thiết bị của lực lượng quản lý thị trường đến năm 2026, "
         "định hướng năm 2035.",
         ("Đề án", "Đề án nâng cấp trang thiết bị của lực lượng quản lý thị trường đến năm 2026, định hướng năm 2035")),
        ("Tỉnh ủy ban hành Chương trình nâng cao chất lượng của đội ngũ cán bộ giai đoạn 2025-2030 để triển khai.",
         ("Chương trình", "Chương trình nâng cao chất lượng của đội ngũ cán bộ giai đoạn 2025-2030")),
    ],
)
def test_a_plan_of_something_with_its_period(extractor, text, expected):
    assert expected in document_pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # no period after what follows 'của': the name stops before it
        "Tỉnh đang triển khai thực hiện đề án bảo tồn giá trị văn hóa của đồng bào dân tộc thiểu số trên địa bàn.",
        # a place after 'của' is the plan's owner, read by the place rules
        "Tỉnh đang triển khai thực hiện kế hoạch phát triển của tỉnh năm 2025.",
    ],
)
def test_no_owned_period(extractor, text):
    assert not any("dân tộc thiểu số" in (n or "") or "của tỉnh năm" in (n or "")
                   for _, n in document_pairs(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban Thường vụ Quốc hội cho ý kiến về dự thảo nghị quyết của Quốc hội về giảm thêm 3% tiền thuê đất năm "
         "2025.",
         ("Nghị quyết", "Nghị quyết về giảm thêm 3% tiền thuê đất năm 2025")),
        ("Quốc hội thông qua nghị quyết về giảm 1,5% lãi suất tín dụng nhà ở xã hội với đa số đại biểu tán thành.",
         ("Nghị quyết", "Nghị quyết về giảm 1,5% lãi suất tín dụng nhà ở xã hội")),
    ],
)
def test_a_rate_inside_a_subject(extractor, text, expected):
    assert expected in document_pairs(extractor, text)


def test_a_rate_opens_no_name(extractor):
    # right after the type word a rate is no name ("kế hoạch 5% ...")
    assert not any(t == "Kế hoạch" for t, _ in document_pairs(
        extractor, "Doanh nghiệp đặt kế hoạch 5% tăng trưởng trong năm nay."))
