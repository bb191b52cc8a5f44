"""The extraction components as spaCy components: rules handed in through the factory config and
loaded once, no per-article state on a component (one pipeline may serve several threads)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from nqextract.extract import PIPELINE
from nqextract.models import CleanArticle, RawArticle
from nqextract.settings import Settings

ARTICLES = [
    "Sáng 15/10, Ban Chỉ đạo Trung ương về phòng, chống tham nhũng tổ chức Phiên họp thứ 25. "
    "Tổng Bí thư Tô Lâm chủ trì phiên họp. Ban Chỉ đạo giao Ủy ban Kiểm tra Trung ương hoàn thành "
    "việc kiểm tra trước ngày 30/11/2024.",
    "Thủ tướng Phạm Minh Chính ký Quyết định số 123/QĐ-TTg ngày 20/1/2025 phê duyệt Đề án 06. "
    "Bộ Công an chủ trì, phối hợp với các bộ, ngành triển khai Nghị quyết 57-NQ/TW.",
    "Chiều 4/3, tại Trụ sở Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn dự Hội nghị lần thứ 13. "
    "UBND tỉnh Nghệ An cần khẩn trương rà soát, báo cáo Chính phủ trong tháng 4/2025.",
    "Hôm qua Nhóm Sao Mai họp. Phó Thủ tướng Trần Hồng Hà yêu cầu Bộ Tài chính "
    "sớm trình Chính phủ dự thảo Nghị định trong quý II/2025.",
]
NEW_BODY = "Ủy ban Thử nghiệm Đặc biệt"  # printed as "Nhóm Sao Mai": a name only the gazetteer knows


def _clean(text: str) -> CleanArticle:
    return CleanArticle(source="<test>", text=text + "\n", published="2025-03-05")


def _dump(extractor, text: str) -> dict:
    return extractor.extract_clean(_clean(text)).model_dump(mode="json")


def test_every_factory_takes_rules_dir_in_its_config(tmp_path):
    from nqextract.extract import build_pipeline

    nlp = build_pipeline(Settings(rules_dir=tmp_path))
    assert [name for name, _ in nlp.pipeline] == [factory for factory, _ in PIPELINE]
    for name, _ in nlp.pipeline:
        assert nlp.get_pipe_config(name)["rules_dir"] == str(tmp_path)
    assert build_pipeline(Settings()).get_pipe_config("nq_dates")["rules_dir"] is None


@pytest.fixture(scope="module")
def own_rules(tmp_path_factory):
    from nqextract.resources import read_text

    folder = tmp_path_factory.mktemp("rules")
    (folder / "bodies.tsv").write_text(read_text("bodies.tsv") + f"{NEW_BODY}\tNhóm Sao Mai\tstate\t\n", encoding="utf-8")
    return folder


def test_two_extractors_with_different_rule_folders_do_not_mix(extractor, own_rules):
    from nqextract.pipeline import Extractor

    mine = Extractor(Settings(rules_dir=own_rules))
    text = ARTICLES[3]
    for _ in range(2):  # interleaved: neither run changes the other's rules
        assert NEW_BODY in [b.name for b in mine.extract_clean(_clean(text)).bodies]
        assert NEW_BODY not in [b.name for b in extractor.extract_clean(_clean(text)).bodies]
    # the folder only adds: everything else is what the packaged rules give
    other = ARTICLES[1]
    assert _dump(mine, other) == _dump(extractor, other)


def test_clean_reads_the_chrome_rules_of_the_settings_folder(tmp_path):
    from nqextract.clean import clean
    from nqextract.resources import read_text

    text = "Hội nghị tổng kết công tác năm 2024 của Bộ Tài chính đã diễn ra sáng nay tại Hà Nội.\nDòng rác thử nghiệm\n"
    raw = RawArticle(source="<test>", text=text)
    assert "Dòng rác thử nghiệm" in clean(raw).text
    (tmp_path / "chrome_labels.txt").write_text(read_text("chrome_labels.txt") + "\nDòng rác thử nghiệm\n",
                                                 encoding="utf-8")
    assert "Dòng rác thử nghiệm" not in clean(raw, Settings(rules_dir=tmp_path)).text
    assert "Dòng rác thử nghiệm" in clean(raw).text  # the packaged rules are untouched


def test_one_pipeline_from_two_threads_gives_the_sequential_output(extractor):
    texts = ARTICLES * 3
    sequential = [_dump(extractor, t) for t in texts]
    assert any(d["tasks"] for d in sequential) and any(d["meetings"] for d in sequential)
    with ThreadPoolExecutor(max_workers=2) as pool:
        threaded = list(pool.map(lambda t: _dump(extractor, t), texts))
    assert threaded == sequential


def test_the_cue_words_of_a_rule_family_come_from_its_data_file(extractor, tmp_path):
    """meeting_cues.tsv's place_word and document_types.tsv's issuer_lead are read, not hard-coded."""
    from nqextract.pipeline import Extractor
    from nqextract.resources import read_text

    (tmp_path / "meeting_cues.tsv").write_text(read_text("meeting_cues.tsv") + "place_word\tở\t\n", encoding="utf-8")
    (tmp_path / "document_types.tsv").write_text(read_text("document_types.tsv") + "issuer_lead\tcủa cơ quan\n",
                                                 encoding="utf-8")
    mine = Extractor(Settings(rules_dir=tmp_path))
    meeting = "Sáng 15/10, Ban Chỉ đạo tổ chức Phiên họp thứ 25 ở Trụ sở Trung ương Đảng."
    assert [m.place for m in extractor.extract_clean(_clean(meeting)).meetings] == [None]
    assert [m.place for m in mine.extract_clean(_clean(meeting)).meetings] == ["Trụ sở Trung ương Đảng"]
    document = "Các bộ triển khai Nghị quyết số 18/2025/NQ-HĐND của cơ quan Quốc hội."
    assert [d.issuer for d in extractor.extract_clean(_clean(document)).documents] == [None]
    assert [d.issuer for d in mine.extract_clean(_clean(document)).documents] == ["Quốc hội"]
