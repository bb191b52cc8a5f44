"""Read inputs into :class:`RawArticle` records, lazily; bad input becomes an :class:`IngestError`.

Accepted inputs (``read_inputs(paths)``):

- ``.html`` / ``.htm`` (and ``.html.gz`` / ``.htm.gz``): one page; the cleaner extracts the article.
- ``.txt``: the plain text of one article, with an optional sidecar ``<stem>.meta.json`` holding
  ``published`` / ``url`` / ``title`` / ``site`` (as ``data/raw/`` has).
- ``.jsonl`` (and ``.jsonl.gz``): one article per line, ``{url, title, published, html}`` or
  ``{url, title, published, text}``, or the corpus form ``{url, source, title, published, category,
  sapo, text}`` (``sapo`` is prepended to ``text``; ``source`` there is the outlet, kept as ``site``).
- a directory: every file above, recursively, in sorted order (sidecars, hidden files and unknown
  extensions are skipped); ``-``: JSONL on standard input.

Nothing here raises on bad input: an empty, binary or non-UTF-8 file, a malformed JSONL line, a
missing or unreadable path each yields one :class:`IngestError` (stage ``read``) naming the file and
line, and the batch goes on. Large JSONL files are streamed line by line, never loaded whole.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import io
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import ReadError
from .models import IngestError, RawArticle

RawOrError = RawArticle | IngestError

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
SIDECAR_SUFFIX = ".meta.json"
SUPPORTED = HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"
STDIN_HINT = ('standard input (-) takes JSONL, one JSON object per line, e.g. {"text": "Chiều 4/3, ...", '
              '"published": "2025-03-04", "url": "https://..."}; give plain text as a .txt file')

# A page or a text file larger than this is not a news article (and a gzip bomb stops here).
MAX_FILE_BYTES = 50 * 1024 * 1024
# One JSONL line (one article, HTML included) larger than this is rejected, not loaded.
MAX_LINE_BYTES = 20 * 1024 * 1024

VN_UTC_OFFSET = dt.timezone(dt.timedelta(hours=7))


# --------------------------------------------------------------------------- published dates

_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")
_VN_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\d{2,})?$")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")


def _date(y: str | int, m: str | int, d: str | int) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def parse_published(value: Any) -> dt.date | None:
    """An article's publication date from the many forms feeds and scrapers give, else ``None``.

    ``2024-03-04``, ``2024-03-04T09:51:00+07:00``, ``2016-11-28, 21:45:00+00:00``, ``2024/03/04``,
    ``04/03/2024`` (day first, as Vietnamese sites print it), ``Thứ hai, 4/3/2024 09:51 (GMT+7)``,
    ``ngày 4 tháng 3 năm 2024``, RFC 2822 (``Mon, 04 Mar 2024 09:51:00 +0700``), ``20240304``,
    Unix timestamps (seconds or milliseconds, read in Vietnam time). A timestamp written with a
    time zone keeps the calendar date it was written with (the publisher's local date).
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    if _EPOCH.match(s):
        return _from_epoch(float(s))
    m = _COMPACT.match(s)
    if m:
        return _date(*m.groups())
    m = _ISO.search(s)
    if m:
        return _date(*m.groups())
    m = _DMY.search(s)
    if m:
        d, mo, y = m.groups()
        return _date(y, mo, d)
    m = _VN_WORDS.search(s)
    if m:
        d, mo, y = m.groups()
        return _date(y, mo, d)
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date() if parsed else None


def _from_epoch(seconds: float) -> dt.date | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, VN_UTC_OFFSET).date()
    except (OverflowError, OSError, ValueError):
        return None


# --------------------------------------------------------------------------- bytes -> text

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Bytes that are combining tone marks in windows-1258: Vietnamese text in that legacy encoding is full of them.
_CP1258_TONES = frozenset(b"\xcc\xd2\xde\xec\xf2")
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


