"""Task pattern family of portal subheadings between duties, on constructed texts with several variants:
a subheading phrased as a duty (a line of its own opening with a directive verb, without a full stop)
after a task's sentence keeps the chain of subjectless duties going, so the duty printed after it is
the last assignee's; an unpunctuated item of a list of ";" items is no subheading, and no heading makes a
task of a paragraph that has its own subject or follows no directive."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = "Thủ tướng yêu cầu Bộ Xây dựng rà soát, hoàn thiện hệ thống pháp luật về nhà ở.\n"


@pytest.mark.parametrize("text, action", [
    (CUE + "Kiên quyết xử lý nghiêm các hành vi đầu cơ\nTiếp tục rà soát các dự án tồn đọng để báo cáo Thủ tướng.",
     "Tiếp tục rà soát các dự án tồn đọng để báo cáo Thủ tướng"),
    (CUE + "Nghiên cứu, xây dựng mô hình sàn giao dịch\nKhẩn trương nghiên cứu, xây dựng mô hình sàn giao dịch "
     "bất động sản do nhà nước quản lý.",
     "Khẩn trương nghiên cứu, xây dựng mô hình sàn giao dịch bất động sản do nhà nước quản lý"),
    (CUE + "Rà soát các quy định về đấu giá đất\nRà soát, sửa đổi các quy định về đấu giá quyền sử dụng đất.\n"
     "Xử lý nghiêm các tổ chức, cá nhân lợi dụng đấu giá để nâng giá đất.",
     "Xử lý nghiêm các tổ chức, cá nhân lợi dụng đấu giá để nâng giá đất"),
    # a longer heading (25 words)
    (CUE + "Rà soát các dự án có dấu hiệu vi phạm, trước mắt cho khắc phục bằng các biện pháp kinh tế trong năm nay\n"
     "Tiếp tục rà soát các dự án tồn đọng để báo cáo Thủ tướng.",
     "Tiếp tục rà soát các dự án tồn đọng để báo cáo Thủ tướng"),
])
def test_duty_after_a_duty_heading_goes_on_with_the_last_assignee(run, text, action):
    assert ("Bộ Xây dựng", action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # no directive before the heading
    "Thị trường bất động sản còn nhiều khó khăn.\nKiên quyết xử lý nghiêm các hành vi đầu cơ\n"
    "Tiếp tục rà soát các dự án tồn đọng để báo cáo Thủ tướng.",
    # the heading comes two sentences after the directive
    CUE + "Thị trường bất động sản còn nhiều khó khăn.\nKiên quyết xử lý nghiêm các hành vi đầu cơ\n"
    "Tiếp tục rà soát các dự án tồn đọng để báo cáo Thủ tướng.",
])
def test_no_duty_across_a_heading_without_a_directive_before(run, text):
    assert not any("dự án tồn đọng" in act for _, act in pairs(run(text)))


def test_unpunctuated_list_item_is_no_heading(run):
    text = ("UBND tỉnh yêu cầu các cơ quan, đơn vị tăng cường kỷ luật, kỷ cương công vụ;\n"
            "Thực hiện hiệu quả chế độ đối với người bị ảnh hưởng bởi sắp xếp\n"
            "Nghiêm túc quản lý, lưu trữ hồ sơ, số hóa tài liệu.")
    assert not any("lưu trữ hồ sơ" in act for _, act in pairs(run(text)))


def test_heading_with_its_own_subject_paragraph(run):
    text = CUE + "Kiên quyết xử lý nghiêm các hành vi đầu cơ\nNgân hàng Nhà nước đã giảm lãi suất cho vay trong năm qua."
    assert not any("lãi suất" in act for _, act in pairs(run(text)))
