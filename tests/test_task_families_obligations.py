"""Task pattern family of obligations stated without a speaker or a cue, on constructed sentences: a
named body or a plural of bodies or offices, a modal of obligation ("phải", "cần phải", "buộc phải") and
an action ("Công ty A phải nộp ...", "Vì vậy, các huyện phải ...", "Theo luật mới, các công ty X phải
..."), a second "và phải ..." duty of the same subject its own task. A weak modal ("cần": advice), a
hypothesis ("Nếu ..., X phải ..."), a plight ("phải chịu"), a passive ("phải được nghiệm thu"), a report
("đã phải"), a negation ("không phải"), a noun's complement ("sự cần thiết phải"), a person and a speaker's quoted words stay none."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Việc này phải làm rất gấp, các sở phải gửi báo cáo về Sở Nội vụ trước ngày 20/3.",
     "các sở", "gửi báo cáo về Sở Nội vụ"),
    ("Vì vậy, các huyện, thị xã phải rà soát toàn bộ các công trình xây dựng trái phép.",
     "các huyện, thị xã", "rà soát toàn bộ các công trình xây dựng trái phép"),
    ("Sở Tài nguyên và Môi trường tỉnh Hòa Lâm phải hoàn thành việc đo đạc trong quý II.",
     "Sở Tài nguyên và Môi trường tỉnh Hòa Lâm", "hoàn thành việc đo đạc"),
    ("Công ty TNHH Thương mại Hoàng Phúc phải nộp lại số tiền thu lợi bất chính.",
     "Công ty TNHH Thương mại Hoàng Phúc", "nộp lại số tiền thu lợi bất chính"),
    ("Theo luật mới, các công ty viễn thông phải xác thực thông tin thuê bao trước ngày 1/6.",
     "các công ty viễn thông", "xác thực thông tin thuê bao"),
    ("Các sở, ngành và địa phương phải quan tâm hỗ trợ doanh nghiệp tháo gỡ vướng mắc.",
     "Các sở, ngành và địa phương", "quan tâm hỗ trợ doanh nghiệp tháo gỡ vướng mắc"),
])
def test_named_obligation_without_a_speaker(run, text, assignee, action):
    got = run(text)
    assert (assignee, action) in pairs(got)
    assert all(t.assigner is None for t in got)


def test_a_second_duty_after_and_a_modal_is_its_own_task(run):
    got = pairs(run("Ngoài ra, Công ty TNHH Thương mại Hoàng Phúc còn phải nộp lại số tiền thu lợi bất chính là "
                    "12 triệu đồng và phải khắc phục hậu quả do vi phạm gây ra."))
    assert ("Công ty TNHH Thương mại Hoàng Phúc", "nộp lại số tiền thu lợi bất chính là 12 triệu đồng") in got
    assert ("Công ty TNHH Thương mại Hoàng Phúc", "khắc phục hậu quả do vi phạm gây ra") in got


@pytest.mark.parametrize("text", [
    "Nếu coi đây là dịch vụ, các trường tư thục phải nộp thuế 5%.",  # a hypothesis
    "Các hộ kinh doanh phải chịu thêm nhiều chi phí.",  # a plight
    "Các công trình phải được nghiệm thu trước khi đưa vào sử dụng.",  # a passive, no agent
    "Hội thảo bàn về sự cần thiết phải sửa đổi luật.",  # a noun's complement
    "Các nước cần tăng cường hợp tác.",  # advice, no obligation
    "Các doanh nghiệp đã phải hoàn thành việc kê khai.",  # a report
    "Các bệnh viện không phải nộp báo cáo hằng tháng.",  # no duty
    "Ông Trần Văn Hòa phải chịu trách nhiệm trước pháp luật.",  # a person
    "Các đại biểu chuyên trách, nghĩa là chúng ta phải nâng tỷ lệ đại biểu chuyên trách lên.",  # everyone
    "Người dân phải di chuyển xa để được cấp thuốc.",  # no body named
    # a speaker's quoted words, read with their speaker or not at all
    "Đại biểu Lê Thị Hoa khẳng định: “Về việc kỷ luật, không phải giơ cao đánh khẽ. Chính phủ, tổ chức Đảng "
    "phải xem xét các quy định.”",
])
def test_no_obligation_task(run, text):
    assert run(text) == []
