"""Check gold body names against the ledger's convention for a firm's legal form "TNHH".

The ledger's gold writes a firm printed with "TNHH" as printed ("Công ty TNHH X") for 44 of 53 such firms;
the extractor keeps the form as printed too. This tool reports every gold name (in "bodies", in
persons[].positions[].body, in tasks[].assignee/assigner and in position_changes[].body/decided_by) that spells the
form out ("Công ty trách nhiệm hữu hạn X", any case) where the article prints that name only with "TNHH"
(compared NFC, canonical tones, case-folded, single spaces, with the form replaced; the article is read as
printed and with its word abbreviations spelled out, abbreviations.tsv kind `word`, as the extractor spells
them: "Công ty TNHH MTV X" prints "Công ty TNHH một thành viên X"). A name the article prints spelled out at
least once is left alone. It reads only the gold and the article, never the
extractor's output; with --write it rewrites the legal form of those names to the printed "TNHH" and only
that: the rest of the name keeps the gold's own spelling and capitalization (a "một thành viên" the gold spelled
out where the article prints "MTV" stays spelled out; MTV's convention is not settled, 4 of 7), every JSON string
of the file equal to such a name, every other byte as it was.

    python tools/gold_legal_forms.py GOLD_DIR...           # report, exit 1 if any
    python tools/gold_legal_forms.py --write GOLD_DIR...   # rewrite them in the gold files
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from functools import cache
from pathlib import Path

SPELLED = re.compile(r"(?<!\w)trách\s+nhiệm\s+hữu\s+hạn(?!\w)", re.I)


@cache
def _word_abbreviations() -> list[tuple[re.Pattern[str], str]]:
    """abbreviations.tsv's word abbreviations ("MTV" -> "một thành viên"), matched as printed, whole words."""
    from nqextract import resources

    return [(re.compile(r"(?<!\w)" + re.escape(r["abbr"]) + r"(?!\w)"), r["expansion"])
            for r in resources.load_tsv("abbreviations.tsv") if r.get("kind") == "word"]


def readings(text: str) -> tuple[str, str]:
    """The article's text as printed and with its word abbreviations spelled out, both as comparison keys."""
    spelled = _nfc(text)
    for rx, expansion in _word_abbreviations():
        spelled = rx.sub(expansion, spelled)
    return _key(text), _key(spelled)


def _key(text: str) -> str:
    from nqextract.textnorm import fold

    return fold(text)


def gold_names(gold: dict) -> list[str]:
    """Every body name of the gold: bodies, position bodies, task parties, change bodies and deciders."""
    names = list(gold.get("bodies") or [])
    for person in gold.get("persons") or []:
        names += [p.get("body") for p in person.get("positions") or []]
    for task in gold.get("tasks") or []:
        names += [task.get("assignee"), task.get("assigner")]
    names += [n for c in gold.get("position_changes") or [] for n in (c.get("body"), c.get("decided_by"))]
    return [n for n in names if isinstance(n, str) and n]


def printed_form(name: str) -> str:
    """``name`` with its spelled-out legal form written "TNHH"."""
    return SPELLED.sub("TNHH", _nfc(name))


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)


def spelled_out_names(text: str, gold: dict) -> dict[str, str]:
    """Gold name -> its printed form, for each name spelling out "trách nhiệm hữu hạn" that ``text`` prints
    only with "TNHH"."""
    texts = readings(text)
    found: dict[str, str] = {}
    for name in gold_names(gold):
        if name in found or not SPELLED.search(_nfc(name)):
            continue
        printed = printed_form(name)
        if not any(_key(name) in t for t in texts) and any(_key(printed) in t for t in texts):
            found[name] = printed
    return found


def renamed(raw: str, names: dict[str, str]) -> str:
    """The gold file's text with every JSON string equal to a key of ``names`` rewritten, every other byte kept."""
    for old, new in names.items():
        for ascii_only in (False, True):
            raw = raw.replace(json.dumps(old, ensure_ascii=ascii_only), json.dumps(new, ensure_ascii=ascii_only))
    return raw


def rename_batches(gold_dirs, names_of, uses_of, rewrite, write: bool, per_batch: bool = True, on_gold=None) -> int:
    """The gold tools' shared pass: for each gold file of ``gold_dirs``, the names ``names_of(path, gold)`` maps to a
    new name, printed with their uses among ``uses_of(gold)``; with ``write`` the file rewritten by
    ``rewrite(raw, names)``; ``on_gold(gold)`` sees every gold file first. Returns the uses found (each batch's
    count on stderr when ``per_batch``)."""
    from nqextract.evaluate import gold_pairs

    found = 0
    for gold_dir in gold_dirs:
        batch = 0
        for path, gold in gold_pairs(gold_dir):
            if on_gold:
                on_gold(gold)
            names = names_of(path, gold)
            if not names:
                continue
            count = sum(1 for n in uses_of(gold) if n in names)
            batch += count
            js = path.with_suffix(".json")
            print(f"{js}: " + "; ".join(f"{old!r} -> {new!r}" for old, new in names.items()) + f" ({count} use(s))")
            if write:
                js.write_text(rewrite(js.read_text(encoding="utf-8"), names), encoding="utf-8")
        if batch and per_batch:
            print(f"{gold_dir.name}: {batch}", file=sys.stderr)
        found += batch
    return found


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from gold_year_ranges import article_text

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dirs", nargs="+", type=Path)
    ap.add_argument("--write", action="store_true", help="rewrite the names to the printed form in the gold files")
    args = ap.parse_args(argv)
    found = rename_batches(args.gold_dirs, lambda path, gold: spelled_out_names(article_text(path, gold), gold),
                           gold_names, renamed, args.write, per_batch=False)
    print(f"{found} spelled-out TNHH name(s){' rewritten' if args.write and found else ''}", file=sys.stderr)
    return 1 if found and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
