"""A periphrasis of a head ("người đứng đầu") states an office only when set off after a name and followed
by a body the article marks ("Ông A, người đứng đầu Tổ chức X, cho biết"); before a name, in a clause of its
own or before no marked body it is none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Karl Brenner, người đứng đầu Cơ quan Năng lượng Nguyên tử Áo, cho rằng chương trình sẽ tiếp tục.",
     "Karl Brenner", {("Người đứng đầu", "Cơ quan Năng lượng Nguyên tử Áo", "current")}),
    ("Ông Lê Văn Tư - người đứng đầu Công ty cổ phần Minh Phát - cho biết doanh thu năm nay tăng mạnh.",
     "Lê Văn Tư", {("Người đứng đầu", "Công ty cổ phần Minh Phát", "current")}),
    ("Ông Hans Weber, người đứng đầu của Ngân hàng Trung ương Đức, nói lãi suất sẽ giữ nguyên.",
     "Hans Weber", {("Người đứng đầu", "Ngân hàng Trung ương Đức", "current")}),
    ("Bà Đỗ Thị Hạnh, người đứng đầu Sở Tài chính tỉnh Hà Giang, đã ký quyết định.",
     "Đỗ Thị Hạnh", {("Người đứng đầu", "Sở Tài chính tỉnh Hà Giang", "current")}),
])
def test_a_head_set_off_after_a_name_holds_the_body(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize("text", [
    # before a name: a periphrasis of another title, no office of its own
    "Người đứng đầu Chính phủ Phạm Minh Hòa yêu cầu các bộ khẩn trương.",
    "Người đứng đầu Bộ Y tế, bà Đào Hồng Lam, cho biết sẽ kiểm tra.",
    # a clause of its own, after a comma but no name
    "Theo UBND, người đứng đầu Sở Xây dựng phải chịu trách nhiệm, ông Nguyễn Văn Hai nói.",
    "Ông Trần Văn Ba nói, người đứng đầu Công ty cổ phần Minh Phát đã bị bắt.",
    "Cơ quan chức năng sẽ xử lý người đứng đầu Sở Xây dựng nếu để xảy ra sai phạm.",
    # a body cut short inside the aside: no office rather than a wrong one
    "Thông tin do ông Peter Holm, người đứng đầu Trung tâm chống thông tin sai lệch tại Hội đồng An ninh quốc gia, "
    "cung cấp.",
    # sport and weather: a leader of a table or a forecast, no body the article marks after it
    "Đội bóng Hoàng Anh Gia Lai, người đứng đầu Giải bóng đá Hạng nhất, thắng 2-0 trước Bình Định.",
    "Chelsea, người đứng đầu Ngoại hạng Anh, thua Arsenal tối qua.",
    "Ông Lý Văn Sáu cho biết bão Kalmaegi, người đứng đầu Trung tâm Dự báo khí tượng thủy văn quốc gia cảnh báo, "
    "sẽ mạnh thêm.",
    "Theo ông Phan Văn Tú, người đứng đầu nhóm nghiên cứu, mưa lớn sẽ kéo dài đến cuối tuần.",
])
def test_a_head_not_set_off_after_a_name_is_no_office(pipeline, text):
    held = {(t, b) for ps in positions(pipeline, text).values() for t, b, _s in ps}
    assert not any(t == "Người đứng đầu" for t, _b in held)
