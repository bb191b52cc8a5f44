"""sources.py: every accepted input form read lazily, every bad input a one-line error naming the file."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import unicodedata
from pathlib import Path

import pytest

from conftest import SAMPLE, SHARED, need_shared
from nqextract.models import IngestError, RawArticle
from nqextract.sources import (
    parse_published,
    read_inputs,
    read_path,
    record_to_raw,
    split_source,
)


def cp1258(text: str) -> bytes:
    """Encode Vietnamese as windows-1258 does: precomposed vowels where it has them, tones combining."""
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        for i in range(len(marks) + 1):
            head = unicodedata.normalize("NFC", base + marks[i:i + 1]) if i < len(marks) else base
            rest = marks[:i] + marks[i + 1:] if i < len(marks) else marks
            try:
                out.append((head + rest).encode("cp1258"))
                break
            except UnicodeEncodeError:
                continue
    return b"".join(out)


VN_TEXT = "Chiều 4/3, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị.\n"


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-04", dt.date(2024, 3, 4)),
        ("2024-03-04T09:51:00+07:00", dt.date(2024, 3, 4)),
        ("2016-11-28, 21:45:00+00:00", dt.date(2016, 11, 28)),
        ("04/03/2024", dt.date(2024, 3, 4)),
        ("4-3-2024", dt.date(2024, 3, 4)),
        ("2024/03/04", dt.date(2024, 3, 4)),
        ("Thứ hai, 4/3/2024 09:51 (GMT+7)", dt.date(2024, 3, 4)),
        ("ngày 4 tháng 3 năm 2024", dt.date(2024, 3, 4)),
        ("Mon, 04 Mar 2024 09:51:00 +0700", dt.date(2024, 3, 4)),
        ("20240304", dt.date(2024, 3, 4)),
        (1709520660, dt.date(2024, 3, 4)),
        (dt.datetime(2024, 3, 4, 9, 51), dt.date(2024, 3, 4)),
        (None, None),
        ("", None),
        ("not a date", None),
        ("2024-13-45", None),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


def test_sample_txt_with_sidecar():
    arts = list(read_inputs([SAMPLE]))
    assert len(arts) == 5 and all(isinstance(a, RawArticle) for a in arts)
    assert [Path(a.source).name for a in arts] == sorted(p.name for p in SAMPLE.glob("*.txt"))
    by_name = {Path(a.source).name: a for a in arts}
    assert by_name["001_81b08b7f929aa45a.txt"].published == dt.date(2025, 3, 4)
    assert by_name["000_afa55df333f27a43.txt"].published is None  # sidecar says null
    assert all(a.text and a.html is None for a in arts)


def test_directory_recursive_sorted_skips_sidecars_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(VN_TEXT, encoding="utf-8")
    (tmp_path / "1.txt").write_text(VN_TEXT, encoding="utf-8")
    (tmp_path / "1.meta.json").write_text('{"published": "04/03/2024", "url": "https://x.vn/a"}')
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / ".hidden.txt").write_text(VN_TEXT, encoding="utf-8")
    arts = list(read_inputs([tmp_path]))
    assert [Path(a.source).relative_to(tmp_path).as_posix() for a in arts] == ["1.txt", "b/2.txt"]
    assert arts[0].published == dt.date(2024, 3, 4) and arts[0].url == "https://x.vn/a"


def test_html_and_gzipped_html(tmp_path):
    page = "<html><head><title>T</title></head><body><p>" + VN_TEXT + "</p></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    with gzip.open(tmp_path / "b.html.gz", "wt", encoding="utf-8") as fh:
        fh.write(page)
    (tmp_path / "b.meta.json").write_text('{"url": "https://x.vn/b", "published": "2024-03-04T09:51:00+07:00"}')
    a, b = read_inputs([tmp_path / "a.html", tmp_path / "b.html.gz"])
    assert a.html == page and b.html == page
    assert b.url == "https://x.vn/b" and b.published == dt.date(2024, 3, 4)


def test_html_declared_legacy_charset_is_decoded(tmp_path):
    page = '<html><head><meta charset="windows-1258"></head><body><p>Bộ Chính trị họp</p></body></html>'
    (tmp_path / "a.html").write_bytes(cp1258(page))
    art = only(read_inputs([tmp_path / "a.html"]))
    assert isinstance(art, RawArticle) and "Chính" in art.html


def test_jsonl_forms_lazily(tmp_path):
    lines = [
        {"url": "https://x.vn/1", "title": "A", "published": "2024-03-04", "text": VN_TEXT},
        {"url": "https://x.vn/2", "title": "B", "published": "04/03/2024", "html": "<p>x</p>"},
        {"url": None, "source": "tuoitre.vn", "title": "C", "published": "2024-11-23", "category": "Thời sự",
         "sapo": "Sapo dòng đầu.", "text": "Thân bài."},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n", encoding="utf-8")
    one, two, three = read_inputs([path])
    assert one.text == VN_TEXT and one.source == f"{path}:1" and one.published == dt.date(2024, 3, 4)
    assert two.html == "<p>x</p>" and two.published == dt.date(2024, 3, 4)
    assert three.text == "Sapo dòng đầu.\n\nThân bài." and three.site == "tuoitre.vn" and three.url is None


def test_sapo_not_doubled_when_text_starts_with_it():
    raw = record_to_raw({"sapo": "Mở đầu.", "text": "Mở đầu. Tiếp theo."}, "x:1")
    assert raw.text == "Mở đầu. Tiếp theo."


def test_stdin_jsonl():
    stream = io.BytesIO(json.dumps({"text": VN_TEXT, "published": "2024-03-04"}).encode() + b"\n{bad\n")
    good, bad = read_path("-", stdin=stream)
    assert good.source == "<stdin>:1" and good.text == VN_TEXT
    assert str(bad).startswith("<stdin>:2: read error: malformed JSON")


def test_jsonl_streams_without_loading_whole_file(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(2000):
            fh.write(json.dumps({"url": f"https://x.vn/{i}", "text": VN_TEXT}) + "\n")
    it = read_inputs([path])
    first = next(it)  # a generator: nothing is read past what is consumed
    assert first.url == "https://x.vn/0"
    assert sum(1 for _ in it) == 1999


# --------------------------------------------------------------------------- bad input


def assert_one_line_error(err, path, *, line=None, contains=""):
    assert isinstance(err, IngestError), err
    assert err.stage == "read" and err.source == str(path) and err.line == line
    text = str(err)
    assert "\n" not in text and text.startswith(f"{path}:{line}:" if line else f"{path}:")
    assert contains.lower() in text.lower(), text


def test_empty_file(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "w.txt").write_bytes(b"  \n\n ")
    (tmp_path / "e.jsonl").write_bytes(b"")
    for name in ("e.txt", "w.txt", "e.jsonl"):
        assert_one_line_error(only(read_inputs([tmp_path / name])), tmp_path / name, contains="empty file")


def test_binary_file(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(bytes(range(256)) * 20)
    assert_one_line_error(only(read_inputs([path])), path, contains="binary file")


def test_invalid_utf8_legacy_vietnamese(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(cp1258("Tổng Bí thư chủ trì cuộc họp của Bộ Chính trị về kinh tế.\n"))
    err = only(read_inputs([path]))
    assert_one_line_error(err, path, contains="not UTF-8")
    assert "windows-1258" in err.message


def test_invalid_utf8_windows1252(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Café déjà vu, naïve façade.\n".encode("cp1252"))
    assert_one_line_error(only(read_inputs([path])), path, contains="not UTF-8")


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(VN_TEXT.encode("utf-16"))
    assert only(read_inputs([path])).text == VN_TEXT


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text(
        json.dumps({"text": VN_TEXT}) + "\n"
        + '{"text": "unterminated\n'
        + "[1, 2]\n"
        + json.dumps({"title": "no body"}) + "\n"
        + json.dumps({"text": VN_TEXT, "url": "https://x.vn/5"}) + "\n",
        encoding="utf-8",
    )
    items = list(read_inputs([path]))
    assert [type(x).__name__ for x in items] == ["RawArticle", "IngestError", "IngestError", "IngestError",
                                                 "RawArticle"]
    assert_one_line_error(items[1], path, line=2, contains="malformed JSON")
    assert_one_line_error(items[2], path, line=3, contains="JSON object")
    assert_one_line_error(items[3], path, line=4, contains="neither 'html' nor 'text'")
    assert items[4].source == f"{path}:5"


def test_jsonl_line_not_utf8(tmp_path):
    path = tmp_path / "l.jsonl"
    path.write_bytes(json.dumps({"text": VN_TEXT}).encode() + b"\n" + cp1258('{"text": "Bộ"}') + b"\n")
    good, bad = read_inputs([path])
    assert isinstance(good, RawArticle)
    assert_one_line_error(bad, path, line=2, contains="not UTF-8")


def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    assert_one_line_error(only(read_inputs([path])), path, contains="no such file")


def test_unreadable_path_symlink_loop(tmp_path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    assert_one_line_error(only(read_inputs([loop])), loop, contains="unreadable")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_path_permissions(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(VN_TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert_one_line_error(only(read_inputs([path])), path, contains="permission denied")
    finally:
        path.chmod(0o644)


def test_unsupported_extension_given_explicitly(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    assert_one_line_error(only(read_inputs([path])), path, contains="unsupported file type")


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "a.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    assert_one_line_error(only(read_inputs([path])), path, contains="gzip")


def test_broken_sidecar_is_an_error_for_its_article(tmp_path):
    (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{nope")
    assert_one_line_error(only(read_inputs([tmp_path / "a.txt"])), tmp_path / "a.txt", contains="sidecar")


def test_errors_do_not_stop_the_batch(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(VN_TEXT, encoding="utf-8")
    items = list(read_inputs([tmp_path / "missing.txt", tmp_path, tmp_path / "b.txt"]))
    assert [type(x).__name__ for x in items] == ["IngestError", "IngestError", "RawArticle", "RawArticle"]


def test_split_source():
    assert split_source("/a/b.jsonl:12") == ("/a/b.jsonl", 12)
    assert split_source("/a/b.txt") == ("/a/b.txt", None)
    assert split_source("https://x.vn:8080") == ("https://x.vn:8080", None)


def test_real_corpus_reads_lazily_with_dates():
    path = need_shared(SHARED / "corpus" / "baomoi_2025.jsonl")
    first = next(iter(read_inputs([path])))
    assert isinstance(first, RawArticle) and first.site == "baomoi.com"
    assert first.published == dt.date(2025, 6, 28)


def test_directory_symlink_loop_is_walked_once(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "up")
    arts = list(read_inputs([tmp_path]))
    assert [Path(a.source).name for a in arts] == ["a.txt"]


@pytest.mark.parametrize("url, day", [
    ("http://dantri.com.vn/xa-hoi/ha-noi-xu-ly-nuoc-thai-20161008164117132.htm", dt.date(2016, 10, 8)),
    ("https://vtv.vn/chinh-tri/thu-tuong-lam-viec-2016101912404872.htm", dt.date(2016, 10, 19)),
    ("https://tuoitre.vn/quoc-hoi-hop-phien-20241125093012345.htm", dt.date(2024, 11, 25)),
    ("https://example.vn/2024/03/04/bo-truong-tiep.html", dt.date(2024, 3, 4)),
    ("https://vnexpress.net/thu-tuong-chi-dao-3486079.html", None),  # an id, not a date
    ("https://baomoi.com/tin/c/48123456.epi", None),
    ("https://example.vn/tin-20991019101430751.htm", None),  # after today
    ("https://example.vn/tin-20161345101430751.htm", None),  # month 13
    ("https://example.vn/tin.htm?ref=20161019101430751", None),  # the query is not the address
    (None, None),
])
def test_published_from_url_reads_the_date_stamp_of_news_addresses(url, day):
    from nqextract.sources import published_from_url
    assert published_from_url(url, today=dt.date(2026, 12, 4)) == day


def test_an_article_without_a_date_takes_its_address_stamp_and_a_stated_date_wins():
    from nqextract.clean import clean
    url = "http://dantri.com.vn/xa-hoi/tin-20161019101430751.htm"
    text = "Ngày 19/10, Bộ Nội vụ họp báo.\n"
    assert clean(RawArticle(source="x", text=text, url=url)).published == dt.date(2016, 10, 19)
    stated = RawArticle(source="x", text=text, url=url, published=dt.date(2016, 10, 20))
    assert clean(stated).published == dt.date(2016, 10, 20)
    assert clean(RawArticle(source="x", text=text, url="https://vnexpress.net/a-3486079.html")).published is None
