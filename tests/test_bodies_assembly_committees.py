"""Bodies and positions: a committee of the National Assembly printed with "của Quốc hội" is named so, as the
gold writes it ("Ủy ban Xã hội của Quốc hội"); printed bare it keeps its short name; the committees on which the
gold is split (Ủy ban Kinh tế, Ủy ban Kinh tế và Tài chính, Ủy ban Quốc phòng và An ninh, Ủy ban về các vấn đề
xã hội) keep their short name either way; a foreign parliament's committee is never the home one (constructed
sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import body_names, positions, tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Sáng nay, Ủy ban Xã hội của Quốc hội mở phiên giải trình về bảo hiểm thất nghiệp.", "Ủy ban Xã hội của Quốc hội"),
    ("Báo cáo thẩm tra của Uỷ ban Tư pháp của Quốc hội nêu ba nhóm ý kiến khác nhau.", "Ủy ban Tư pháp của Quốc hội"),
    ("Một nhóm đại biểu thuộc Ủy ban Đối ngoại của Quốc hội sẽ sang thăm Lào tuần tới.", "Ủy ban Đối ngoại của Quốc hội"),
    ("Ủy ban Tài chính - Ngân sách của Quốc hội đề nghị giữ mức thuế suất cũ.", "Ủy ban Tài chính, Ngân sách của Quốc hội"),
    ("Theo Ủy ban Pháp luật và Tư pháp của Quốc hội, dự thảo còn chồng chéo.", "Ủy ban Pháp luật và Tư pháp của Quốc hội"),
    ("Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội tổ chức hội thảo chuyên đề.",
     "Ủy ban Quốc phòng, An ninh và Đối ngoại của Quốc hội"),
    ("Ông từng là Phó Chủ nhiệm Ủy ban Khoa học và Kỹ thuật của Quốc hội trong hai nhiệm kỳ.",
     "Ủy ban Khoa học và Kỹ thuật của Quốc hội"),
])
def test_a_committee_printed_with_the_assembly_keeps_it(text, body):
    for names in (body_names(text), tagged_body_names(text)):
        assert body in names
        assert body.removesuffix(" của Quốc hội") not in names


@pytest.mark.parametrize("text, body", [
    ("Chủ nhiệm Ủy ban Xã hội Vương Thị Lan đọc tờ trình bổ sung.", "Ủy ban Xã hội"),
    ("Ủy ban Tư pháp muốn làm rõ thêm thẩm quyền của cơ quan điều tra.", "Ủy ban Tư pháp"),
    ("Ủy ban Kinh tế của Quốc hội đã thẩm tra tờ trình về kế hoạch đầu tư.", "Ủy ban Kinh tế"),
    ("Ủy ban Quốc phòng và An ninh của Quốc hội họp phiên mở rộng.", "Ủy ban Quốc phòng và An ninh"),
    ("Văn bản góp ý từ Ủy ban Kinh tế và Tài chính của Quốc hội được gửi đến các tổ.", "Ủy ban Kinh tế và Tài chính"),
])
def test_a_bare_or_split_committee_keeps_its_short_name(text, body):
    names = body_names(text)
    assert body in names
    assert f"{body} của Quốc hội" not in names


def test_the_officer_holds_the_committee_as_printed(pipeline):
    text = ("Chủ nhiệm Ủy ban Xã hội của Quốc hội Vương Thị Lan nói bản dự thảo vừa sửa xong. Phó Chủ nhiệm "
            "Ủy ban Văn hóa, Giáo dục của Quốc hội Đỗ Minh Quảng muốn nêu rõ hơn mức học phí.")
    got = positions(pipeline, text)
    assert ("Chủ nhiệm", "Ủy ban Xã hội của Quốc hội", "current") in got["Vương Thị Lan"]
    assert ("Phó Chủ nhiệm", "Ủy ban Văn hóa, Giáo dục của Quốc hội", "current") in got["Đỗ Minh Quảng"]


def test_a_bare_officer_keeps_the_short_name(pipeline):
    got = positions(pipeline, "Phó Chủ nhiệm Ủy ban Tư pháp Hà Quang Vịnh đề nghị giữ nguyên điều khoản chuyển tiếp.")
    assert ("Phó Chủ nhiệm", "Ủy ban Tư pháp", "current") in got["Hà Quang Vịnh"]


@pytest.mark.parametrize("text", [
    "Chủ tịch Ủy ban Đối ngoại Hạ viện Mỹ Robert Kline phản đối dự luật viện trợ mới.",
    "Ủy ban Tư pháp Thượng viện Mỹ bắt đầu phiên điều trần với ứng viên thẩm phán.",
    "Ủy ban nhân dân tỉnh Nam Định giao Sở Tư pháp rà soát thủ tục hộ tịch.",
])
def test_no_other_committee_becomes_the_assembly_one(text):
    assert not any(n.endswith("của Quốc hội") for n in body_names(text))


def test_a_foreign_parliament_committee_printed_with_its_country_is_that_country_s():
    names = body_names("Ủy ban Đối ngoại của Quốc hội Mỹ vừa công bố một bản đánh giá mới.")
    assert names == ["Ủy ban Đối ngoại của Quốc hội Mỹ"]
