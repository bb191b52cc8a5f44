"""A photo caption that opens with a person's title or honorific, names someone the article names nowhere else and
closes with what he does is kept in the text, its photo credit cut off, so the person counts (the ledger gold lists
the persons captions name); a caption giving orders, a group's, or one printing a body's name and no person's stays
chrome, as does every other caption. Constructed lines (invented names and places)."""

from __future__ import annotations

import pytest

from nqextract.clean import clean_text
from nqextract.pipeline import extract

LEAD = ("Sáng 12/3, tại thành phố Hòa Lâm, Quốc hội tiếp tục Phiên họp thứ 9, biểu quyết thông qua Luật Quản lý "
        "thuế (sửa đổi) với đa số đại biểu tán thành.")
BODY_1 = ("Theo báo cáo tiếp thu, dự thảo luật đã được chỉnh lý theo ý kiến của các đại biểu Quốc hội và cơ quan "
          "thẩm tra, bảo đảm tính thống nhất của hệ thống pháp luật.")
BODY_2 = ("Dự thảo luật giao Chính phủ quy định chi tiết mức giảm trừ gia cảnh trên cơ sở biến động của giá cả và "
          "thu nhập của người dân.")


def _clean(*lines: str):
    return clean_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("caption, kept", [
    ("Phó Chủ tịch Quốc hội Trịnh Văn Lộc điều hành Phiên họp", "Phó Chủ tịch Quốc hội Trịnh Văn Lộc điều hành Phiên họp."),
    ("Phó Thủ tướng Lâm Quốc Bảo phát biểu - Ảnh: VGP/Nhật Khoa", "Phó Thủ tướng Lâm Quốc Bảo phát biểu."),
    ("Bộ trưởng Bộ Tài chính Hồ Thị Mến phát biểu tại cuộc họp - Ảnh: VGP/Minh Khôi",
     "Bộ trưởng Bộ Tài chính Hồ Thị Mến phát biểu tại cuộc họp."),
    ("Bộ trưởng Bộ Xây dựng Đào Quang Tiến trình bày Tờ trình", "Bộ trưởng Bộ Xây dựng Đào Quang Tiến trình bày Tờ trình."),
    ("Tổng Bí thư Đinh Quang Vũ tham dự Phiên họp - Ảnh: Thu Hà", "Tổng Bí thư Đinh Quang Vũ tham dự Phiên họp."),
    ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diệp phát biểu. Ảnh: Thu Hà", "Bộ trưởng Bộ Công Thương Nguyễn Hồng Diệp phát biểu."),
    ("Đồng chí Nguyễn Đức Hiền, Phó Trưởng Ban, Tổ phó Tổ Biên tập phát biểu tại cuộc họp",
     "Đồng chí Nguyễn Đức Hiền, Phó Trưởng Ban, Tổ phó Tổ Biên tập phát biểu tại cuộc họp."),
    ("Ông Lý Hoàng Sang, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Hòa Lâm phát biểu",
     "Ông Lý Hoàng Sang, Chủ tịch Hiệp hội Doanh nghiệp tỉnh Hòa Lâm phát biểu."),
])
def test_a_caption_naming_someone_only_there_is_kept_without_its_credit(caption, kept):
    out = _clean(LEAD, BODY_1, caption, BODY_2)
    assert kept in out.text.splitlines()
    assert "Ảnh" not in out.text and caption not in out.removed


