"""Score every gold set at once and compare two runs: the check that a rule change lowers no set.

    python tools/gold_scores.py run OUT.json [-j 2] [SET ...]   # per-article counts of every set
    python tools/gold_scores.py table OUT.json [--pool SET ...]  # F1 (P/R) per set, and pooled
    python tools/gold_scores.py compare OLD.json NEW.json        # per-set F1 deltas, articles that lost

Sets: ``dev`` (../shared/eval/dev), ``corpus`` and ``blind`` (tests/gold/...), and every ledger batch
(``tests/gold/ledger/BATCH``, named by BATCH; a batch whose articles are outside ../shared, with a
``SOURCE.md``, only when ``NQEXTRACT_OUTSIDE`` names the folder holding them). ``run`` keeps only counts (true positives, predicted,
gold per field), never article text, so its output may sit anywhere; it uses one process per set, at
most ``-j`` at a time; each worker process loads the extractor once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIELDS = ("persons", "positions", "bodies", "documents", "dates", "tasks")


def gold_sets() -> dict[str, Path]:
    shared = Path(os.environ.get("NQEXTRACT_SHARED") or ROOT / ".." / "shared")
    sets = {"dev": shared / "eval" / "dev", "corpus": ROOT / "tests/gold/corpus",
            "blind": ROOT / "tests/gold/blind"}
    for d in sorted((ROOT / "tests/gold/ledger").iterdir()):
        # a batch of material outside ../shared (its SOURCE.md says where) only where NQEXTRACT_OUTSIDE is set
        if d.is_dir() and (os.environ.get("NQEXTRACT_OUTSIDE") or not (d / "SOURCE.md").exists()):
            sets[d.name] = d
    return sets


_EXTRACTOR = None


def _score_set(args: tuple[str, str]) -> tuple[str, dict]:
    global _EXTRACTOR
    name, path = args
    from nqextract.evaluate import score_dir
    from nqextract.pipeline import Extractor

    _EXTRACTOR = _EXTRACTOR or Extractor()  # one per worker process, kept across its sets
    _, per = score_dir(path, extractor=_EXTRACTOR)
    out = {}
    for art, s in per.items():
        row = {f: [s.fields[f].tp, s.fields[f].predicted, s.fields[f].gold] for f in FIELDS}
        row["deadline"] = [s.deadline.hits, s.deadline.total]
        if s.changes_articles:
            row["changes"] = [s.changes.tp, s.changes.predicted, s.changes.gold]
        out[art] = row
    return name, out


def run(out: Path, names: list[str], jobs: int) -> None:
    sets = gold_sets()
    unknown = [n for n in names if n not in sets]
    if unknown:
        sys.exit(f"unknown set(s): {', '.join(unknown)}; known: {', '.join(sets)}")
    todo = [(n, str(sets[n])) for n in (names or sets) if sets[n].is_dir()]
    result: dict[str, dict] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name, per in pool.map(_score_set, todo):
            result[name] = per
            print(f"{name}: {len(per)} articles", file=sys.stderr)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")


def _sum(per_articles: list[dict]) -> dict[str, list[int]]:
    tot: dict[str, list[int]] = {}
    for row in per_articles:
        for k, v in row.items():
            acc = tot.setdefault(k, [0] * len(v))
            for i, x in enumerate(v):
                acc[i] += x
    return tot


def _prf(c: list[int]) -> tuple[float, float, float]:
    tp, pred, gold = c
    p = tp / pred if pred else (1.0 if not gold else 0.0)
    r = tp / gold if gold else (1.0 if not pred else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _line(name: str, n: int, tot: dict[str, list[int]], detail: bool) -> str:
    cells = []
    for f in (*FIELDS, "changes"):
        if f not in tot:
            cells.append("")
            continue
        p, r, f1 = _prf(tot[f])
        cells.append(f"{f1:.3f} ({p:.3f}/{r:.3f})" if detail else f"{f1:.3f}")
    hits, total = tot.get("deadline", [0, 0])
    cells.append(f"{hits / total:.3f} ({hits} of {total})" if total else "–")
    return f"| {name} | {n} | " + " | ".join(cells) + " |"


def table(path: Path, pool: list[str], detail: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    print("| set | articles | " + " | ".join((*FIELDS, "position changes", "deadline")) + " |")
    print("|---" * (len(FIELDS) + 4) + "|")
    for name, per in data.items():
        print(_line(name, len(per), _sum(list(per.values())), detail))
    if pool:
        rows = [r for n in pool for r in data[n].values()]
        print(_line("pooled: " + ", ".join(pool), len(rows), _sum(rows), True))
    ledger = [r for n, per in data.items() if n not in ("dev", "corpus", "blind") for r in per.values()]
    if ledger:
        print(_line("all ledger batches", len(ledger), _sum(ledger), True))


def compare(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    lowered = 0
    for name in new:
        if name not in old:
            continue
        a, b = _sum(list(old[name].values())), _sum(list(new[name].values()))
        deltas = []
        for f in (*FIELDS, "changes"):
            if f in a and f in b:
                d = _prf(b[f])[2] - _prf(a[f])[2]
                if abs(d) >= 0.0005:
                    deltas.append(f"{f} {_prf(a[f])[2]:.3f}→{_prf(b[f])[2]:.3f}")
                    lowered += d < 0
        if deltas:
            print(f"{name}: " + ", ".join(deltas))
        for art, row in new[name].items():
            before = old[name].get(art)
            if not before:
                continue
            drops = [f"{f} tp {before[f][0]}→{row[f][0]} pred {before[f][1]}→{row[f][1]}"
                     for f in (*FIELDS, "changes") if f in row and f in before
                     and (row[f][0] < before[f][0] or (row[f][1] > before[f][1] and row[f][0] == before[f][0]))]
            if drops:
                print(f"    {art}: " + "; ".join(drops))
    print(f"{lowered} set-field F1 figures fell")
    return 1 if lowered else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("out", type=Path)
    r.add_argument("sets", nargs="*")
    r.add_argument("-j", "--jobs", type=int, default=2)
    t = sub.add_parser("table")
    t.add_argument("path", type=Path)
    t.add_argument("--pool", nargs="*", default=[])
    t.add_argument("--detail", action="store_true", help="precision/recall beside every F1")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    a = ap.parse_args(argv)
    if a.cmd == "run":
        run(a.out, a.sets, a.jobs)
    elif a.cmd == "table":
        table(a.path, a.pool, a.detail)
    else:
        return compare(a.old, a.new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
