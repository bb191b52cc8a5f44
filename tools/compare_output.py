"""Prove a change leaves extraction output unchanged: snapshot the JSON of the dev set and of
500 shared-corpus articles, then compare two snapshots.

    python tools/compare_output.py snapshot OUT_DIR [--limit 500]   # one JSON line per article
    python tools/compare_output.py compare OLD_DIR NEW_DIR           # exit 1 and a diff summary if any differ

The articles are read from ../shared (or $NQEXTRACT_SHARED): every ``eval/dev/*.txt`` and the first
``--limit`` records of ``corpus/*.jsonl`` taken in a fixed round-robin order over the files. Snapshots
hold publisher text and belong outside the repository (e.g. /tmp).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import sys
from pathlib import Path


def shared_dir() -> Path:
    return Path(os.environ.get("NQEXTRACT_SHARED") or Path(__file__).resolve().parents[1] / ".." / "shared")


def articles(limit: int):
    """(key, RawArticle or CleanArticle-producing callable) in a fixed order."""
    from nqextract.clean import clean_text
    from nqextract.errors import NQError
    from nqextract.sources import record_to_raw

    shared = shared_dir()
    for txt in sorted((shared / "eval" / "dev").glob("*.txt")):
        gold = txt.with_suffix(".json")
        published = None
        if gold.is_file():
            value = json.loads(gold.read_text(encoding="utf-8")).get("published")
            published = dt.date.fromisoformat(value) if value else None
        yield f"dev/{txt.name}", ("clean", clean_text(txt.read_text(encoding="utf-8"), source=str(txt), published=published))
    files = sorted((shared / "corpus").glob("*.jsonl"))
    def stream(f: Path):
        return ((f.name, i, line) for i, line in enumerate(f.open(encoding="utf-8")))

    streams = [stream(f) for f in files]
    taken = 0
    for row in itertools.chain.from_iterable(itertools.zip_longest(*streams)):
        if row is None:
            continue
        if taken >= limit:
            break
        name, i, line = row
        try:
            raw = record_to_raw(json.loads(line), f"{name}:{i}")
        except NQError:  # a record with no article is not part of the comparison
            continue
        taken += 1
        yield f"corpus/{name}:{i}", ("raw", raw)


def snapshot(out: Path, limit: int) -> int:
    from nqextract.pipeline import Extractor

    extractor = Extractor()
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    with (out / "output.jsonl").open("w", encoding="utf-8") as fh:
        for key, (kind, item) in articles(limit):
            try:
                article = extractor.extract_clean(item) if kind == "clean" else extractor.process(item)
                data = article.model_dump(mode="json")
            except Exception as exc:  # an error is output too: it must stay the same
                data = {"error": f"{type(exc).__name__}: {exc}"}
            fh.write(json.dumps({"key": key, "article": data}, ensure_ascii=False, sort_keys=True) + "\n")
            n += 1
    print(f"{n} articles -> {out / 'output.jsonl'}")
    return 0


def _comparable(article: dict) -> dict:
    """The article without what depends on where the repository sits: a dev file's path up to ``shared/``."""
    source = article.get("source")
    if isinstance(source, str) and "/shared/" in source:
        article = {**article, "source": "shared/" + source.rsplit("/shared/", 1)[1]}
    return article


def compare(old: Path, new: Path) -> int:
    """Rows are paired by position (both snapshots list the same articles in the same order)."""
    def load(p: Path) -> list[tuple[str, dict]]:
        rows = (json.loads(line) for line in (p / "output.jsonl").open(encoding="utf-8"))
        return [(r["key"], _comparable(r["article"])) for r in rows]

    a, b = load(old), load(new)
    differ = [(i, kb) for i, ((_, x), (kb, y)) in enumerate(zip(a, b)) if x != y]
    for i, k in differ[:20]:
        x, y = a[i][1], b[i][1]
        fields = sorted(f for f in set(x) | set(y) if x.get(f) != y.get(f))
        print(f"differs: row {i} {k}: {', '.join(fields)}")
    if len(a) != len(b):
        print(f"row counts differ: {len(a)} and {len(b)}")
    print(f"{min(len(a), len(b))} articles compared, {len(differ)} differ")
    return 1 if differ or len(a) != len(b) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("out", type=Path)
    s.add_argument("--limit", type=int, default=500)
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.cmd == "snapshot":
        return snapshot(args.out, args.limit)
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