@pytest.mark.parametrize("caption", [
    "Tổng Bí thư Đinh Quang Vũ, Trưởng Tiểu ban Nhân sự Đại hội. (Ảnh: An Đăng/TTXVN)",  # a bare label, no doing
    "Các đại biểu Quốc hội dự Phiên họp",  # no one person
    "Quang cảnh Phiên họp - Ảnh: VGP/Nhật Khoa",
    "Bà con tham dự Phiên họp - Ảnh: Minh Khôi",  # "Bà" opens no name here
    "Thủ tướng phát biểu tại Phiên họp - Ảnh: VGP/Nhật Khoa",  # a title and no name
    "Trần Khôi - Lạc Vân - Đỗ Hiên",  # reporters' byline
    # a task cue: a caption giving orders stays chrome
    "Tổng Bí thư Đinh Quang Vũ phát biểu chỉ đạo. Ảnh: Thu Hà/TTXVN",
    "Thủ tướng Lê Minh Khang yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ tại phiên họp - Ảnh: VGP/Nhật Khoa",
    "Chủ tịch UBND tỉnh Trần Quốc Hưng chỉ đạo các sở khẩn trương khắc phục hậu quả mưa lũ tại cuộc họp. Ảnh: Minh Khôi",
    "Phó Chủ tịch tỉnh Đoàn Văn Hạ đề nghị các địa phương rà soát hồ sơ - Ảnh: Minh Khôi",
    # no deed right after the name (a meeting's noun only, a group's "cùng ...")
    "Phó Chủ tịch nước Hà Minh Thư cùng các đại biểu tham dự Phiên họp",
    "Phó Thủ tướng Nguyễn Văn Tước tại phiên họp - Ảnh: VGP/Nhật Khoa",
    # a body's name, no person's
    "Giám đốc Sở Y tế phát biểu tại hội nghị",
    "Bộ trưởng Bộ Công Thương phát biểu - Ảnh: VGP/Nhật Khoa",
    "Chủ tịch Hội đồng quản trị Tập đoàn Sông Đà phát biểu",
    "Đồng chí Bí thư Đảng ủy xã Tân Phú phát biểu",
    "Bà con xã Tân Phú tham dự buổi lễ - Ảnh: Minh Khôi",
])
def test_other_captions_stay_chrome(caption):
    out = _clean(LEAD, BODY_1, BODY_2, caption)
    assert caption in out.removed and "Ảnh" not in out.text


def test_a_caption_naming_someone_the_article_names_stays_chrome():
    body = BODY_1.replace("Theo báo cáo tiếp thu,", "Theo báo cáo của Bộ trưởng Hồ Thị Mến,")
    caption = "Bộ trưởng Bộ Tài chính Hồ Thị Mến phát biểu - Ảnh: VGP/Minh Khôi"
    out = _clean(LEAD, body, caption, BODY_2)
    assert caption in out.removed and "phát biểu" not in out.text


def test_only_a_whole_name_printed_elsewhere_keeps_a_caption_chrome():
    body = BODY_1.replace("Theo báo cáo tiếp thu,", "Theo báo cáo của ông Nguyễn Văn Anh,")
    out = _clean(LEAD, body, "Ông Nguyễn Văn An phát biểu - Ảnh: Minh Khôi", BODY_2)
    assert "Ông Nguyễn Văn An phát biểu." in out.text.splitlines()


DIRECTIVE = ("Thủ tướng yêu cầu: các bộ, ngành khẩn trương hoàn thiện hồ sơ dự án, báo cáo Chính phủ trước ngày "
             "30/6; các địa phương rà soát, bố trí đủ mặt bằng cho dự án.")


@pytest.mark.parametrize("caption, name", [
    ("Phó Thủ tướng Lâm Quốc Bảo phát biểu - Ảnh: VGP/Nhật Khoa", "Lâm Quốc Bảo"),
    ("Phó Thủ tướng Nguyễn Văn Tước cùng các đại biểu tham gia phiên họp - Ảnh: VGP/Nhật Khoa", "Nguyễn Văn Tước"),
    ("Phó Chủ tịch nước Hà Minh Thư điều hành Phiên họp", "Hà Minh Thư"),
    ("Tổng Bí thư Đinh Quang Vũ tham dự Phiên họp", "Đinh Quang Vũ"),  # "tham dự" is no directive verb
])
def test_a_caption_after_a_directive_passage_makes_no_task(caption, name):
    a = extract("\n".join([LEAD, DIRECTIVE, caption, BODY_1]) + "\n")
    assert "Nhật Khoa" not in {p.name for p in a.persons}
    assert not any(name in t.assignee for t in a.tasks)


