"""Task pattern families of clauses linked inside one sentence, each on constructed sentences with
several variants: a request cue after a comma (or ";") and a link word (", nên / , đồng thời / ; đồng
thời chỉ đạo X ...") is spoken by the sentence's subject, whose first predicate came before it."""

from __future__ import annotations

import pytest

from conftest import one, pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Tuy nhiên, Cục Đường sắt Việt Nam chưa bố trí được nguồn vốn trong giai đoạn 2021 - 2025, nên đề nghị "
     "Bộ Giao thông vận tải bố trí nguồn vốn thực hiện trong giai đoạn 2026 - 2030.",
     "Cục Đường sắt Việt Nam", "Bộ Giao thông vận tải", "bố trí nguồn vốn thực hiện trong giai đoạn 2026 - 2030"),
    ("Nhiều cử tri bày tỏ bức xúc về tình trạng thuốc giả, đồng thời kiến nghị Quốc hội cần tăng mức hình phạt "
     "đối với các hành vi này.",
     "cử tri", "Quốc hội", "tăng mức hình phạt đối với các hành vi này"),
    ("Bộ Tài chính đã hoàn thành thẩm định hồ sơ, và đề nghị Chính phủ phê duyệt dự án.",
     "Bộ Tài chính", "Chính phủ", "phê duyệt dự án"),
    ("Bộ Công Thương đánh giá nguồn cung xăng dầu ổn định, nên yêu cầu các doanh nghiệp đầu mối duy trì "
     "hệ thống phân phối.",
     "Bộ Công Thương", "các doanh nghiệp đầu mối", "duy trì hệ thống phân phối"),
    ("Ủy ban nhân dân huyện Tuy Phước đã ra văn bản đình chỉ sản xuất đối với 2 cơ sở; đồng thời chỉ đạo "
     "Ủy ban nhân dân xã Phước Thuận kiểm tra và xử lý việc lấn chiếm hành lang đê.",
     "Ủy ban nhân dân huyện Tuy Phước", "Ủy ban nhân dân xã Phước Thuận",
     "kiểm tra và xử lý việc lấn chiếm hành lang đê"),
])
def test_request_after_linked_clause(run, text, assigner, assignee, action):
    t = one(run(text))
    assert (t.assignee, t.action) == (assignee, action)
    assert t.assigner == assigner


@pytest.mark.parametrize("text", [
    "Giá vàng tăng mạnh trong tuần qua, nên đề nghị người dân thận trọng.",  # no agent addressed
    "Bộ Tài chính cho biết giá xăng tăng, và đề nghị được ghi nhận.",  # no assignee
])
def test_linked_clause_without_assignment(run, text):
    assert run(text) == []


def test_link_word_without_comma_keeps_its_reading(run):
    # "và" joining two subjects: no comma, the cue's speaker is the mention right before it as always
    assert ("Bộ Xây dựng", "hoàn thiện hồ sơ dự án") in pairs(
        run("Thủ tướng yêu cầu Bộ Xây dựng hoàn thiện hồ sơ dự án."))


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Ủy ban nhân dân tỉnh Quảng Nam đã họp khẩn và chỉ đạo Sở Y tế tăng cường giám sát dịch bệnh tại các "
     "huyện miền núi.",
     "Ủy ban nhân dân tỉnh Quảng Nam", "Sở Y tế", "tăng cường giám sát dịch bệnh tại các huyện miền núi"),
    ("Bộ Giao thông vận tải đã kiểm tra hiện trường và chỉ đạo Cục Đường bộ Việt Nam khẩn trương sửa chữa "
     "mặt đường.",
     "Bộ Giao thông vận tải", "Cục Đường bộ Việt Nam", "khẩn trương sửa chữa mặt đường"),
])
def test_chi_dao_after_va_without_comma(run, text, assigner, assignee, action):
    t = one(run(text))
    assert (t.assigner, t.assignee, t.action) == (assigner, assignee, action)


def test_nouns_of_directing_joined_by_va_are_no_cue(run):
    assert run("Phát biểu chỉ đạo và giao nhiệm vụ, ông Nguyễn Văn A chúc mừng ông Trần Văn B được bổ nhiệm.") == []
