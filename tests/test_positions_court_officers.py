"""A judge and a prosecutor printed by their office ("thẩm phán A", "B, kiểm sát viên VKSND X"): the office
of the court or procuracy printed with it, else of the one court or procuracy the article names (titles.tsv
flag article_body); constructed sentences, invented names."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ngày 20-11, TAND tỉnh Quảng Bình mở phiên tòa xét xử bị cáo Lê Văn Tám. Phiên tòa do thẩm phán Nguyễn Thị "
     "Hạnh làm chủ tọa.", "Nguyễn Thị Hạnh", ("Thẩm phán", "Tòa án nhân dân tỉnh Quảng Bình", "current")),
    ("TAND TP Cần Thơ tuyên án. Thẩm phán Đỗ Minh Quân cho biết bị cáo được giảm nhẹ hình phạt.",
     "Đỗ Minh Quân", ("Thẩm phán", "Tòa án nhân dân thành phố Cần Thơ", "current")),
    ("Chiều 12-3, ông Trần Văn Khải, kiểm sát viên VKSND huyện Đông Sơn, đã bị tạm đình chỉ công tác.",
     "Trần Văn Khải", ("Kiểm sát viên", "Viện kiểm sát nhân dân huyện Đông Sơn", "current")),
    ("Viện KSND tỉnh Nam Định cho biết ông Phạm Văn Hưng, kiểm sát viên, đã vi phạm quy định. VKSND tỉnh Nam Định "
     "sẽ xử lý nghiêm.", "Phạm Văn Hưng", ("Kiểm sát viên", "Viện kiểm sát nhân dân tỉnh Nam Định", "current")),
])
def test_judge_and_prosecutor_hold_the_court_or_procuracy(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_judge_with_no_court_named_keeps_the_title_alone(pipeline):
    found = positions(pipeline, "Bị cáo Hoàng Văn Lâm đề nghị thẩm phán Vũ Thị Thu xem xét lại chứng cứ.")
    assert found["Vũ Thị Thu"] == {("Thẩm phán", None, "current")}


def test_two_courts_named_as_often_leave_the_body_empty(pipeline):
    text = ("TAND tỉnh Hà Tĩnh và TAND tỉnh Nghệ An phối hợp tổ chức hội nghị. Thẩm phán Lê Thị Nga trình bày "
            "tham luận.")
    assert positions(pipeline, text)["Lê Thị Nga"] == {("Thẩm phán", None, "current")}


@pytest.mark.parametrize("text", [
    "Hội đồng Thẩm phán Tòa án nhân dân tối cao vừa ban hành nghị quyết mới về án treo.",
    "Các thẩm phán của tòa án quốc tế cho biết họ đã có đủ căn cứ.",
    'Một số nước đã xây dựng hệ thống "thẩm phán ảo" dựa trên trí tuệ nhân tạo.',
    "Nhóm lừa đảo tự xưng là kiểm sát viên để gọi điện cho người dân.",
    "Giá vàng hôm nay tăng mạnh, thẩm phán hay kiểm sát viên cũng không phải ngoại lệ khi đi mua.",
])
def test_the_words_without_a_name_name_no_one(pipeline, text):
    assert positions(pipeline, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Tiền đạo Nguyễn Văn Quyết ghi bàn, trọng tài Trần Đình Thịnh không công nhận.", "Trần Đình Thịnh"),
    ("Ông Lê Văn Tám kể rằng thẩm phán đã hỏi ông rất kỹ tại TAND TP Hà Nội.", "Lê Văn Tám"),
    ("Ca sĩ Hồ Thị Mai hát bài về người thẩm phán trong phim mới ra mắt.", "Hồ Thị Mai"),
])
def test_a_name_beside_the_word_is_no_judge(pipeline, text, name):
    assert not any(t in ("Thẩm phán", "Kiểm sát viên") for t, _b, _s in positions(pipeline, text).get(name, set()))
