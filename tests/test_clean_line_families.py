"""Line shapes the text cleaner tells apart: photo captions, photo credits, reporters' bylines and teasers of
other articles are page chrome (the dev gold lists them as noise) even when they print an official's name;
article lines of similar shape are kept. Constructed lines (invented names and places)."""

from __future__ import annotations

import pytest

from nqextract.clean import clean_text

LEAD = ("Sáng 12/3, tại thành phố Hòa Lâm, Ủy ban nhân dân tỉnh Hòa Lâm tổ chức hội nghị tổng kết công tác năm "
        "2025 và triển khai nhiệm vụ năm 2026 với sự tham dự của đại diện các sở, ngành và địa phương.")
BODY_1 = ("Phát biểu tại hội nghị, Chủ tịch UBND tỉnh Lê Văn Khải đề nghị các sở, ngành tập trung tháo gỡ vướng mắc "
          "cho các dự án đầu tư công, hoàn thành giải ngân trước ngày 31/12.")
BODY_2 = ("Các địa phương cần rà soát toàn bộ hồ sơ đất đai, báo cáo kết quả về Sở Nông nghiệp và Môi trường trước "
          "ngày 15/4 để tổng hợp trình Ủy ban nhân dân tỉnh xem xét.")


def _clean(*lines: str):
    return clean_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("caption", [
    "Chủ tịch UBND tỉnh Lê Văn Khải điều hành hội nghị",  # named in the body: the caption adds no one
    "Bộ trưởng Bộ Xây dựng trình bày Tờ trình",  # a body's name, no person's (named, he would be kept)
    "Phó Chủ tịch nước Hà Minh Thư cùng các đại biểu tham dự Phiên họp",  # a group's caption
    "Quang cảnh Phiên họp",
])
@pytest.mark.parametrize("at_end", [False, True])
def test_standalone_photo_captions_are_chrome(caption, at_end):
    lines = [LEAD, BODY_1, BODY_2, caption] if at_end else [LEAD, BODY_1, caption, BODY_2]
    out = _clean(*lines)
    assert caption in out.removed and caption not in out.text


@pytest.mark.parametrize("caption", [
    "Chủ tịch UBND tỉnh Lê Văn Khải phát biểu - Ảnh: VGP/Minh Khôi",
    "Bí thư Tỉnh ủy Đặng Quốc Vinh, Trưởng Ban Chỉ đạo. (Ảnh: Hải Yến/TTXVN)",
    "Các đại biểu bấm nút biểu quyết tại hội trường. Ảnh: Tuấn Kiệt",
])
def test_captions_closed_by_a_photo_credit_are_chrome(caption):
    out = _clean(LEAD, BODY_1, caption, BODY_2)
    assert caption in out.removed and caption not in out.text


@pytest.mark.parametrize("byline", ["Khánh Linh", "Lâm Hà - Tú Oanh - Bảo Châu", "Quế Anh - Vĩnh Lộc"])
def test_reporters_bylines_at_the_end_are_chrome_and_the_same_line_in_the_body_is_kept(byline):
    assert byline in _clean(LEAD, BODY_1, BODY_2, byline).removed
    kept = _clean(LEAD, BODY_1, byline, BODY_2, BODY_1.replace("31/12", "30/11"))
    assert byline in kept.text


def test_a_glued_teaser_run_after_the_body_is_chrome():
    teaser = ("THN.vn - Gần một tuần nay, mặt hồ Tây Lâm xuất hiện váng bẩn bốc mùi.THN.vn - UBND tỉnh Hòa Lâm "
              "yêu cầu các doanh nghiệp trong khu xử lý chất thải giảm công suất.")
    first = "THN.vn - " + LEAD
    out = _clean(first, BODY_1, BODY_2 + " " + teaser)
    assert "giảm công suất" not in out.text and BODY_1 in out.text


@pytest.mark.parametrize("line", [
    "\"Không để ai bị bỏ lại phía sau\"",  # a quoted slogan on its own line
    "(Trước đó, ngày 5/3, Sở Xây dựng đã có văn bản đề nghị các chủ đầu tư báo cáo tiến độ.)",
    "Video: Phó Chủ tịch tỉnh Trịnh Văn Lộc trả lời báo chí về tiến độ các dự án trọng điểm của tỉnh",
    "Bộ trưởng Phan Hữu Thành: Không được chậm trễ trong giải ngân",  # a subheading quoting an official
    "1. Ông Vũ Đình Kha",  # a numbered list of appointees
    "Chủ tịch UBND tỉnh Lê Văn Khải đề nghị các sở, ngành báo cáo kết quả trước ngày 20/4.",
])
@pytest.mark.parametrize("at_end", [False, True])
def test_article_lines_shaped_like_chrome_are_kept(line, at_end):
    lines = [LEAD, BODY_1, BODY_2, line] if at_end else [LEAD, BODY_1, line, BODY_2]
    out = _clean(*lines)
    assert line in out.text and line not in out.removed
