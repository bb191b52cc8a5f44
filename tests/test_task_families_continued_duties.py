"""Task pattern families of duties that go on after one cue, on
constructed texts with several variants: the subjectless sentences after "đề nghị A, B <action>" are
the duties of each assignee the cue named, one task per assignee as for the cue's own action; a word
quoted inside an action ('cố gắng "quét" được ...') does not end it, while the quote a directive is
printed in still does."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("cue, first, second", [
    ("Ủy ban Tư pháp đề nghị Chính phủ, các cơ quan tăng cường công tác thanh tra đất đai. ",
     "Chính phủ", "các cơ quan"),
    ("Bộ trưởng yêu cầu Bộ Công an, Bộ Tài chính khẩn trương rà soát các quy định hiện hành. ",
     "Bộ Công an", "Bộ Tài chính"),
    ("Thủ tướng chỉ đạo Bộ Xây dựng và các địa phương tập trung tháo gỡ vướng mắc cho các dự án. ",
     "Bộ Xây dựng", "các địa phương"),
])
@pytest.mark.parametrize("follow", [
    "Nâng cao hơn nữa chất lượng công tác phát hiện, xử lý tội phạm về tham nhũng.",
    "Tiếp tục vận động đầu thú, truy bắt các đối tượng bỏ trốn ra nước ngoài.",
])
def test_follow_up_duty_for_each_listed_assignee(run, cue, first, second, follow):
    got = pairs(run(cue + follow))
    action = follow[0].lower() + follow[1:-1]
    acts = {(a, x[0].lower() + x[1:]) for a, x in got}
    assert (first, action) in acts and (second, action) in acts


def test_single_assignee_follow_up_unchanged(run):
    got = pairs(run("Thủ tướng yêu cầu Bộ Tài chính khẩn trương rà soát các quy định hiện hành. "
                    "Tiếp tục vận động đầu thú, truy bắt các đối tượng bỏ trốn."))
    assert {a for a, _ in got} == {"Bộ Tài chính"}


@pytest.mark.parametrize("text, action", [
    ('Thủ tướng yêu cầu Bộ Tư pháp tiếp tục rà soát, cố gắng "quét" được tất cả những khó khăn, bất cập '
     'của các quy định hiện hành.',
     'tiếp tục rà soát, cố gắng "quét" được tất cả những khó khăn, bất cập của các quy định hiện hành'),
    ('UBND tỉnh giao Sở Xây dựng xây dựng mô hình "khu dân cư an toàn" tại các xã ven biển trong năm 2025.',
     'xây dựng mô hình "khu dân cư an toàn" tại các xã ven biển'),
])
def test_a_word_quoted_inside_the_action_does_not_end_it(run, text, action):
    assert action in {a for _, a in pairs(run(text))}


def test_the_quote_a_directive_is_printed_in_still_ends_it(run):
    got = pairs(run('Ông An cho biết: "Thủ tướng yêu cầu Bộ Tài chính sớm hoàn thiện hồ sơ trình Chính phủ" '
                    'và nhấn mạnh đây là việc cấp bách.'))
    assert got == {("Bộ Tài chính", "sớm hoàn thiện hồ sơ trình Chính phủ")}
