"""The raw archive, source of truth of the batch: ``<root>/YYYY/MM/DD/<outlet>/<id>.html.gz`` + ``<id>.meta.json``.

The date in the path is the day the item was first seen (so a re-fetch after a crash writes the same
file). The sidecar carries ``url``/``title``/``published``/``site`` as ``nqextract ingest`` reads them from
a ``<stem>.meta.json``, so ``nqextract ingest data/raw/2026/...`` yields the same article ids as the batch. Both files are written to a temporary name and renamed: an entry is complete when its sidecar exists.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ReadError

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


@dataclass(frozen=True)
class ArchiveEntry:
    html_path: Path
    meta: dict[str, Any]

    @property
    def meta_path(self) -> Path:
        return sidecar_of(self.html_path)

    def read_bytes(self) -> bytes:
        try:
            return gzip.decompress(self.html_path.read_bytes())
        except (OSError, EOFError) as exc:
            raise ReadError(f"{self.html_path}: unreadable archive file: {exc}") from exc

    def read_html(self) -> str:
        return decode_html(self.read_bytes(), self.meta.get("headers", {}).get("content-type"))


def sidecar_of(html_path: Path) -> Path:
    return html_path.with_name(html_path.name.removesuffix(".html.gz") + ".meta.json")


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Bytes -> text: the HTTP charset, else the page's <meta charset>, else UTF-8 (bad bytes replaced)."""
    charset = None
    if content_type and "charset=" in content_type.lower():
        charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip().strip("\"'")
    if not charset and (m := _CHARSET.search(body[:4096])):
        charset = m[1].decode("ascii")
    for candidate in (charset, "utf-8"):
        if not candidate:
            continue
        try:
            return body.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", errors="replace")


class Archive:
    def __init__(self, root: Path) -> None:
        self.root = Path(root).absolute()

    def path_for(self, day: dt.date, outlet: str, item_id: str) -> Path:
        return self.root / f"{day:%Y}" / f"{day:%m}" / f"{day:%d}" / outlet / f"{item_id}.html.gz"

    def write(self, path: Path, body: bytes, meta: dict[str, Any]) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write(path, gzip.compress(body, compresslevel=6, mtime=0))
        _atomic_write(sidecar_of(path),
                      json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True, default=str).encode())
        return path

    def entry(self, html_path: Path) -> ArchiveEntry:
        meta_path = sidecar_of(html_path)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise ReadError(f"{html_path}: archive entry incomplete (no {meta_path.name})") from exc
        except (OSError, ValueError) as exc:
            raise ReadError(f"{meta_path}: unreadable sidecar: {exc}") from exc
        return ArchiveEntry(html_path, meta)

    def entries(self, since: dt.date | None = None) -> Iterator[ArchiveEntry]:
        """Complete entries, oldest day first, filtered on the path date (the day first seen)."""
        for day_dir in sorted(self.root.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]")):
            try:
                day = dt.date(int(day_dir.parent.parent.name), int(day_dir.parent.name), int(day_dir.name))
            except ValueError:
                continue
            if since and day < since:
                continue
            for html_path in sorted(day_dir.glob("*/*.html.gz")):
                if sidecar_of(html_path).exists():
                    yield self.entry(html_path)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