def test_the_person_of_a_kept_caption_is_found_with_the_office():
    a = extract("\n".join([LEAD, BODY_2, "Phó Chủ tịch nước Hà Minh Thư điều hành Phiên họp", BODY_1]) + "\n")
    people = {p.name: [(q.title, q.body) for q in p.positions] for p in a.persons}
    assert people.get("Hà Minh Thư") == [("Phó Chủ tịch nước", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam")]


@pytest.mark.parametrize("caption", [
    "Giám đốc Công ty Hoàng Long phát biểu - Ảnh: Minh Khôi",
    "Giám đốc Công ty Cổ phần Trần Hưng Đạo phát biểu",
    "Chủ tịch UBND phường Nguyễn Trung Trực phát biểu - Ảnh: Thu Hà",
    "Bí thư Đảng ủy xã Phan Đình Phùng phát biểu",
    "Ông Hiệu trưởng Trường Lê Quý Đôn phát biểu tại buổi lễ",
    "Bí thư Đoàn trường THPT Nguyễn Trãi phát biểu",
])
def test_a_body_named_after_a_person_is_no_person_of_a_caption(caption):
    out = _clean(LEAD, BODY_1, BODY_2, caption)
    assert caption in out.removed and "phát biểu" not in out.text


@pytest.mark.parametrize("caption, kept", [
    ("Bộ trưởng Bộ Công an Lương Văn Tâm phát biểu - Ảnh: Thu Hà", "Bộ trưởng Bộ Công an Lương Văn Tâm phát biểu."),
    ("Trưởng Ban Tổ chức Trung ương Lê Minh Hòa phát biểu", "Trưởng Ban Tổ chức Trung ương Lê Minh Hòa phát biểu."),
])
def test_a_known_body_or_a_qualifier_before_a_name_keeps_the_caption(caption, kept):
    assert kept in _clean(LEAD, BODY_1, caption, BODY_2).text.splitlines()


def test_a_persons_second_caption_stays_chrome():
    first, second = "Phó Thủ tướng Lâm Quốc Bảo phát biểu - Ảnh: VGP", "Phó Thủ tướng Lâm Quốc Bảo điều hành Phiên họp"
    lines = _clean(LEAD, BODY_1, first, BODY_2, second).text.splitlines()
    assert "Phó Thủ tướng Lâm Quốc Bảo phát biểu." in lines and not any("điều hành" in ln for ln in lines)


LISTS = [
    (["Thủ tướng yêu cầu:", "- Bộ Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến mưa lũ, thông báo kịp thời "
      "cho các địa phương.", "Phó Thủ tướng Lâm Quốc Bảo phát biểu tại hội nghị - Ảnh: VGP/Nhật Khoa",
      "- Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị sẵn sàng lực lượng, phương tiện hỗ trợ người dân."],
     ["Bộ Quốc phòng", "Bộ Công an"]),
    (["Thủ tướng giao các bộ, ngành thực hiện các nhiệm vụ sau:", "1. Bộ Tài chính bố trí đủ kinh phí khắc phục "
      "hậu quả thiên tai.", "Bộ trưởng Bộ Tài chính Hồ Thị Mến phát biểu - Ảnh: VGP",
      "2. Bộ Xây dựng khẩn trương khắc phục các tuyến giao thông bị sạt lở."], ["Bộ Tài chính", "Bộ Xây dựng"]),
    (["Kết luận hội nghị, Phó Thủ tướng đề nghị các địa phương:",
      "Phó Thủ tướng Lâm Quốc Bảo chủ trì hội nghị - Ảnh: VGP",
      "Khẩn trương kiểm tra, rà soát các hồ đập, bảo đảm an toàn cho người dân vùng hạ du."], ["các địa phương"]),
]


@pytest.mark.parametrize("passage, assignees", LISTS)
def test_a_caption_inside_a_list_stays_chrome_and_the_list_whole(passage, assignees):
    a = extract("\n".join([LEAD, *passage, BODY_1]) + "\n")
    got = [t.assignee for t in a.tasks]
    assert not any("Bảo" in g or "Mến" in g for g in got)
    for who in assignees:
        assert any(who in g for g in got), (who, got)
    assert "Ảnh" not in clean_text("\n".join([LEAD, *passage, BODY_1]) + "\n").text
