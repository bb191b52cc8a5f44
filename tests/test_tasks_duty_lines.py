"""Task family of duty lines going on with an assignee, on constructed sentences with several variants:

* a paragraph right after a task that opens with a directive verb and no subject is that assignee's next
  duty; "chuẩn bị", "cắt giảm", "thiết lập" are such verbs;
* a portal's subheading phrased as a duty (a line of its own without a full stop, up to 40 syllables) between
  two assignees' paragraphs keeps the directive passage open: the next paragraph's subject directs.

Near misses: a statement about the activity ("... là ..."), a report with a subject and a tense marker, a
duty line too far from any task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng yêu cầu Ngân hàng Nhà nước chỉ đạo các ngân hàng giảm lãi suất cho vay.\n"
     "Cắt giảm các thủ tục, điều kiện để người dân tiếp cận vốn tín dụng.",
     "Ngân hàng Nhà nước", "Cắt giảm các thủ tục, điều kiện để người dân tiếp cận vốn tín dụng"),
    ("Thủ tướng yêu cầu UBND các tỉnh tập trung phát triển nhà ở xã hội.\n"
     "Chuẩn bị nguồn lực, nhân lực để triển khai có hiệu quả nghị quyết.",
     "UBND các tỉnh", "Chuẩn bị nguồn lực, nhân lực để triển khai có hiệu quả nghị quyết"),
    ("Bộ trưởng yêu cầu Cục Thuế rà soát các hồ sơ hoàn thuế.\n"
     "Thiết lập đường dây nóng tiếp nhận phản ánh của doanh nghiệp.",
     "Cục Thuế", "Thiết lập đường dây nóng tiếp nhận phản ánh của doanh nghiệp"),
])
def test_a_duty_line_goes_on_with_the_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_a_long_subheading_keeps_the_passage(run):
    text = ("Thủ tướng yêu cầu Bộ Tài chính rà soát các khoản chi thường xuyên.\n"
            "Kiểm tra các công trình chậm tiến độ, trước hết đôn đốc nhà thầu bổ sung nhân lực và máy móc, sau "
            "đó mới xem xét việc thay thế nhà thầu\n"
            "Ngân hàng Nhà nước chỉ đạo các ngân hàng thương mại về cho vay mua nhà, hỗ trợ người thu nhập thấp.")
    assert ("Ngân hàng Nhà nước", "chỉ đạo các ngân hàng thương mại về cho vay mua nhà, hỗ trợ người thu nhập thấp") \
        in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Thủ tướng yêu cầu UBND các tỉnh tập trung phát triển nhà ở xã hội.\n"
    "Cắt giảm thủ tục là yêu cầu cấp bách của người dân.",
    "Thủ tướng yêu cầu UBND các tỉnh tập trung phát triển nhà ở xã hội.\n"
    "Chuẩn bị cho hội nghị, Bộ Xây dựng đã gửi tài liệu tới các địa phương.",
    "Hội nghị diễn ra tại Hà Nội.\nChuẩn bị kỹ lưỡng là điều kiện để hội nghị thành công.",
])
def test_no_duty_line(run, text):
    tasks = run(text)
    assert not any(t.action.startswith(("Cắt giảm", "Chuẩn bị")) for t in tasks)
