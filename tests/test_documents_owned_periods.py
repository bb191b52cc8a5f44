"""Documents: a plan whose name holds 'của' and what it is of, then its period or horizon ('đề án phát triển giá
trị đa dụng của hệ sinh thái rừng đến năm 2030, tầm nhìn đến năm 2050'); a rate inside a subject ('giảm 2% thuế
giá trị gia tăng'). Near-misses: an owner body or place after 'của', no period after it (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import document_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh đang triển khai thực hiện đề án phát triển giá trị đa dụng của hệ sinh thái rừng đến năm 2030, tầm "
         "nhìn đến năm 2050.",
         ("Đề án", "Đề án phát triển giá trị đa dụng của hệ sinh thái rừng đến năm 2030, tầm nhìn đến năm 2050")),
        ("UBND thành phố đã phê duyệt đề án quy hoạch tổng thể cơ sở của lực lượng cứu nạn cứu hộ đến năm 2025, "
         "định hướng năm 2030.",
         ("Đề án", "Đề án quy hoạch tổng thể cơ sở của lực lượng cứu nạn cứu hộ đến năm 2025, định hướng năm 2030")),
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
        "Tỉnh đang triển khai thực hiện đề án phát triển giá trị đa dụng của hệ sinh thái rừng trên địa bàn.",
        # a place after 'của' is the plan's owner, read by the place rules
        "Tỉnh đang triển khai thực hiện kế hoạch phát triển của tỉnh năm 2025.",
    ],
)
def test_no_owned_period(extractor, text):
    assert not any("hệ sinh thái rừng" in (n or "") or "của tỉnh năm" in (n or "")
                   for _, n in document_pairs(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quốc hội thảo luận về dự thảo nghị quyết của Quốc hội về tiếp tục giảm 2% thuế giá trị gia tăng.",
         ("Nghị quyết", "Nghị quyết về tiếp tục giảm 2% thuế giá trị gia tăng")),
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
