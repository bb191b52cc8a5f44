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
    streams = [((f.name, i, line) for i, line in enumerate(f.open(encoding="utf-8"))) for f in files]
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


def compare(old: Path, new: Path) -> int:
    def load(p: Path) -> dict[str, dict]:
        rows = (json.loads(line) for line in (p / "output.jsonl").open(encoding="utf-8"))
        return {r["key"]: r["article"] for r in rows}

    a, b = load(old), load(new)
    differ = sorted(k for k in a.keys() & b.keys() if a[k] != b[k])
    only = sorted(a.keys() ^ b.keys())
    for k in differ[:20]:
        fields = sorted(f for f in set(a[k]) | set(b[k]) if a[k].get(f) != b[k].get(f))
        print(f"differs: {k}: {', '.join(fields)}")
    for k in only[:20]:
        print(f"only in one snapshot: {k}")
    print(f"{len(a.keys() & b.keys())} articles compared, {len(differ)} differ, {len(only)} in one snapshot only")
    return 1 if differ or only else 0


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
