"""Rewrite gold body names of a foreign news outlet printed with its descriptor to the outlet's own name.

The project names a foreign news outlet by its own name: the descriptor printed before it ("Hãng tin", "hãng thông
tấn", "báo", "tờ", "đài", "kênh", "trang", "tạp chí"; body_patterns.tsv ``outlet_descriptor``) is a common noun,
so "Hãng tin Reuters" is the body Reuters, as the extractor names it. The outlets are bodies.tsv's rows flagged
press and brand (foreign outlets printed by their Latin name); a name of one of their variants is written as the
row's canonical name ("Báo The Washington Post" -> "Washington Post"). A Vietnamese paper whose name holds its
"Báo" ("Báo Nhân Dân") is no such row and is left alone. This tool reads only the gold and the data files, never
the extractor's output. It reports every gold name (in "bodies", in persons[].positions[].body, in
tasks[].assignee/assigner and in position_changes[].body/decided_by) so written and the convention's share (bare
names vs names with a descriptor); with --write it rewrites every JSON string of the file equal to such a name,
every other byte as it was.

    python tools/gold_outlet_names.py GOLD_DIR...           # report, exit 1 if any
    python tools/gold_outlet_names.py --write GOLD_DIR...   # rewrite them in the gold files
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from functools import cache
from pathlib import Path


@cache
def _outlets() -> dict[str, str]:
    """Folded printed form -> canonical name of every foreign outlet bodies.tsv flags press and brand."""
    from nqextract import resources

    out: dict[str, str] = {}
    for r in resources.load_tsv("bodies.tsv"):
        flags = (r.get("flags") or "").split()
        if "press" in flags and "brand" in flags:
            for form in [r["name"], *(r.get("variants") or "").split("|")]:
                if form.strip():
                    out.setdefault(_key(form), r["name"])
    return out


@cache
def _descriptors() -> tuple[str, ...]:
    """The folded outlet descriptors, longest first."""
    from nqextract import resources

    forms = {_key(r["form"]) for r in resources.load_tsv("body_patterns.tsv") if r["kind"] == "outlet_descriptor"}
    return tuple(sorted(forms, key=len, reverse=True))


def _key(text: str) -> str:
    from nqextract.textnorm import fold

    return " ".join(fold(text).split())


def own_name(name: str) -> str | None:
    """The outlet's canonical name when ``name`` is a descriptor then a foreign outlet's name."""
    low = _key(name)
    for word in _descriptors():
        if low.startswith(word + " ") and (own := _outlets().get(low[len(word) + 1 :])):
            return own
    return None


def described_names(gold: dict) -> dict[str, str]:
    """Gold name -> the outlet's own name, for each name printed with a descriptor."""
    from gold_legal_forms import gold_names

    return {n: own for n in gold_names(gold) if (own := own_name(n))}


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold_legal_forms import gold_names, rename_batches, renamed

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="rewrite the names to the outlet's own name")
    args = ap.parse_args(argv)
    share: Counter[str] = Counter()

    def count_share(gold: dict) -> None:
        for n in gold_names(gold):
            if own_name(n):
                share["described"] += 1
            elif _key(n) in _outlets():
                share["bare"] += 1

    found = rename_batches(args.gold_dirs, lambda path, gold: described_names(gold), gold_names, renamed, args.write,
                           on_gold=count_share)
    print(f"{found} outlet name(s) with a descriptor{' rewritten' if args.write and found else ''}; gold names of "
          f"foreign outlets: {share['bare']} bare, {share['described']} with a descriptor", file=sys.stderr)
    return 1 if found and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
