"""Where the article a gold file annotates is read from.

A gold file (../shared/eval/GOLD_FORMAT.md) sits beside its article text (``NAME.json`` + ``NAME.txt``)
or points at publisher material in ../shared, which the project never copies:

- ``"corpus": {"file": "tuoitre_2024.jsonl", "id": ...}``: a record of ../shared/corpus (by ``id``,
  ``url`` or ``title``);
- ``"page": {"file": "baochinhphu_article_meth04.html"}``: a real page of ../shared/html, chrome and
  all, read through the cleaning stage as ``nqextract ingest`` reads a page;
- ``"feed": {"file": "x_rss.xml", "link": "https://..."}``: one item of a feed of ../shared/rss, its
  headline as the title and its description as the text.

A corpus file that is not in ../shared (public material gathered for a ledger batch, described by the
batch's ``SOURCE.md``) is looked for in the folders ``NQEXTRACT_OUTSIDE`` names (``os.pathsep``-separated).

The gold's ``published`` is the article's date in every case (the anchor of relative dates).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from .models import RawArticle
from .sources import decode_bytes, record_to_raw

POINTERS = ("corpus", "page", "feed")


DEFAULT_CORPUS_DIR = Path("../shared/corpus")


def corpus_dir() -> Path:
    return Path(os.environ.get("NQEXTRACT_CORPUS") or DEFAULT_CORPUS_DIR)


def outside_dirs() -> list[Path]:
    """Folders of corpus files gathered outside ../shared (``NQEXTRACT_OUTSIDE``), in the order given."""
    return [Path(p) for p in (os.environ.get("NQEXTRACT_OUTSIDE") or "").split(os.pathsep) if p]


def corpus_file(name: str) -> Path:
    """The corpus file a pointer names: in ../shared/corpus, else in a ``NQEXTRACT_OUTSIDE`` folder."""
    for folder in (corpus_dir(), *outside_dirs()):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"{corpus_dir() / name}: shared corpus file missing (set NQEXTRACT_CORPUS; "
                            "for material outside ../shared, NQEXTRACT_OUTSIDE to the folder holding it)")


def gold_pairs(gold_dir: Path) -> list[tuple[Path, dict]]:
    """(article text path, gold dict) for every ``*.json`` with a ``*.txt`` beside it.

    Gold files that point at a corpus record, a page or a feed item come with their own path instead.
    """
    pairs = []
    for js in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(js.read_text(encoding="utf-8"))
        txt = js.with_suffix(".txt")
        if txt.exists():
            pairs.append((txt, gold))
        elif any(isinstance(gold.get(kind), dict) for kind in POINTERS):
            pairs.append((js, gold))
    return pairs


_RECORD_KEYS = ("id", "url", "title")


def corpus_record(gold: dict) -> RawArticle:
    """The shared-corpus article a gold file annotates; FileNotFoundError naming what is missing.

    The pointer names the record by ``id``, or by ``url`` or ``title`` for corpus files whose records
    carry no id (the first key of those present decides).
    """
    ref = gold["corpus"]
    path = corpus_file(ref["file"])
    key = next((k for k in _RECORD_KEYS if ref.get(k)), None)
    if key is None:
        raise ValueError(f"corpus pointer names no record (one of {', '.join(_RECORD_KEYS)}): {ref!r}")
    want = ref[key]
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if json.dumps(want, ensure_ascii=False)[1:-1] in line or want in line:
                record = json.loads(line)
                if record.get(key) == want:
                    return record_to_raw({**record, "published": gold.get("published") or record.get("published")},
                                         f"{path}:{lineno}")
    raise FileNotFoundError(f"{path}: no article with {key} {want!r}")


def shared_dir() -> Path:
    """../shared: the folder holding the corpus, the pages (html/) and the feeds (rss/)."""
    return corpus_dir().parent


def _published(gold: dict) -> dt.date | None:
    return dt.date.fromisoformat(gold["published"]) if gold.get("published") else None


def _shared_file(folder: str, ref: dict) -> Path:
    if not isinstance(ref.get("file"), str) or not ref["file"]:
        raise ValueError(f"{folder} pointer names no file: {ref!r}")
    path = shared_dir() / folder / ref["file"]
    if not path.is_file():
        raise FileNotFoundError(f"{path}: shared {folder} file missing (set NQEXTRACT_CORPUS to ../shared/corpus)")
    return path


def page_record(gold: dict) -> RawArticle:
    """The ../shared/html page a gold file annotates, as HTML for the cleaning stage."""
    path = _shared_file("html", gold["page"])
    html = decode_bytes(path.read_bytes(), html=True)
    return RawArticle(source=str(path), html=html, url=gold["page"].get("url"), published=_published(gold))


def _plain(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html

    return lxml.html.fromstring(f"<div>{fragment}</div>").text_content().strip()


def feed_record(gold: dict) -> RawArticle:
    """One item of a ../shared/rss feed, found by its link: headline as title, description as text."""
    import feedparser

    ref = gold["feed"]
    path = _shared_file("rss", ref)
    link = ref.get("link")
    if not link:
        raise ValueError(f"feed pointer names no item link: {ref!r}")
    for entry in feedparser.parse(path.read_bytes()).entries:
        if (entry.get("link") or "").strip() == link:
            text = _plain(entry.get("summary") or "")
            if not text:
                raise ValueError(f"{path}: the item {link} has no description")
            return RawArticle(source=f"{path}#{link}", text=text, url=link, title=(entry.get("title") or None),
                              published=_published(gold))
    raise FileNotFoundError(f"{path}: no item with link {link!r}")


def gold_record(gold: dict) -> RawArticle:
    """The article a pointing gold file annotates (corpus record, page or feed item)."""
    if isinstance(gold.get("corpus"), dict):
        return corpus_record(gold)
    if isinstance(gold.get("page"), dict):
        return page_record(gold)
    if isinstance(gold.get("feed"), dict):
        return feed_record(gold)
    raise ValueError(f"gold file points at no article (one of {', '.join(POINTERS)}): {gold.get('doc')!r}")