def looks_binary(data: bytes) -> bool:
    """A NUL byte anywhere, or many control characters in the first 8 KB: not a text file."""
    if b"\x00" in data:
        return True
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls > max(8, len(head) // 100)


def guess_legacy_encoding(data: bytes) -> str:
    """A human hint at which legacy 8-bit encoding undecodable bytes are in."""
    high = [b for b in data if b >= 0x80]
    if high and sum(1 for b in high if b in _CP1258_TONES) / len(high) > 0.15:
        return "windows-1258 (legacy Vietnamese)"
    return "a legacy 8-bit encoding such as windows-1258, windows-1252, TCVN3 or VNI"


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return io.TextIOWrapper(io.BytesIO(b""), encoding=name).encoding
    except LookupError:
        return None


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """UTF-8 (with or without BOM; UTF-16 with a BOM) to ``str``; raise :class:`ReadError` otherwise.

    An HTML page that declares another charset in a ``<meta>`` tag is decoded with it (the declaration
    makes that reliable); anything else that is not UTF-8 is reported, never guessed at.
    """
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"invalid UTF-16 despite its byte-order mark: {exc.reason}") from None
    if looks_binary(data):
        kind = "gzip-compressed data (name it .gz)" if data[:2] == b"\x1f\x8b" else "binary data"
        nul = data.find(b"\x00")
        where = f" (a NUL byte at offset {nul})" if nul >= 0 and kind == "binary data" else ""
        raise ReadError(f"binary file, not text: {kind}{where}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if html:
            charset = _declared_charset(data)
            if charset and charset not in ("utf-8", "utf-8-sig"):
                try:  # windows-1258 writes tones as combining marks: compose them
                    return unicodedata.normalize("NFC", data.decode(charset))
                except UnicodeDecodeError:
                    pass
        line = data.count(b"\n", 0, exc.start) + 1
        raise ReadError(
            f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at line {line}; looks like "
            f"{guess_legacy_encoding(data)}: convert it to UTF-8"
        ) from None


# --------------------------------------------------------------------------- errors


def read_error(source: str | Path, exc: BaseException | str, *, line: int | None = None) -> IngestError:
    """One read-stage :class:`IngestError` naming the file (and line)."""
    if isinstance(exc, str):
        return IngestError(source=str(source), line=line, stage="read", error="ReadError", message=exc)
    return IngestError(source=str(source), line=line, stage="read", error=type(exc).__name__,
                       message=describe_os_error(exc))


def describe_os_error(exc: BaseException) -> str:
    if isinstance(exc, ReadError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied (unreadable)"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, OSError):
        return f"unreadable: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc}"


_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
               (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def open_regular(path: Path) -> IO[bytes]:
    """``path`` opened for reading if it is a regular file (gunzipped for ``*.gz``); else ReadError.

    Opened without blocking and checked on the open descriptor, so a FIFO (or a device) named like an
    article is reported, never waited on: reading a regular file always ends.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _FILE_KINDS if test(mode)), "not a plain file")
            raise ReadError(f"not a regular file ({kind}): skipped")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        fh: IO[bytes] = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    return _GzipReader(fh) if path.name.lower().endswith(".gz") else fh


class _GzipReader(gzip.GzipFile):
    """A gzip reader that closes the file it reads when it is closed."""

    def __init__(self, fh: IO[bytes]) -> None:
        super().__init__(fileobj=fh, mode="rb")
        self._raw = fh

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._raw.close()


def _read_bytes(path: Path) -> bytes:
    """The file's bytes (gunzipped for ``*.gz``), capped at :data:`MAX_FILE_BYTES`."""
    try:
        with open_regular(path) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except (gzip.BadGzipFile, EOFError) as exc:
        raise ReadError(f"corrupt gzip file: {exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB (uncompressed): not an article")
    return data


# --------------------------------------------------------------------------- readers


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in sorted(SUPPORTED + (SIDECAR_SUFFIX,), key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def sidecar_path(path: Path) -> Path:
    """``dir/x.txt`` -> ``dir/x.meta.json`` (also for ``x.html.gz``)."""
    name = path.name
    stem = name[: len(name) - len(_suffix(path))] if _suffix(path) in SUPPORTED else path.stem
    return path.with_name(stem + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The metadata beside an article file, ``{}`` when there is none; ReadError when it is broken."""
    meta = sidecar_path(path)
    if not os.path.lexists(meta):
        return {}
    try:
        with open_regular(meta) as fh:
            raw = fh.read(MAX_LINE_BYTES + 1)
    except ReadError as exc:
        raise ReadError(f"sidecar {meta.name}: {exc}") from None
    if len(raw) > MAX_LINE_BYTES:
        raise ReadError(f"sidecar {meta.name} is larger than {MAX_LINE_BYTES // (1024 * 1024)} MB")
    try:
        data = json.loads(decode_bytes(raw))
    except json.JSONDecodeError as exc:
        raise ReadError(f"malformed sidecar {meta.name}: {exc.msg} at line {exc.lineno}") from None
    except ReadError as exc:
        raise ReadError(f"sidecar {meta.name}: {exc}") from None
    if not isinstance(data, dict):
        raise ReadError(f"sidecar {meta.name} is not a JSON object")
    return data


# a date stamp in an article's address: the id "-20161019101430751.htm" (yyyymmdd + time digits) that
# Dân trí, VTV, Tuổi Trẻ and others give, or the path "/2016/10/19/"
_URL_STAMP = re.compile(r"(?<![\d])((?:19|20)\d{2})(\d{2})(\d{2})\d{4,12}(?=\D*$)")
_URL_PATH_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")


def published_from_url(url: str | None, today: dt.date | None = None) -> dt.date | None:
    """The publication date an article's address carries, else ``None`` (never a date after today)."""
    if not isinstance(url, str):
        return None
    path = re.sub(r"[?#].*$", "", url)
    m = _URL_STAMP.search(path) or _URL_PATH_DATE.search(path)
    day = _date(*m.groups()) if m else None
    if day is None or day > (today or dt.date.today()) or day.year < 1995:
        return None
    return day


def _meta_fields(meta: dict[str, Any]) -> dict[str, Any]:
    url = meta.get("canonical_url") or meta.get("url") or meta.get("final_url")
    url = url if isinstance(url, str) and url.strip() else None
    return {
        "url": url,
        "title": _str_or_none(meta.get("title")),
        "published": parse_published(meta.get("published") or meta.get("date")),
        "site": _str_or_none(meta.get("site") or meta.get("sitename")),
    }


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_file(path: Path) -> Iterator[RawOrError]:
    """The article(s) in one file (JSONL: one per line)."""
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    if suffix not in HTML_SUFFIXES + TEXT_SUFFIXES:
        yield read_error(path, f"unsupported file type {suffix or '(no extension)'!r} "
                               f"(expected one of {', '.join(SUPPORTED)})")
        return
    is_html = suffix in HTML_SUFFIXES
    try:
        text = decode_bytes(_read_bytes(path), html=is_html)
        meta = _meta_fields(read_sidecar(path))
    except (OSError, ReadError) as exc:
        yield read_error(path, exc)
        return
    if is_html:
        yield RawArticle(source=str(path), html=text, **meta)
    else:
        yield RawArticle(source=str(path), text=text, **meta)


def record_to_raw(record: Any, source: str) -> RawArticle:
    """One JSONL object (any of the accepted forms) -> :class:`RawArticle`; ReadError when unusable."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {type(record).__name__}")
    html = record.get("html")
    text = record.get("text")
    if html is not None and not isinstance(html, str):
        raise ReadError("'html' is not a string")
    if text is not None and not isinstance(text, str):
        raise ReadError("'text' is not a string")
    for name, value in (("html", html), ("text", text)):
        if isinstance(value, str) and "\x00" in value:  # the same rule as for files: NUL is binary data
            raise ReadError(f"binary data, not text: a NUL character in '{name}' at offset {value.index(chr(0))}")
    sapo = record.get("sapo")
    if isinstance(sapo, str) and sapo.strip() and isinstance(text, str):
        sapo = sapo.strip()
        body = text.strip()
        text = body if body.startswith(sapo) else f"{sapo}\n\n{body}"
    has_html = isinstance(html, str) and bool(html.strip())
    has_text = isinstance(text, str) and bool(text.strip())
    if not has_html and not has_text:
        raise ReadError("no article: neither 'html' nor 'text' has content")
    meta = _meta_fields({**record, "site": record.get("site") or record.get("source")})
    if has_html:
        return RawArticle(source=source, html=html, **meta)
    return RawArticle(source=source, text=text, **meta)


def read_jsonl_stream(stream: IO[bytes], name: str) -> Iterator[RawOrError]:
    """Articles from a binary JSONL stream, one line at a time; ``source`` of each is ``name:line``."""
    lineno = 0
    parsed = False
    while True:
        try:
            raw = stream.readline(MAX_LINE_BYTES + 1)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield read_error(name, f"unreadable after line {lineno}: {describe_os_error(exc)}")
            return
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            yield read_error(name, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB", line=lineno)
            while raw and not raw.endswith(b"\n"):  # skip the rest of that line
                raw = stream.readline(MAX_LINE_BYTES)
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield read_error(name, f"not UTF-8: invalid byte 0x{raw[exc.start]:02x}; looks like "
                                   f"{guess_legacy_encoding(raw)}", line=lineno)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            if name == STDIN_NAME and not parsed and not line.lstrip().startswith(("{", "[", '"')):
                yield read_error(name, f"not JSONL: {STDIN_HINT}; this looks like plain text (the rest of "
                                       "stdin was not read)", line=lineno)
                return
            yield read_error(name, f"malformed JSON: {exc.msg} (column {exc.colno})", line=lineno)
            continue
        parsed = True
        try:
            yield record_to_raw(record, f"{name}:{lineno}")
        except ReadError as exc:
            yield read_error(name, str(exc), line=lineno)


def read_jsonl(path: Path) -> Iterator[RawOrError]:
    try:
        fh = open_regular(path)
    except (OSError, ReadError) as exc:
        yield read_error(path, exc)
        return
    with fh:
        try:
            first = fh.peek(1) if hasattr(fh, "peek") else b"x"
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            yield read_error(path, f"corrupt or unreadable: {describe_os_error(exc)}")
            return
        if not first:
            yield read_error(path, "empty file")
            return
        yield from read_jsonl_stream(fh, str(path))


def iter_directory(
    root: Path, _seen: set[str] | None = None, *, skipped: list[Path] | None = None
) -> Iterator[Path | IngestError]:
    """Article files under ``root``, recursively, sorted; unreadable folders become errors.

    Symlinked folders are followed once (a link back up the tree does not loop). Files of other kinds
    (not articles, not sidecars) are appended to ``skipped`` when given.
    """
    seen = set() if _seen is None else _seen
    real = os.path.realpath(root)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        yield read_error(root, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from iter_directory(path, seen, skipped=skipped)
        elif _suffix(path) in SUPPORTED:
            yield path
        elif skipped is not None and _suffix(path) != SIDECAR_SUFFIX:
            skipped.append(path)


def read_path(path: str | Path, *, stdin: IO[bytes] | None = None) -> Iterator[RawOrError]:
    """Everything one command-line argument names: a file, a directory or ``-`` (stdin)."""
    if str(path) == STDIN:
        yield from read_jsonl_stream(stdin or sys.stdin.buffer, STDIN_NAME)
        return
    p = Path(path)
    try:
        p.stat()
    except OSError as exc:
        yield read_error(p, exc)
        return
    if p.is_dir():
        for item in iter_directory(p):
            if isinstance(item, IngestError):
                yield item
            else:
                yield from read_file(item)
        return
    yield from read_file(p)


def read_inputs(paths: Iterable[str | Path], *, stdin: IO[bytes] | None = None) -> Iterator[RawOrError]:
    """Every article (or read error) of every path, lazily, in the order given."""
    for path in paths:
        yield from read_path(path, stdin=stdin)


def split_source(source: str) -> tuple[str, int | None]:
    """``"file.jsonl:12"`` -> ``("file.jsonl", 12)``; URLs and plain paths keep ``line=None``."""
    m = re.match(r"^(.*):(\d+)$", source)
    if not m or "://" in source:
        return source, None
    return m.group(1), int(m.group(2))


@dataclass
class Survey:
    """What the paths hold, found without reading any article: ``articles`` is the number of inputs
    (JSONL lines counted; ``None`` when stdin is among them), ``skipped`` the files a folder holds that
    are of a type nqextract does not read (.pdf, .docx, ...)."""

    articles: int | None = 0
    skipped: list[Path] = field(default_factory=list)


def survey_inputs(paths: Iterable[str | Path]) -> Survey:
    """Count the inputs of ``paths`` up front (for a progress bar's total) and list skipped files.

    Only regular files are opened (a FIFO or device is counted as one input, never read); a JSONL
    file's non-blank lines are counted in binary chunks; nothing raises on unreadable paths.
    """
    survey = Survey()

    def count(path: Path) -> int:
        if _suffix(path) not in JSONL_SUFFIXES:
            return 1
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                return 1
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as fh:
                return sum(1 for line in fh if line.strip()) or 1  # an empty file is one error
        except (OSError, EOFError, gzip.BadGzipFile):
            return 1

    def add(n: int) -> None:
        if survey.articles is not None:
            survey.articles += n

    for path in paths:
        if str(path) == STDIN:
            survey.articles = None
            continue
        p = Path(path)
        if p.is_dir():
            for item in iter_directory(p, skipped=survey.skipped):
                if isinstance(item, Path):
                    add(count(item))
        else:
            add(count(p))
    return survey
