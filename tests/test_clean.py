"""The cleaning stage: chrome stripping for scraped text, HTML -> article text + metadata."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from conftest import DEV, SHARED, need_shared
from nqextract.clean import clean, clean_html, clean_text
from nqextract.errors import CleanError, NQError
from nqextract.models import RawArticle

HTML = SHARED / "html"
LISTING = HTML / "listing"
CORPUS = SHARED / "corpus"

# Real lines from Vietnamese political news pages, one per chrome family.
LEAD = ("(Ngày Nay) - Chiều 4/3, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo Trung ương về phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) đã tổ chức Phiên họp thứ 2.")
BODY_1 = ("Việc chuyển đổi số trong các cơ quan Đảng bước đầu có sự thay đổi tích cực. Các tiện ích của Đề án 06 "
          "đã đem lại nhiều lợi ích thiết thực trong quản lý và phục vụ người dân, doanh nghiệp.")
BODY_2 = ("Tổng Bí thư yêu cầu, phải mạnh dạn lựa chọn, đưa các sản phẩm, các giải pháp ứng dụng khoa học công nghệ "
          "đổi mới sáng tạo, chuyển đổi số nhanh chóng đi vào thực tiễn, nhất là những sản phẩm đã thấy hiệu quả.")
BODY_3 = ("Đồng chí đề nghị các bộ, ngành hoàn thiện ý kiến gửi Tổ Biên tập tổng hợp trước ngày 15/9/2024 để kịp "
          "tiến độ Đề án, với các giải pháp đề xuất có tính khả thi, có trọng tâm, trọng điểm.")
HEADLINE = "Thủ tướng Phạm Minh Chính chủ trì phiên họp Ủy ban quốc gia về chuyển đổi số"


def _article(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


# --------------------------------------------------------------------------- text: errors


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\u00a0\n"])
def test_empty_text_is_a_clean_error(text):
    with pytest.raises(CleanError, match="empty article"):
        clean_text(text, source="empty.txt")


def test_text_of_chrome_only_is_a_clean_error():
    with pytest.raises(CleanError, match="no article text left"):
        clean_text("0:00 / 0:00\nBình luận: 0\n")


def test_clean_error_names_the_stage_and_source():
    with pytest.raises(NQError) as info:
        clean_text(" ", source="dir/a.txt")
    assert info.value.stage == "clean"
    assert "dir/a.txt" in str(info.value)


# --------------------------------------------------------------------------- text: chrome families


def test_nfc_and_line_endings():
    decomposed = "Ngày 24/4, Thủ tướng chủ trì Phiên họp lần thứ 8 của Ủy ban.".replace("ủ", "u\u0309")
    out = clean_text(f"{HEADLINE}\r\n\r\n{decomposed}\r\n{BODY_1}\r\n")
    assert "\r" not in out.text
    assert "Thủ tướng chủ trì Phiên họp lần thứ 8" in out.text


@pytest.mark.parametrize("chrome", [
    "0:00 / 0:00",
    "0:00",
    "Thứ hai, ngày 20/01/2025 - 19:33",
    "Thứ tư, 22/10/2025, 19:25 (GMT+7)",
    "Tổng Bí thư Tô Lâm phát biểu chỉ đạo. Ảnh: Thống Nhất/TTXVN",  # a task cue ("chỉ đạo"): chrome
    "Thủ tướng Phạm Minh Chính chủ trì Phiên họp lần thứ tám của Ủy ban quốc gia về chuyển đổi số_ Ảnh: Dương Giang",
    "Tổng Bí thư Tô Lâm: Cơ hội rất lớn để thúc đẩy đổi mới sáng tạo, chuyển đổi số đưa đất nước phát triển ảnh 1",
    "Ảnh minh họa",
    "Quang cảnh cuộc họp",
    "Các thành viên Tổ Biên tập thảo luận",
    # a task cue ("chỉ đạo"): chrome (the bare "... phát biểu tại cuộc họp" names someone only here, and is kept)
    "Đồng chí Nguyễn Đức Hiển, Phó Trưởng Ban, Tổ phó Tổ Biên tập phát biểu chỉ đạo tại cuộc họp",
    "  • Zalo",
])
def test_each_chrome_line_between_paragraphs_is_dropped(chrome):
    out = clean_text(_article(HEADLINE, LEAD, chrome, BODY_1, BODY_2))
    assert chrome.strip() not in _lines(out.text)
    assert chrome.strip() in out.removed
    for kept in (HEADLINE, LEAD, BODY_1, BODY_2):
        assert kept in _lines(out.text)


def test_byline_and_everything_after_a_comment_counter_are_dropped():
    tail = ["Trà Vũ", "Bình luận: 0", "Đọc nhiều nhất",
            "Bộ Công thương đánh giá cao sự phối hợp và vào cuộc mạnh mẽ của các cơ quan báo chí, góp phần "
            "tuyên truyền chủ trương, chính sách.", "  • Messenger", "  • Back to top"]
    out = clean_text(_article(HEADLINE, "", LEAD, "", BODY_1, "", BODY_2, "", BODY_3, "", *tail))
    assert _lines(out.text) == [HEADLINE, LEAD, BODY_1, BODY_2, BODY_3]
    assert [r.strip() for r in out.removed] == [t.strip() for t in tail]


def test_most_read_widget_ends_the_body():
    out = clean_text(_article(LEAD, BODY_1, BODY_2, BODY_3, "Đọc nhiều nhất",
                              "Thay mặt Bộ Chính trị, đồng chí Trương Thị Mai đã ký ban hành Quy định số 142-QĐ/TW."))
    assert "Trương Thị Mai" not in out.text
    assert BODY_3 in out.text


def test_related_news_teasers_after_the_body_are_dropped():
    teaser_title = "Thủ tướng Chính phủ Phạm Minh Chính tiếp Đại sứ Thái Lan tại Việt Nam"
    teaser_lead = ("(Ngày Nay) - Chiều 13/3, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính đã tiếp Bà "
                   "Urawadee Sriphiromaya, Đại sứ Vương quốc Thái Lan tại Việt Nam.")
    out = clean_text(_article(HEADLINE, "", LEAD, "", BODY_1, "", BODY_2, "", teaser_title, teaser_title,
                              teaser_lead, "Ảnh minh họa"))
    assert "Urawadee" not in out.text and teaser_title not in out.text
    assert _lines(out.text) == [HEADLINE, LEAD, BODY_1, BODY_2]


def test_source_tag_of_the_lead_stays():
    out = clean_text(_article(HEADLINE, "NDO - " + BODY_1, BODY_2))
    assert out.text.splitlines()[1].startswith("NDO - ")


def test_first_line_headline_becomes_the_title():
    out = clean_text(_article(HEADLINE, "", BODY_1, "", BODY_2))
    assert out.title == HEADLINE
    assert out.text.startswith(HEADLINE)


def test_given_title_wins_over_the_first_line():
    out = clean_text(_article(HEADLINE, BODY_1), title="Tiêu đề khác")
    assert out.title == "Tiêu đề khác"


def test_first_line_caption_is_dropped_and_no_title_is_guessed():
    caption = "Đồng chí Trưởng Ban Trần Lưu Quang phát biểu chỉ đạo"
    out = clean_text(_article(caption, BODY_3, BODY_1))
    assert out.title is None
    assert _lines(out.text) == [BODY_3, BODY_1]


def test_first_line_lead_is_kept_and_is_not_a_title():
    out = clean_text(_article(BODY_2, BODY_1))
    assert out.title is None
    assert _lines(out.text) == [BODY_2, BODY_1]


def test_subheadings_are_kept():
    out = clean_text(_article(HEADLINE, "", LEAD, "", "Nhiều chuyển biến tích cực", "", BODY_1, "",
                              "Cụ thể hóa Nghị quyết số 57, tạo nền tảng cho sự phát triển vững chắc", "", BODY_2))
    assert "Nhiều chuyển biến tích cực" in _lines(out.text)
    assert "Cụ thể hóa Nghị quyết số 57, tạo nền tảng cho sự phát triển vững chắc" in _lines(out.text)


def test_a_name_line_inside_the_body_is_not_a_byline():
    out = clean_text(_article(LEAD, "Tây Nguyên", BODY_1, "Nam Bộ", BODY_2))
    assert "Tây Nguyên" in _lines(out.text) and "Nam Bộ" in _lines(out.text)


def test_hard_wrapped_paragraph_lines_are_not_captions():
    out = clean_text(_article(LEAD, "Ông Trần Duy Dũng, Chủ tịch UBND huyện Nam Trà My cho biết trên địa bàn",
                              "vừa xảy ra sạt lở đất tại nhiều tuyến đường.", BODY_1))
    assert "Ông Trần Duy Dũng, Chủ tịch UBND huyện Nam Trà My cho biết trên địa bàn" in out.text


def test_an_early_related_box_drops_only_its_titles():
    out = clean_text(_article(LEAD, "Tin liên quan", "Xuất khẩu ứng phó thế nào với chiến sự Trung Đông?",
                              "Xuất khẩu xoay xở với giá dầu tăng", BODY_1, BODY_2, BODY_3))
    assert _lines(out.text) == [LEAD, BODY_1, BODY_2, BODY_3]


def test_kept_lines_are_never_rewritten():
    src = _article(HEADLINE, "0:00", LEAD, "Quang cảnh cuộc họp", BODY_1, "Trà Vũ")
    out = clean_text(src)
    assert set(_lines(out.text)) <= set(_lines(src))


# --------------------------------------------------------------------------- text: dev gold


def _dev_pairs():
    need_shared(DEV)
    return [(txt, json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))) for txt in sorted(DEV.glob("*.txt"))]


def test_dev_keep_sentences_all_present_and_noise_lines_all_gone():
    """GOLD_FORMAT cleaning score: keep present 1.00, noise leaked 0.00 (same matching as evaluate)."""
    keep_total = keep_hits = noise_total = noise_absent = 0
    for txt, gold in _dev_pairs():
        out = clean_text(txt.read_text(encoding="utf-8"), source=txt.name)
        flat = " ".join(out.text.split())
        lines = {re.sub(r"^[\s•·\-–*]+", "", ln).strip() for ln in out.text.splitlines()}
        for k in gold["keep"]:
            keep_total += 1
            keep_hits += " ".join(k.split()) in flat
        for n in gold["noise"]:
            noise_total += 1
            norm = " ".join(n.split())
            noise_absent += not ((norm in flat) if len(norm) >= 20 else (n.strip() in lines))
    assert keep_hits == keep_total
    assert noise_absent == noise_total


def test_dev_titles_match_gold():
    for txt, gold in _dev_pairs():
        assert clean_text(txt.read_text(encoding="utf-8")).title == gold.get("title"), txt.name


# --------------------------------------------------------------------------- text: real corpus


def test_clean_corpus_texts_keep_their_body_lines():
    """Corpus texts are already clean: (almost) no line of 15+ words may be dropped."""
    need_shared(CORPUS)
    total = dropped = 0
    for path in sorted(CORPUS.glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines()[:150]:
            text = json.loads(row).get("text") or ""
            if not text.strip():
                continue
            try:
                out = clean_text(text)
            except CleanError:  # a few corpus rows hold only a related-links list
                continue
            total += sum(len(ln.split()) >= 15 for ln in text.splitlines())
            dropped += sum(len(ln.split()) >= 15 for ln in out.removed)
    assert total > 500
    assert dropped / total <= 0.005


# --------------------------------------------------------------------------- HTML


def _page(name: str) -> str:
    return need_shared(HTML / name).read_text(encoding="utf-8")


def _gold(name: str) -> dict:
    return json.loads(need_shared(HTML / "gold" / name).read_text(encoding="utf-8"))


def _paragraphs(text: str) -> list[str]:
    return [" ".join(ln.split()) for ln in text.splitlines() if ln.strip()]


@pytest.mark.parametrize("page", ["baochinhphu_article_meth04", "dantri_article_meth04", "tuoitre_article_meth04",
                                  "vnexpress_suckhoe_2025-10-22_fundus"])
def test_html_gold_paragraphs_present_chrome_absent_metadata_right(page):
    gold = _gold(page + ".json")
    out = clean_html(_page(gold["page"]), source=gold["page"])
    paras = _paragraphs(out.text)
    missing = [k for k in gold["keep"] if not any(" ".join(k.split()) in p for p in paras)]
    assert missing == []
    flat = "\n".join(paras)
    assert [n for n in gold["noise"] if " ".join(n.split()) in flat] == []
    assert out.title == gold["title"]
    assert out.published == dt.date.fromisoformat(gold["published"])
    assert out.url == gold["url"]
    assert out.site


def test_html_sapo_recovered_before_the_body():
    out = clean_html(_page("tuoitre_article_meth04.html"))
    lines = _paragraphs(out.text)
    assert lines[0] == "Chiến sự đẩy giá hoa nhập khẩu dịp 8-3 tăng mạnh"
    assert lines[1].startswith("Xung đột ở khu vực Trung Đông khiến các shop hoa")


def test_html_sapo_with_source_tag_and_dropped_subheadings_restored():
    out = clean_html(_page("baochinhphu_article_meth04.html"))
    lines = _paragraphs(out.text)
    assert lines[1].startswith("(Chinhphu.vn) - Tháng 3/2026 có nhiều chính sách mới")
    heading = "3 hình thức khai thác, sử dụng thông tin về nhà ở và thị trường bất động sản"
    assert lines.index(heading) + 1 == next(i for i, x in enumerate(lines) if x.startswith("Chính phủ ban hành Nghị định số 357"))


def test_html_related_box_app_banner_and_comment_widget_gone():
    text = clean_html(_page("baochinhphu_article_meth04.html")).text
    for chrome in ("Tham khảo thêm", "Chính sách mới có hiệu lực từ tháng 2/2026", "Tải ứng dụng", "BÁO ĐIỆN TỬ CHÍNH PHỦ"):
        assert chrome not in text
    text = clean_html(_page("tuoitre_article_meth04.html")).text
    assert "Tối đa: 1500 ký tự" not in text and "chưa có bình luận" not in text


def test_html_captions_and_bylines_gone_inline_keyword_links_kept():
    out = clean_html(_page("plo_chinh_tri_vpeopleonatank.html"))
    assert "Ảnh: THUẬN VĂN" not in out.text
    # the name is a keyword link classed "cms-relate" inside the sentence: it must survive pruning
    assert "Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM Nguyễn Phước Lộc làm Trưởng đoàn đã đến dâng hoa" in out.text
    assert out.published == dt.date(2025, 10, 11)
    assert out.url.endswith("post874982.html")
    vne = clean_html(_page("vnexpress_suckhoe_2025-10-22_fundus.html"))
    assert "Lê Phương" in vne.removed and "Lê Phương" not in vne.text


def test_html_caller_metadata_wins():
    out = clean_html(_page("dantri_article_meth04.html"), url="https://example.org/a", published=dt.date(2026, 3, 8),
                     site="Dân trí")
    assert (out.url, out.published, out.site) == ("https://example.org/a", dt.date(2026, 3, 8), "Dân trí")


@pytest.mark.parametrize("name", sorted(p.name for p in LISTING.glob("*.html")) if LISTING.exists() else ["absent"])
def test_listing_and_home_pages_are_rejected(name):
    page = need_shared(LISTING / name).read_text(encoding="utf-8", errors="replace")
    with pytest.raises(CleanError, match="not an article"):
        clean_html(page, source=name)


@pytest.mark.parametrize("html", ["", "   ", "just some words, no markup"])
def test_empty_or_non_html_is_a_clean_error(html):
    with pytest.raises(CleanError):
        clean_html(html, source="x.html")


def test_clean_dispatches_on_raw_article():
    out = clean(RawArticle(source="a.txt", text=_article(HEADLINE, BODY_1), published=dt.date(2024, 4, 24)))
    assert out.title == HEADLINE and out.published == dt.date(2024, 4, 24) and out.source == "a.txt"
    page = _page("vnexpress_suckhoe_2025-10-22_fundus.html")
    out = clean(RawArticle(source="p.html", html=page))
    assert out.title == "Đau bụng kéo dài, phát hiện ung thư lymphoma ruột non"
    with pytest.raises(CleanError):
        clean(RawArticle(source="b.txt", text="  "))


# --------------------------------------------------------------------------- edge cases


def test_caption_shaped_headline_set_apart_by_a_blank_line_is_the_headline():
    headline = "Thủ tướng Phạm Minh Chính làm việc với tỉnh Quảng Ninh"
    out = clean_text(_article(headline, "", BODY_1, "", BODY_2))
    assert out.title == headline and out.text.startswith(headline)
    out = clean_text(_article(headline, BODY_1, BODY_2), title=headline)
    assert out.text.startswith(headline)


def test_a_dateline_lead_inside_the_body_does_not_cut_it():
    dateline = ("TP.HCM - Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số "
                "năm 2025 với sự tham dự của lãnh đạo các sở, ngành.")
    out = clean_text(_article(LEAD, BODY_1, dateline, BODY_2))
    assert _lines(out.text) == [LEAD, BODY_1, dateline, BODY_2]


def test_a_long_paragraph_ending_with_a_credit_is_kept():
    para = " ".join([BODY_1, BODY_2, BODY_3]) + " Ảnh: TTXVN"
    out = clean_text(_article(LEAD, para, BODY_1))
    assert para in _lines(out.text)


def _own_page(paragraphs: list[str], *, og_type: str = "article", json_ld: bool = True, related: bool = True) -> str:
    ld = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
          '"headline":"Thủ tướng chủ trì phiên họp","datePublished":"2024-04-24T18:00:00Z"}</script>') if json_ld else ""
    box = ('<div class="box-related"><h3>Tin liên quan</h3><ul><li><a href="/a-1.htm">Một bài khác về chuyển đổi '
           'số quốc gia năm 2024</a></li></ul></div>') if related else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><title>Thủ tướng chủ trì phiên họp - Báo X</title>{ld}'
            f'<meta property="og:type" content="{og_type}"><meta property="og:site_name" content="Báo X">'
            f'<meta property="og:description" content="{BODY_3}">'
            f'<link rel="canonical" href="https://baox.vn/thu-tuong-chu-tri-123.html"></head><body>'
            f'<h1>Thủ tướng chủ trì phiên họp</h1><p class="sapo">{BODY_3}</p>'
            f'<article class="content">{body}{box}</article><footer>© Báo X</footer></body></html>')


def test_own_html_page_metadata_sapo_and_related_box():
    out = clean_html(_own_page([LEAD, BODY_1, BODY_2]))
    assert _lines(out.text) == ["Thủ tướng chủ trì phiên họp", BODY_3, LEAD, BODY_1, BODY_2]
    assert out.published == dt.date(2024, 4, 25)  # 18:00 UTC is the next day in Vietnam
    # site is the outlet's domain (from the canonical URL), not its display name (og:site_name "Báo X")
    assert (out.site, out.url) == ("baox.vn", "https://baox.vn/thu-tuong-chu-tri-123.html")


def test_own_html_page_without_metadata_needs_a_long_body():
    with pytest.raises(CleanError, match="not an article"):
        clean_html(_own_page([LEAD, BODY_1], og_type="website", json_ld=False))
    long_body = [LEAD, BODY_1, BODY_2, BODY_3, BODY_1 + " " + BODY_2, BODY_2 + " " + BODY_3]
    assert BODY_2 in clean_html(_own_page(long_body, json_ld=False)).text


def test_a_caption_printed_twice_late_in_the_body_does_not_cut_it():
    out = clean_text(_article(LEAD, BODY_1, BODY_2, "Quang cảnh hội nghị", "Quang cảnh hội nghị", BODY_3))
    assert _lines(out.text) == [LEAD, BODY_1, BODY_2, BODY_3]


def test_caption_with_left_right_marker_is_dropped():
    caption = "Đại sứ Nguyễn Văn Thảo (thứ hai từ trái) trao quà cho bà con kiều bào tại Berlin"
    out = clean_text(_article(LEAD, BODY_1, caption, BODY_2))
    assert caption in out.removed and _lines(out.text) == [LEAD, BODY_1, BODY_2]


def test_teasers_glued_after_the_body_by_the_opening_source_tag():
    text = ("VTV.vn - Thủ tướng yêu cầu 4 Bộ liên quan xem xét, thông tin đầy đủ cho người dân.\n"
            "Thủ tướng giao Bộ Công Thương chủ trì. Thủ tướng yêu cầu 4 bộ này báo cáo trước ngày 10/11/2016. VTV.vn - "
            "Với tư cách Chủ tịch Hiệp hội nước mắm Phú Quốc, bà Hồ Kim Liên tìm hiểu nguyên nhân.VTV.vn- Đó là lời "
            "khẳng định của luật sư Trương Thanh Đức.\n")
    got = clean_text(text)
    assert "báo cáo trước ngày 10/11/2016." in got.text
    assert "Hồ Kim Liên" not in got.text and "Trương Thanh Đức" not in got.text
    assert any("Hồ Kim Liên" in r for r in got.removed)
    # a tag printed once, or another outlet quoted in the body, cuts nothing
    once = "VTV.vn - Bộ Y tế cho biết. Theo TTXVN - nguồn tin chính thức, kết quả sẽ công bố.\n"
    assert clean_text(once).text == once


# --------------------------------------------------------------------------- hard-wrapped and glued text


def test_hard_wrapped_text_is_joined_back_into_paragraphs():
    wrapped = ("Sáng 5/10, Thủ tướng thăm nông trường.\nThủ\n tướng hoan nghênh Tập đoàn đã đầu tư vào sản \n"
               "xuất nông nghiệp ứng dụng công nghệ cao. Thủ tướng cũng đề \nnghị Tập đoàn tính đến việc "
               "chuyển giao công nghệ cho bà con ở Hải \nPhòng.\nĐồng thời nghiên cứu việc xuất khẩu rau quả.\n")
    text = clean_text(wrapped).text
    assert "Thủ tướng hoan nghênh Tập đoàn đã đầu tư vào sản xuất nông nghiệp" in text
    assert "cũng đề nghị Tập đoàn" in text and "ở Hải Phòng." in text
    assert "\nĐồng thời nghiên cứu" in text  # a sentence end before a capital stays a break
    unspaced = ("Bộ trưởng Nguyễn Chí Dũng trình\nbày Báo cáo về kết quả giai đoạn 2011-2015, Kế hoạch\n"
                "2016-2020 và báo cáo thẩm tra của Chủ nhiệm Vũ Hồng\nThanh. Báo cáo khẳng định bên cạnh\n"
                "những kết quả vẫn còn hạn chế cần được tập trung\nxử lý trong thời gian tới.\n")
    text = clean_text(unspaced).text
    assert "Nguyễn Chí Dũng trình bày Báo cáo" in text and "Kế hoạch 2016-2020" in text
    assert "Vũ Hồng Thanh." in text


def test_ordinary_paragraphs_and_lists_are_not_joined():
    ordinary = ("Tổng Bí thư Tô Lâm chủ trì cuộc họp\n\nChiều 4/3, tại Hà Nội, Bộ Chính trị họp.\n"
                "Các bộ, ngành báo cáo tiến độ\nThủ tướng yêu cầu hoàn thành trước ngày 31/3.\n")
    assert clean_text(ordinary).text == ordinary
    listed = ("Chiều 4/3, Bộ Chính trị họp về các nội dung sau:\n  • thứ nhất, tổng kết\n  • thứ hai, sắp xếp\n"
              "  • thứ ba, bầu cử\nThủ tướng yêu cầu hoàn thành trước ngày 31/3.\n")
    assert "sau:\n• thứ nhất, tổng kết\n• thứ hai, sắp xếp\n• thứ ba, bầu cử\nThủ tướng" in clean_text(listed).text


def test_a_period_glued_between_two_sentences_gets_its_space():
    text = clean_text("Tổng Bí thư Tô Lâm chủ trì Phiên họp.Tham dự có các đồng chí Ủy viên Bộ Chính trị.\n"
                      "Đoàn công tác đến TP.Hồ Chí Minh và Tp.Hồ Chí Minh, số 2.Ngày mai họp tiếp.\n").text
    assert "chủ trì Phiên họp. Tham dự có" in text
    assert "TP.Hồ Chí Minh và Tp.Hồ Chí Minh" in text  # abbreviations keep their period


def test_site_is_the_domain_of_the_article_url():
    from nqextract.clean import clean, site_domain
    from nqextract.models import RawArticle

    assert site_domain("https://www.TuoiTre.vn/a-1.htm") == "tuoitre.vn"
    assert site_domain(None) is None and site_domain("not a url") is None
    page = _own_page([LEAD, BODY_1, BODY_2]).replace('<meta property="og:site_name" content="Báo X">',
                                                     '<meta property="og:site_name" content="TUOI TRE ONLINE">')
    assert clean(RawArticle(source="p.html", html=page)).site == "baox.vn"
    # a sidecar or JSONL record naming the outlet otherwise: the URL's domain is the site
    raw = RawArticle(source="a.txt", text=LEAD + "\n" + BODY_1, url="https://www.vnexpress.net/x.html", site="VnExpress")
    assert clean(raw).site == "vnexpress.net"
    assert clean(RawArticle(source="b.txt", text=LEAD, site="tuoitre.vn")).site == "tuoitre.vn"  # no URL: as given
