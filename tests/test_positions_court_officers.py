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


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Thẩm phán Juan Merchan của Tòa án tối cao bang New York đã hoãn phiên xử.",
     "Juan Merchan", ("Thẩm phán", "Tòa án tối cao bang New York", "current")),
    ("Thẩm phán Tòa án Tối cao Mỹ Amy Coney Barrett phản đối phán quyết.",
     "Amy Coney Barrett", ("Thẩm phán", "Tòa án Tối cao Mỹ", "current")),
    ("TAND tối cao Việt Nam tổ chức hội nghị. Thẩm phán Pierre Martin của Tòa án Tối cao Pháp phát biểu.",
     "Pierre Martin", ("Thẩm phán", "Tòa án Tối cao Pháp", "current")),
])
def test_a_foreign_judge_holds_his_own_court_never_vietnams(pipeline, text, name, expected):
    found = positions(pipeline, text)[name]
    assert expected in found
    assert not any(body and "nhân dân" in body for _t, body, _s in found)


def test_a_foreign_judge_printed_bare_takes_no_court_of_the_article(pipeline):
    text = ("TAND TP Hà Nội xét xử vụ án. TAND TP Hà Nội tuyên án. Thẩm phán John Hart của Mỹ cũng theo dõi "
            "phiên tòa.")
    assert not any(body and "nhân dân" in body for _t, body, _s in positions(pipeline, text).get("John Hart", set()))


@pytest.mark.parametrize("text", [
    "TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án. TAND TP Hà Nội kết luận. Thẩm phán Lê Thị Thu (TAND tỉnh "
    "Bình Dương) trình bày tham luận.",
    "TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án. TAND TP Hà Nội kết luận. Thẩm phán Lê Thị Thu, TAND tỉnh "
    "Bình Dương, trình bày tham luận.",
    "TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án. TAND TP Hà Nội kết luận. Thẩm phán Lê Thị Thu của TAND tỉnh "
    "Bình Dương trình bày tham luận.",
])
def test_the_court_printed_beside_the_judge_wins_over_the_articles(pipeline, text):
    assert positions(pipeline, text)["Lê Thị Thu"] == {("Thẩm phán", "Tòa án nhân dân tỉnh Bình Dương", "current")}


def test_a_prosecutor_with_his_procuracy_in_brackets(pipeline):
    text = ("VKSND TP Hà Nội truy tố. VKSND TP Hà Nội đề nghị mức án. Kiểm sát viên Đỗ Văn Tâm (VKSND tỉnh Hà Nam) "
            "tham dự.")
    assert positions(pipeline, text)["Đỗ Văn Tâm"] == {("Kiểm sát viên", "Viện kiểm sát nhân dân tỉnh Hà Nam", "current")}


@pytest.mark.parametrize(("text", "name"), [
    ("Chị Trần Thị Én kể đã từng làm thẩm phán nhiều năm. TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án.",
     "Trần Thị Én"),
    ("TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án. Bộ phim kể về nữ thẩm phán Lê Thị Hoa trong một đại án.",
     "Lê Thị Hoa"),
    ("TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án. Diễn viên Mai Thu Hà vào vai thẩm phán Vũ Thị Lan.",
     "Vũ Thị Lan"),
])
def test_a_judge_only_told_or_played_gets_no_court_of_the_article(pipeline, text, name):
    found = positions(pipeline, text).get(name, set())
    assert not any(body for _t, body, _s in found)


def test_a_judge_presiding_keeps_the_articles_court(pipeline):
    text = "TAND TP Hà Nội xét xử. TAND TP Hà Nội tuyên án. Thẩm phán Lê Thị Hoa làm chủ tọa phiên tòa."
    assert positions(pipeline, text)["Lê Thị Hoa"] == {("Thẩm phán", "Tòa án nhân dân thành phố Hà Nội", "current")}


def test_a_second_judge_after_a_presiding_one_keeps_the_articles_court(pipeline):
    text = ("TAND tỉnh Hà Nam xét xử. TAND tỉnh Hà Nam tuyên án. Hội đồng xét xử gồm thẩm phán Lê Thị Hoa làm chủ "
            "tọa và thẩm phán Vũ Văn Nam.")
    found = positions(pipeline, text)
    assert found["Vũ Văn Nam"] == {("Thẩm phán", "Tòa án nhân dân tỉnh Hà Nam", "current")}


@pytest.mark.parametrize(("text", "name"), [
    # "làm" and "kể" alone are no cue of a job held or told: a petition sent, a meeting, "kể cả"
    ("TAND tỉnh Hà Nam xét xử. Bị cáo làm đơn gửi thẩm phán Đinh Văn Long xin hoãn. TAND tỉnh Hà Nam chấp nhận.",
     "Đinh Văn Long"),
    ("TAND tỉnh Hà Nam xét xử. Gia đình bị hại đã làm việc với thẩm phán Mai Văn Hậu. TAND tỉnh Hà Nam tuyên án.",
     "Mai Văn Hậu"),
    ("TAND tỉnh Hà Nam xét xử. Mọi người, kể cả thẩm phán Tạ Thị Hồng, đều chấp hành nội quy. TAND tỉnh Hà Nam "
     "tuyên án.", "Tạ Thị Hồng"),
    ("TAND tỉnh Hà Nam xét xử. Luật sư làm việc với thẩm phán Đinh Văn Long trước phiên tòa. TAND tỉnh Hà Nam "
     "tuyên án.", "Đinh Văn Long"),
])
def test_a_judge_met_or_listed_keeps_the_articles_court(pipeline, text, name):
    assert positions(pipeline, text)[name] == {("Thẩm phán", "Tòa án nhân dân tỉnh Hà Nam", "current")}
