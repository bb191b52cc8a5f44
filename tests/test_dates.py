"""Date expressions through the real pipeline, normalized against the article date."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import DEV, need_shared
from nqextract.models import CleanArticle


def run(extractor, text: str, published: str | None = "2025-03-04"):
    pub = dt.date.fromisoformat(published) if published else None
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=pub))
    for d in article.dates:
        assert article.text[d.start : d.end] == d.text
    return article


def values(extractor, text: str, published: str | None = "2025-03-04") -> list[str]:
    return [d.value for d in run(extractor, text, published).dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chiều 4/3, tại Trụ sở Trung ương Đảng, Ban Chỉ đạo đã họp.", ["2025-03-04"]),
        ("Sáng 15/10, Thường trực Ban Chỉ đạo tổ chức Phiên họp.", ["2024-10-15"]),
        ("Phiên họp thứ nhất ngày 20/01/2025 đã thông qua chương trình.", ["2025-01-20"]),
        ("Thứ hai, ngày 20/01/2025, Tổng Bí thư làm việc với Bộ Công an.", ["2025-01-20"]),
        ("Sáng 4-11, Chủ tịch nước tiếp Đại sứ Nhật Bản.", ["2024-11-04"]),
        ("Luật có hiệu lực từ 1-1-2025 trên cả nước.", ["2025-01-01"]),
        ("Kế hoạch phải trình trong tháng 4/2025.", ["2025-04"]),
        ("Dự án khởi công tháng 10-2024 và hoàn thành tháng 4 năm 2025.", ["2024-10", "2025-04"]),
        ("Hoàn thành ngay trong Quý II/2025.", ["2025-Q2"]),
        ("Khẩn trương đưa vào sử dụng trong quý 2/2025.", ["2025-Q2"]),
        ("Về các nhiệm vụ trọng tâm trong Quý I năm 2025, Tổng Bí thư nêu rõ.", ["2025-Q1"]),
        ("Trong quý 1, xác định ngay từng việc cụ thể.", ["2025-Q1"]),
        ("Năm 2025 là năm khởi đầu.", ["2025"]),
        ("Các nghị định phải có hiệu lực trước ngày 31/3/2026.", ["2026-03-31"]),
        ("Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị.", ["2024-12-22"]),
        ("Ngày hôm nay (21-11), Quốc hội biểu quyết.", ["2024-11-21"]),
        ("Hai ngày 4 và 5/3, đoàn công tác làm việc tại Hà Nội.", ["2025-03-04", "2025-03-05"]),
        ("Mục tiêu đến 2030, Việt Nam có nền công nghiệp hiện đại.", ["2030"]),
    ],
)
def test_date_forms(extractor, text, expected):
    assert values(extractor, text) == expected


def test_phien_hop_quy_iii_takes_the_article_year(extractor):
    text = "Thường trực Ban Chỉ đạo đã tổ chức Phiên họp Quý III, đánh giá tình hình 9 tháng triển khai."
    assert values(extractor, text, "2025-10-15") == ["2025-Q3"]


def test_day_month_takes_the_year_nearest_the_article_across_new_year(extractor):
    text = "Ngày 28/12, Ban Bí thư ban hành Chỉ thị. Ngày 2/1, Chính phủ họp thường kỳ."
    assert values(extractor, text, "2025-01-03") == ["2024-12-28", "2025-01-02"]
    assert values(extractor, "Sáng 2/1, Chính phủ họp.", "2024-12-30") == ["2025-01-02"]


def test_month_without_year_takes_the_nearest_year(extractor):
    assert values(extractor, "Hồi tháng 12, Quốc hội thông qua luật.", "2025-01-10") == ["2024-12"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thực hiện kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.", "2021/2025"),
        ("Triển lãm diễn ra từ ngày 11-13/3 tại Thái Lan.", "2025-03-11/2025-03-13"),
        ("Chương trình kéo dài từ ngày 1/1 đến ngày 5/1.", "2025-01-01/2025-01-05"),
        ("Chủ tịch Quốc hội thăm chính thức từ ngày 21 đến 24-11.", "2024-11-21/2024-11-24"),
        ("Từ tháng 4-2024 đến tháng 11-2024, nhóm đã thu lợi bất chính.", "2024-04/2024-11"),
        ("Bầu cử Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031.", "2026/2031"),
    ],
)
def test_ranges_are_one_range_not_single_dates(extractor, text, value):
    dates = run(extractor, text).dates
    ranges = [(d.value, d.granularity) for d in dates if d.granularity == "range"]
    assert ranges == [(value, "range")]
    # a range opened by "từ" also names its two ends as dates; a bare period does not
    ends = sorted(d.value for d in dates if d.granularity != "range")
    assert ends == (sorted(value.split("/")) if text.lower().startswith("từ") or " từ " in text else [])


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị định số 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân.",
        "Thông tư 01/2024/TT-BTC hướng dẫn thi hành.",
        "Nhìn lại 9 tháng qua, Nghị quyết đã đi vào cuộc sống sau 5 năm thực hiện.",
        "Các doanh nghiệp trực ứng cứu thông tin 24/24.",
        "Thứ hai, 19:33, cập nhật lúc 8:30.",
        "Đội tuyển thắng 2-1 trước Thái Lan, tỷ số 3-1 ở lượt về.",
        "Bệnh nhân uống thuốc mỗi ngày 3-4 lần, từ 3-5 tháng.",
        "Ít nhất 2/3 số tỉnh đã hoàn thành.",
        "Đại hội XIV của Đảng thành công tốt đẹp.",
        "Mời quý vị theo dõi chương trình tại Trường THPT Lê Quý Đôn.",
        "Gọi số 0912.345.678 hoặc 1900-1234.",
    ],
)
def test_not_dates(extractor, text):
    assert values(extractor, text) == []


def test_without_article_date_only_dates_with_a_year(extractor):
    text = "Chiều 4/3, Ban Chỉ đạo họp. Đề nghị gửi ý kiến trước ngày 15/9/2024; hoàn thành trong quý 1 năm 2025."
    assert values(extractor, text, None) == ["2024-09-15", "2025-Q1"]


def test_spans_carry_the_normalized_value(extractor):
    from nqextract.extract import build_pipeline  # noqa: F401  (registers the extensions)

    doc = extractor.nlp.make_doc("Chiều 4/3, Ban Chỉ đạo họp.")
    doc._.published = dt.date(2025, 3, 4)
    for _name, component in extractor.nlp.pipeline:
        doc = component(doc)
    spans = list(doc.spans["dates"])
    assert [(s.text, s.label_, s.kb_id_) for s in spans] == [("Chiều 4/3", "DATE", "2025-03-04")]


def test_dev_gold_dates():
    dev = need_shared(DEV)
    from nqextract.evaluate import score_dir

    total, _ = score_dir(dev)
    assert total.fields["dates"].f1 >= 0.95, json.dumps(total.as_dict()["dates"])


def test_a_broken_rules_file_is_a_clear_extract_error_when_the_pipeline_is_built(tmp_path):
    from nqextract.errors import ExtractError
    from nqextract.pipeline import Extractor
    from nqextract.settings import Settings

    (tmp_path / "date_words.json").write_text('{"day_prefixes": ', encoding="utf-8")
    with pytest.raises(ExtractError, match="date_words.json"):
        Extractor(Settings(rules_dir=tmp_path))  # rules are loaded once, when the components are made


def test_past_and_future_cues_pick_the_side_of_the_article_date(extractor):
    # nearest alone would put 7/1 in the next year (80 days ahead rather than 286 days back)
    assert values(extractor, "Trước đó ngày 7/1, Chính phủ ban hành Nghị quyết.", "2016-10-19") == ["2016-01-07"]
    assert values(extractor, "Cuộc họp ngày 14/10 vừa qua đã thống nhất.", "2016-10-19") == ["2016-10-14"]
    assert values(extractor, "Ngày 7/1, Chính phủ họp phiên thường kỳ.", "2016-10-19") == ["2017-01-07"]
    assert values(extractor, "Hội nghị tổng kết ngày 5/3 sắp tới sẽ bàn việc này.", "2025-06-28") == ["2026-03-05"]


def test_birth_year_after_sn(extractor):
    assert values(extractor, "Thiếu tướng Nguyễn Văn A (SN 1978) quê tại Hải Phòng.") == ["1978"]
